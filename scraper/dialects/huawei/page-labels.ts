/**
 * What a heading, paragraph or bullet of a Huawei page is: a section heading ("URI", "Status Codes"),
 * a bullet label inside a section ("URI format", "Example response", "Abnormal"), a caption of a table
 * describing one field ("backup field description"), or none of these (content).
 */
import type { Block } from "../../document/model.js";
import type { HuaweiLabels } from "./labels.js";
import { captionNumber, escapeRegExp, labelMatcher, matchTemplate } from "./labels.js";

export type SectionKind = "function" | "uri" | "request" | "response" | "statusCodes" | "errorCodes" | "other" | "examples";

export type LabelRole =
  | { kind: "section"; section: SectionKind; examples?: boolean }
  | { kind: "unknownSection"; title: string }
  | { kind: "uriFormat" }
  | { kind: "apiName" }
  | { kind: "parameters"; number?: string }
  | { kind: "headerParameters" }
  | { kind: "nested"; name: string; number?: string }
  /** A numbered caption that names no field ("Table 2 Description of ResourceInfo parameters" when unmatched). */
  | { kind: "caption"; number: string }
  | { kind: "status"; code: string }
  | { kind: "exampleRequest" }
  | { kind: "exampleResponse" }
  | { kind: "normal" }
  | { kind: "abnormal" }
  | { kind: "none" }
  | { kind: "alternative" }
  | { kind: "example" }
  | { kind: "prose" }
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
  const is = labelMatcher(text, labels);
  for (const section of SECTION_ORDER) {
    if (is(labels.sections[section])) return { kind: "section", section };
  }
  if (block.kind === "heading" && is(labels.sections.examples)) return { kind: "section", section: "examples" };
  if (block.kind === "heading" && is(labels.sections.responseHeadings)) return { kind: "section", section: "response" };
  if (block.kind === "heading" && is(labels.sections.functionHeadings)) return { kind: "section", section: "function" };
  if (is(labels.sections.exampleRequests)) return { kind: "section", section: "request", examples: true };
  if (is(labels.sections.exampleResponses)) return { kind: "section", section: "response", examples: true };
  const s = labels.sub;
  if (is(s.uriFormat)) return { kind: "uriFormat" };
  if (is(s.apiName)) return { kind: "apiName" };
  const number = captionNumber(text, labels);
  const numbered = number !== undefined ? { number } : {};
  if (is(s.parameters)) return { kind: "parameters", ...numbered };
  if (is(s.headerParameters)) return { kind: "headerParameters" };
  if (is(s.exampleRequest)) return { kind: "exampleRequest" };
  if (is(s.exampleResponse)) return { kind: "exampleResponse" };
  if (is(s.normal)) return { kind: "normal" };
  if (is(s.abnormal)) return { kind: "abnormal" };
  if (is(s.none)) return { kind: "none" };
  if (is(s.alternative)) return { kind: "alternative" };
  if (is(s.example)) return { kind: "example" };
  if (matchTemplate(text, labels.prose, "any", labels) !== undefined) return { kind: "prose" };
  const code = matchTemplate(text, labels.statusCaption, "code", labels);
  if (code !== undefined && /^[1-5]\d\d$/.test(code)) return { kind: "status", code };
  const name = matchTemplate(text, labels.nestedCaptions, "name", labels) ?? numberedCaptionName(text, labels);
  if (name !== undefined && FIELD_NAME.test(name)) return { kind: "nested", name, ...numbered };
  // "Request filter parameter description": a caption of a parameter table, not of one field.
  if (name !== undefined && name.split(" ").length <= 4) return { kind: "parameters", ...numbered };
  // "Table 4 route objects": numbered only, since a Type cell of a text capture reads the same ("route objects").
  const typeName = number !== undefined ? matchTemplate(text, labels.objectCaptions, "name", labels) : undefined;
  if (typeName !== undefined && FIELD_NAME.test(typeName)) return { kind: "nested", name: typeName, number };
  if (number !== undefined && block.kind !== "heading") return { kind: "caption", number };
  if (matchTemplate(text, labels.crossReferences, "any", labels) !== undefined && text.length <= 200) return { kind: "crossReference" };
  // An unknown h2 starts a section the dialect does not read; deeper unknown headings are content.
  if (block.kind === "heading" && block.level === 2) return { kind: "unknownSection", title: text };
  return undefined;
}

/**
 * A text capture prints headings as plain paragraphs and bullet labels as bullets: "Example Request" as
 * a paragraph of its own outside the section it names (after the Response section, no bullet) is the
 * heading of a section of examples, as "## Example Request" is in the export.
 */
export function isLostExampleHeading(kind: "exampleRequest" | "exampleResponse", block: Block, section: SectionKind | "unknown" | undefined): boolean {
  if (block.kind !== "paragraph") return false;
  if (kind === "exampleRequest") return section !== "uri" && section !== "request";
  return section !== "response";
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
