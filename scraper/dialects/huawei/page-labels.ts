/**
 * What a heading, paragraph or bullet of a Huawei page is: a section heading ("URI", "Status Codes"),
 * a bullet label inside a section ("URI format", "Example response", "Abnormal"), a caption of a table
 * describing one field ("backup field description"), or none of these (content).
 */
import type { Block } from "../../document/model.js";
import type { HuaweiLabels } from "./labels.js";
import { escapeRegExp, matchesAny, matchTemplate } from "./labels.js";

export type SectionKind = "function" | "uri" | "request" | "response" | "statusCodes" | "errorCodes" | "other";

export type LabelRole =
  | { kind: "section"; section: SectionKind; examples?: boolean }
  | { kind: "unknownSection"; title: string }
  | { kind: "uriFormat" }
  | { kind: "parameters" }
  | { kind: "headerParameters" }
  | { kind: "nested"; name: string }
  | { kind: "status"; code: string }
  | { kind: "exampleRequest" }
  | { kind: "exampleResponse" }
  | { kind: "normal" }
  | { kind: "abnormal" }
  | { kind: "none" }
  | { kind: "alternative" }
  | { kind: "crossReference" };

const FIELD_NAME = /^[A-Za-z_$@][\w.:$@[\]-]*$/;

const SECTION_ORDER: readonly SectionKind[] = ["function", "uri", "request", "response", "statusCodes", "errorCodes", "other"];

export function labelText(block: Block): string | undefined {
  if (block.kind === "heading") return block.title;
  if (block.kind === "paragraph" || block.kind === "listItem") return block.text;
  return undefined;
}

/** The role of a block, or undefined for content. */
export function classifyLabel(block: Block, labels: HuaweiLabels): LabelRole | undefined {
  const text = labelText(block);
  if (text === undefined) return undefined;
  for (const section of SECTION_ORDER) {
    if (matchesAny(text, labels.sections[section], labels)) return { kind: "section", section };
  }
  if (matchesAny(text, labels.sections.exampleRequests, labels)) return { kind: "section", section: "request", examples: true };
  if (matchesAny(text, labels.sections.exampleResponses, labels)) return { kind: "section", section: "response", examples: true };
  const s = labels.sub;
  if (matchesAny(text, s.uriFormat, labels)) return { kind: "uriFormat" };
  if (matchesAny(text, s.parameters, labels)) return { kind: "parameters" };
  if (matchesAny(text, s.headerParameters, labels)) return { kind: "headerParameters" };
  if (matchesAny(text, s.exampleRequest, labels)) return { kind: "exampleRequest" };
  if (matchesAny(text, s.exampleResponse, labels)) return { kind: "exampleResponse" };
  if (matchesAny(text, s.normal, labels)) return { kind: "normal" };
  if (matchesAny(text, s.abnormal, labels)) return { kind: "abnormal" };
  if (matchesAny(text, s.none, labels)) return { kind: "none" };
  if (matchesAny(text, s.alternative, labels)) return { kind: "alternative" };
  const code = matchTemplate(text, labels.statusCaption, "code", labels);
  if (code !== undefined && /^[1-5]\d\d$/.test(code)) return { kind: "status", code };
  const name = matchTemplate(text, labels.nestedCaptions, "name", labels) ?? numberedCaptionName(text, labels);
  if (name !== undefined && FIELD_NAME.test(name)) return { kind: "nested", name };
  // "Request filter parameter description": a caption of a parameter table, not of one field.
  if (name !== undefined && name.split(" ").length <= 4) return { kind: "parameters" };
  if (matchTemplate(text, labels.crossReferences, "any", labels) !== undefined && text.length <= 200) return { kind: "crossReference" };
  // An unknown h2 starts a section the dialect does not read; deeper unknown headings are content.
  if (block.kind === "heading" && block.level === 2) return { kind: "unknownSection", title: text };
  return undefined;
}

/** "Table 4 BackupPolicy": a numbered caption that is just a name (newer pages caption object types so). */
function numberedCaptionName(text: string, labels: HuaweiLabels): string | undefined {
  const t = text.replace(/\s+/g, " ").trim();
  for (const word of labels.tableNumber) {
    const m = new RegExp(`^${escapeRegExp(word)}\\s*\\d+[.:]?\\s+(\\S+)$`, "i").exec(t);
    if (m) return m[1];
  }
  return undefined;
}
