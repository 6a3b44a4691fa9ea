/**
 * The Type column of a Huawei parameter table → JSON Schema: scalar words ("string", "int", "Boolean"),
 * containers ("dict", "list<dict>", "Array of strings") and named object types of newer pages
 * ("Array of BackupPolicy objects", "BackupPolicy").
 */
import type { JsonSchema } from "../../api-model.js";
import type { HuaweiLabels } from "./labels.js";
import { matchTemplate, templateRegExp } from "./labels.js";

export interface TypeInfo {
  /** The type as printed. */
  text: string;
  /** JSON Schema of the value, before any field of it is known. */
  schema: JsonSchema;
  /**
   * Whether the rows following this one (or a nested table) can describe its fields: `object` for a
   * dict, `array` for a list of dicts, `maybeArray` for a bare "list" (only if the example's items are objects),
   * `structure` for an object or a list of objects, whichever the example shows ("List data structure").
   */
  holds?: "object" | "array" | "maybeArray" | "structure";
  /** False when the word is not in the vocabulary (the schema is then open). */
  known: boolean;
  /** A named object type ("BackupPolicy"), which a nested table may be captioned with. */
  typeName?: string;
  /** The vocabulary word a misspelt type stands for ("Obejct" → "object"). */
  misspelt?: string;
  /** A map (`Map<String, String>`): keys are data; a table of fields cannot describe it. */
  map?: boolean;
}

const NAMED_TYPE = /^[A-Z][A-Za-z0-9_]*$/;
/** A type name in a form that says it is an object ("route objects"): any case. */
const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Shortest word a swap of two letters is taken as a typo of ("Obejct"); shorter words are too ambiguous. */
const MIN_TYPO_LENGTH = 5;

export function parseTypeWord(text: string, labels: HuaweiLabels, depth = 0): TypeInfo {
  const printed = text.replace(/\s+/g, " ").trim();
  const typeOnly = depth === 0 ? beforeCrossReference(printed, labels) : undefined;
  if (typeOnly !== undefined) return { ...parseTypeWord(typeOnly, labels, depth + 1), text: printed };
  const word = printed.toLowerCase();
  const t = labels.types;
  if (t.string.includes(word)) return { text: printed, schema: { type: "string" }, known: true };
  if (t.integer.includes(word)) return { text: printed, schema: t.int64.includes(word) ? { type: "integer", format: "int64" } : { type: "integer" }, known: true };
  if (t.number.includes(word)) return { text: printed, schema: numberSchema(word), known: true };
  if (t.boolean.includes(word)) return { text: printed, schema: { type: "boolean" }, known: true };
  if (t.object.includes(word)) return { text: printed, schema: { type: "object" }, holds: "object", known: true };
  if (t.array.includes(word)) return { text: printed, schema: { type: "array" }, holds: "maybeArray", known: true };
  if (t.structure.includes(word)) return { text: printed, schema: {}, holds: "structure", known: true };
  for (const form of labels.objectArrayForms) {
    const m = templateRegExp(form, "name").exec(printed);
    if (m && TYPE_NAME.test(m[1]!)) return { text: printed, schema: { type: "array", items: { type: "object" } }, holds: "array", known: false, typeName: m[1]! };
  }
  if (depth < 2) {
    for (const form of labels.arrayForms) {
      const m = templateRegExp(form, "item").exec(printed);
      if (!m) continue;
      const item = parseTypeWord(m[1]!, labels, depth + 1);
      if (!item.known && !item.typeName) continue;
      const holds = item.holds === "object" || item.holds === "array" ? "array" : undefined;
      return {
        text: printed,
        schema: { type: "array", items: item.schema },
        ...(holds ? { holds } : {}),
        known: item.known,
        ...(item.typeName ? { typeName: item.typeName } : {}),
      };
    }
  }
  for (const form of labels.mapForms) {
    const m = templateRegExp(form, "any").exec(printed);
    if (m) return mapType(printed, m[1]!, labels, depth);
  }
  for (const form of labels.objectForms) {
    const m = templateRegExp(form, "name").exec(printed);
    if (m && TYPE_NAME.test(m[1]!)) return { text: printed, schema: { type: "object" }, holds: "object", known: false, typeName: m[1]! };
  }
  const typo = depth === 0 ? swappedLetters(word, labels) : undefined;
  if (typo) return { ...parseTypeWord(typo, labels, depth + 1), text: printed, misspelt: typo };
  if (NAMED_TYPE.test(printed)) return { text: printed, schema: { type: "object" }, holds: "object", known: false, typeName: printed };
  return { text: printed, schema: {}, known: false };
}

/**
 * `Map<String, Array of objects>`: an object whose keys are data, not field names, so the rows after it are not
 * its fields (it holds none); its values are of the second type, when that one is readable.
 */
function mapType(printed: string, inner: string, labels: HuaweiLabels, depth: number): TypeInfo {
  const comma = topLevelComma(inner);
  const valueText = comma < 0 ? "" : inner.slice(comma + 1).trim();
  const value = depth < 2 && valueText !== "" ? parseTypeWord(valueText, labels, depth + 1) : undefined;
  const values = value && (value.known || value.typeName !== undefined) ? value.schema : undefined;
  return { text: printed, schema: { type: "object", ...(values ? { additionalProperties: values } : {}) }, known: true, map: true };
}

/** Index of the first comma outside brackets (`Map<String, List<String>>` → after `String`), or -1. */
function topLevelComma(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "<" || c === "[" || c === "(") depth++;
    else if (c === ">" || c === "]" || c === ")") depth--;
    else if (c === "," && depth === 0) return i;
  }
  return -1;
}

/** "Dictionary data structure. For details, see Table 4.": the type before a pointer to its table (the pointer is read as a reference). */
function beforeCrossReference(printed: string, labels: HuaweiLabels): string | undefined {
  const m = /^([^.]+)\.\s+(\S.*)$/.exec(printed);
  if (!m || matchTemplate(m[2]!, labels.crossReferences, "any", labels) === undefined) return undefined;
  return m[1]!.trim();
}

/** The scalar or container word `word` is with two neighbouring letters swapped ("obejct" → "object"). */
function swappedLetters(word: string, labels: HuaweiLabels): string | undefined {
  if (word.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  const t = labels.types;
  const vocabulary = [...t.string, ...t.integer, ...t.number, ...t.boolean, ...t.object, ...t.array];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
    if (vocabulary.includes(swapped)) return swapped;
  }
  return undefined;
}

function numberSchema(word: string): JsonSchema {
  if (word === "float" || word === "float32") return { type: "number", format: "float" };
  if (word === "double" || word === "float64") return { type: "number", format: "double" };
  return { type: "number" };
}

/** True when a cell can be a Type cell (used to tell rows from continuation paragraphs in text captures). */
export function looksLikeType(text: string, labels: HuaweiLabels): boolean {
  const info = parseTypeWord(text, labels);
  return info.known || info.typeName !== undefined;
}
