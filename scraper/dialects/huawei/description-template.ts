/**
 * Description cells of newer Huawei pages come in labelled parts:
 *
 *     Definition: Specifies the project ID.
 *     Constraints: N/A
 *     Range: The value can contain a maximum of 32 characters.
 *     Default value: N/A
 *
 * (captures of rendered pages may run them together on one line, without colons: "Definition Specifies the ECS
 * information. Range N/A"). The definition is the description; a part whose value is none ("N/A") says nothing and
 * is dropped; every other part is kept as a `Label: value` line, where the prose constraints read it (a range, a
 * default). Text that does not start with the definition label is returned as it is.
 */
import { escapeRegExp } from "../../text-utils.js";
import type { HuaweiLabels } from "./labels.js";

export function readDescriptionTemplate(text: string, labels: HuaweiLabels): string {
  const { definition, parts } = labels.descriptionTemplate;
  const lead = new RegExp(`^(?:${definition.map(escapeRegExp).join("|")})(?:\\s*[:：]\\s*|\\s+)`, "i").exec(text);
  if (!lead) return text;
  // A part label starts a line, or follows the end of a sentence on a run-together line; a capitalised label only.
  const part = new RegExp(`(?:^|\\n|(?<=[.。)])\\s+)(${parts.map(escapeRegExp).join("|")})\\s*[:：]?\\s*`, "g");
  const pieces: Array<{ label?: string; text: string }> = [];
  let at = lead[0].length;
  let label: string | undefined;
  for (const m of text.matchAll(part)) {
    if (m.index! < at) continue;
    pieces.push({ ...(label ? { label } : {}), text: text.slice(at, m.index).trim() });
    label = m[1]!;
    at = m.index! + m[0].length;
  }
  pieces.push({ ...(label ? { label } : {}), text: text.slice(at).trim() });
  if (pieces.length < 2) return text;
  const none = new Set(labels.sub.none.map((n) => n.toLowerCase()));
  return pieces
    .filter((p) => p.text !== "" && !(p.label && none.has(p.text.replace(/[.。]$/, "").toLowerCase())))
    .map((p) => (p.label ? `${p.label}: ${p.text}` : p.text))
    .join("\n");
}
