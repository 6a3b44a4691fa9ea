/**
 * Description cells carry constraints run together without separators:
 * "Archiving Policy State Example : ACTIVEPattern : ^(ACTIVE|INACTIVE)$Minimum length : 1".
 * This splits them into the description proper and typed fields, and converts example/default text to
 * values of the schema's type.
 */
import type { JsonSchema } from "../../api-model.js";
import type { ScpLabels } from "./labels.js";
import { escapeRegExp } from "./labels.js";
import { primaryType } from "./schema-grammar.js";

export interface DescriptionFields {
  description: string;
  example?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

type FieldKey = keyof ScpLabels["descriptionFields"];

export function fieldPattern(labels: ScpLabels): RegExp {
  const alternatives: Array<[string, FieldKey]> = [];
  for (const [key, words] of Object.entries(labels.descriptionFields) as Array<[FieldKey, string[]]>) {
    for (const w of words) alternatives.push([w, key]);
  }
  // Longest first, so "Minimum length" wins over "Minimum".
  alternatives.sort((a, b) => b[0].length - a[0].length);
  return new RegExp(`(${alternatives.map(([w]) => escapeRegExp(w)).join("|")})\\s*:\\s?`, "g");
}

export function splitDescription(text: string, labels: ScpLabels, pattern: RegExp = fieldPattern(labels)): DescriptionFields {
  if (!text.includes(":")) return { description: clean(text) };
  const marks: Array<{ key: FieldKey; start: number; valueStart: number }> = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const key = fieldKey(m[1]!, labels);
    if (key) marks.push({ key, start: m.index, valueStart: m.index + m[0].length });
  }
  const out: DescriptionFields = { description: clean(text.slice(0, marks[0]?.start ?? text.length)) };
  marks.forEach((mark, k) => {
    const value = text.slice(mark.valueStart, marks[k + 1]?.start ?? text.length).trim();
    switch (mark.key) {
      case "example":
        if (out.example === undefined) out.example = value;
        break;
      case "pattern":
        if (value !== "") out.pattern = value;
        break;
      default: {
        const n = Number(value);
        if (value !== "" && Number.isFinite(n)) out[mark.key] = n;
      }
    }
  });
  return out;
}

function fieldKey(word: string, labels: ScpLabels): FieldKey | undefined {
  const f = labels.descriptionFields;
  if (f.example.includes(word)) return "example";
  if (f.pattern.includes(word)) return "pattern";
  if (f.minLength.includes(word)) return "minLength";
  if (f.maxLength.includes(word)) return "maxLength";
  if (f.minimum.includes(word)) return "minimum";
  if (f.maximum.includes(word)) return "maximum";
  return undefined;
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Converts a printed value ("20", "True", "['/a', '/b']", "2024-05-17T00:23:17Z") to a value of the
 * schema's type; undefined when it cannot be one.
 */
export function convertValue(text: string, schema: JsonSchema): unknown {
  const t = text.trim();
  const type = primaryType(schema);
  switch (type) {
    case "integer":
    case "number": {
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t)) return undefined;
      const n = Number(t);
      return type === "integer" && !Number.isInteger(n) ? undefined : n;
    }
    case "boolean":
      if (/^true$/i.test(t)) return true;
      if (/^false$/i.test(t)) return false;
      return undefined;
    case "array":
    case "object":
      return parseLiteral(t);
    default:
      return t;
  }
}

/** JSON, or a Python-style literal as the pages print lists (`['/aaa', '/bbb']`, True, None). */
function parseLiteral(t: string): unknown {
  try {
    return JSON.parse(t);
  } catch {
    // fall through
  }
  if (!/^[[{]/.test(t)) return undefined;
  const jsonish = t
    .replace(/'((?:[^'\\]|\\.)*)'/g, (_m, s: string) => JSON.stringify(s.replace(/\\'/g, "'")))
    .replace(/\bTrue\b/g, "true")
    .replace(/\bFalse\b/g, "false")
    .replace(/\bNone\b/g, "null");
  try {
    return JSON.parse(jsonish);
  } catch {
    return undefined;
  }
}
