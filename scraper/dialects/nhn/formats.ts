/**
 * The Format column ("String", "UUID", "Datetime", "Enum", …) → JSON Schema, as the service really
 * sends the values. NHN datetimes are `YYYY-MM-DDThh:mm:ss.SSSSSS` without a zone, which is not RFC 3339
 * `date-time`: they get a `pattern` built from the mask the description prints, or a lenient one.
 */
import type { JsonSchema } from "../../api-model.js";
import type { FormatKey, NhnLabels } from "./labels.js";
import { lookup } from "./labels.js";

/** A datetime with or without fraction and zone, for Datetime fields whose description prints no mask. */
export const LENIENT_DATETIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MASK = /Y{4}-MM-DD(?:[T ](?:hh|HH):mm(?::ss(?:\.(?:S+|s+))?)?)?(?:Z|TZD|[+±-](?:hh|HH):?mm)?/;

export function formatKeyOf(cell: string, labels: NhnLabels): FormatKey | undefined {
  const key = lookup(labels.formats, cell);
  if (key !== undefined) return key;
  const t = cell.trim();
  // "Map<String, String>", "List<Long>", "Set <String>": a container printed with its type parameters.
  const generic = GENERIC.exec(t)?.[1];
  if (generic !== undefined) {
    const container = lookup(labels.formats, generic);
    if (container === "array" || container === "object") return container;
  }
  // "List:String" (Email guides): a container and its element type, joined by a colon.
  const colon = /^([A-Za-z]+)\s*:\s*[A-Za-z]+$/.exec(t)?.[1];
  if (colon !== undefined && lookup(labels.formats, colon) === "array") return "array";
  // "String[]", "Long[]": an array of the element before the brackets.
  const listed = BRACKET_ARRAY.exec(t)?.[1];
  if (listed !== undefined && lookup(labels.formats, listed) !== undefined) return "array";
  // "Object Array" (Push guides) is "Array[Object]".
  const element = POSTFIX_ARRAY.exec(t)?.[1];
  return element !== undefined ? lookup(labels.formats, `Array[${element}]`) : undefined;
}

const GENERIC = /^([A-Za-z]+)\s*<[^<>]*(?:<[^<>]*>[^<>]*)*>$/;
const BRACKET_ARRAY = /^([A-Za-z][\w ]*?)\s*\[\]$/;

/** `String Array`, `Number Array`, `DateTime String Array`: an array named after its element, the element first. */
export const POSTFIX_ARRAY = /^(\S.*?)\s+(?:array|list)$/i;

/** The schema of a scalar or container format, before examples are looked at. */
export function formatSchema(key: FormatKey | undefined, description: string): JsonSchema {
  switch (key) {
    case "string":
    case "enum":
      return { type: "string" };
    case "integer":
      return { type: "integer" };
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "uuid":
      return { type: "string", format: "uuid" };
    case "uri":
      // The guides print relative references ("/v2/images/{id}") as URIs too.
      return { type: "string", format: "uri-reference" };
    case "binary":
      return { type: "string", format: "binary" };
    case "date":
      return { type: "string", format: "date" };
    case "datetime": {
      const mask = datetimeMask(description);
      return { type: "string", pattern: mask ? maskPattern(mask) : LENIENT_DATETIME_PATTERN };
    }
    case "object":
      return { type: "object" };
    case "array":
      return { type: "array" };
    default:
      return {};
  }
}

/** The datetime mask a description prints ("In theYYYY-MM-DDThh:mm:ss.SSSSSS format"), if any. */
export function datetimeMask(description: string): string | undefined {
  return MASK.exec(description)?.[0];
}

/** "YYYY-MM-DDThh:mm:ss.SSSSSS" → `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$`. */
export function maskPattern(mask: string): string {
  const out: string[] = [];
  // A fraction may be written in lower case ("ss.ssssss"): after the seconds' dot, s is a fraction digit.
  for (const m of mask.replace(/(ss\.)(s+)/, (_, a: string, b: string) => a + "S".repeat(b.length)).matchAll(/YYYY|MM|DD|hh|HH|mm|ss|S+|TZD|Z|[+±-](?:hh|HH):?mm|./g)) {
    const t = m[0];
    if (t === "YYYY") out.push("\\d{4}");
    else if (/^(MM|DD|hh|HH|mm|ss)$/.test(t)) out.push("\\d{2}");
    else if (/^S+$/.test(t)) out.push(`\\d{${t.length}}`);
    else if (t === "Z" || t === "TZD") out.push("(Z|[+-]\\d{2}:\\d{2})");
    else if (/^[+±-](hh|HH)/.test(t)) out.push(t.includes(":") ? "[+-]\\d{2}:\\d{2}" : "[+-]\\d{4}");
    else out.push(t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  }
  return `^${out.join("")}$`;
}

/** True when a string value satisfies the schema's `pattern` and `format` (uuid, date). */
export function stringFits(schema: JsonSchema, value: string): { pattern: boolean; format: boolean } {
  const pattern = typeof schema.pattern !== "string" || new RegExp(schema.pattern, "u").test(value);
  let format = true;
  if (schema.format === "uuid") format = UUID.test(value);
  else if (schema.format === "date") format = /^\d{4}-\d{2}-\d{2}$/.test(value);
  else if (schema.format === "uri-reference") format = !/\s/.test(value);
  return { pattern, format };
}

/** The JSON type of a value, as JSON Schema names it (`integer` for whole numbers). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** True when a value of JSON type `actual` is valid for schema type `declared`. */
export function typeAccepts(declared: string, actual: string): boolean {
  return declared === actual || (declared === "number" && actual === "integer");
}
