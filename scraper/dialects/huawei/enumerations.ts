/**
 * "Enumeration values:" and one value per line after it (Huawei's generated pages print the vendor's own enum
 * so, as a bullet list in the description cell: "Host type. …", "Enumeration values:", "• accelerate",
 * "• customize") → the schema's `enum`. Only when every line after the lead is a bare value of the field's type:
 * a lead with nothing after it (pipe captures drop the list) or with prose after it gives none.
 */
import type { JsonSchema } from "../../api-model.js";
import { HUAWEI_LABELS, matchesAny, type HuaweiLabels } from "./labels.js";

const VALUE = /^[\w.:/@+-]+$/u;

export function applyEnumeration(schema: JsonSchema, description: string, labels: HuaweiLabels = HUAWEI_LABELS): void {
  if (schema.enum !== undefined || !description) return;
  const lines = description.split("\n");
  const at = lines.findIndex((l) => matchesAny(l, labels.enumerationLead, labels));
  if (at < 0) return;
  const printed = lines
    .slice(at + 1)
    .map((l) => l.replace(/^[•◦▪‣·\-*+]\s+/, "").trim())
    .filter((l) => l !== "");
  if (printed.length === 0 || !printed.every((v) => VALUE.test(v))) return;
  const type = schema.type;
  let values: unknown[];
  if (type === "string") values = printed;
  else if (type === "integer" || type === "number") {
    values = printed.map(Number);
    if (!values.every((v) => Number.isFinite(v) && (type === "number" || Number.isInteger(v)))) return;
  } else return;
  schema.enum = [...new Set(values)];
}
