/**
 * Limits in Huawei's generated description cells: "Minimum: 1" / "Maximum: 64" lines (or parts of a one-line
 * cell) follow every field whatever its type. On a number they are its value limits, as the prose reader reads
 * them; on a string they are its length, which the words do not say: the dialect says it for the prose reader,
 * reading "Minimum: 1" on a string as "minimum length 1". On other types (arrays, objects) nothing is changed,
 * and the prose reader keeps its own reading or a note. The labels are in `labels.ts` (`lengthLimitLabels`).
 */
import type { JsonSchema } from "../../api-model.js";
import type { ProseLine } from "../../prose/constraints.js";
import type { HuaweiLabels } from "./labels.js";
import { escapeRegExp } from "./labels.js";

/** The lines with every labelled limit of a string schema worded as a length; other schemas' lines as they are. */
export function withLengthLimits(lines: readonly ProseLine[], schema: JsonSchema, labels: HuaweiLabels): ProseLine[] {
  if (schema.type !== "string" && !(Array.isArray(schema.type) && schema.type.includes("string"))) return [...lines];
  const { min, max } = labels.lengthLimitLabels;
  const pattern = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map(escapeRegExp).join("|")})\\s*[:：]\\s*(?=\\d)`, "giu");
  const minimum = pattern(min);
  const maximum = pattern(max);
  return lines.map((line) => ({ ...line, text: line.text.replace(minimum, "minimum length ").replace(maximum, "maximum length ") }));
}
