/**
 * Value constraints stated in a description's prose — "Default is 100, up to max 1000", "1 ~ 255",
 * "between 1 and 100", "Min: 1, Max: 1000", "a string of 1 to 64 characters", "최대 100", "기본값은 10" —
 * read into JSON Schema keywords (`default`, `minimum`/`maximum`, `minLength`/`maxLength`,
 * `minItems`/`maxItems`), each with the line it was read from. Only an unambiguous sentence gives a
 * keyword: a hedged one ("recommended", "e.g."), one whose unit does not fit the schema's type, one giving
 * two values for one keyword or a default that is not a value of the schema is a note, never a guess.
 * The words are in `phrases.ts`; every vendor dialect calls `applyProseConstraints` on its descriptions.
 */
import type { DiagnosticSink } from "../../core/diagnostics.js";
import type { JsonSchema } from "../api-model.js";
import type { Position } from "../document/model.js";
import type { Phrase } from "./phrases.js";
import { ARRAY_LENGTH_WORDS, CJK_LENGTH_WORDS, HEDGES, ITEM_WORDS, LENGTH_WORDS, NUMBER, NUMBER_LENGTH_UNITS, PHRASES, UNSIGNED, VALUE } from "./phrases.js";

export type ConstraintKeyword = "default" | "minimum" | "maximum" | "minLength" | "maxLength" | "minItems" | "maxItems";

export interface ProseLine {
  text: string;
  pos: Position;
}

export interface ProseConstraint {
  keyword: ConstraintKeyword;
  value: unknown;
  /** The words it was read from: `up to max 1000`. */
  phrase: string;
  pos: Position;
}

export interface ProseNote {
  message: string;
  pos: Position;
}

export interface ProseReading {
  constraints: ProseConstraint[];
  notes: ProseNote[];
}

interface CompiledPhrase extends Phrase {
  re: RegExp;
  /** The pattern needs a number (`{N}` is never optional in it, see phrases.test.ts): no digit, no match. */
  needsDigit: boolean;
}

const START = String.raw`(?<![\p{L}\p{N}_])`;
/** A pattern opening with a Chinese word (`最大长度`, `(?:取值范围|长度)`): no word start before it, Chinese has no spaces. */
const CJK_START = /^(?:\(\?:)?\p{Script=Han}/u;
const COMPILED: readonly CompiledPhrase[] = PHRASES.map((p) => ({
  ...p,
  needsDigit: p.pattern.includes("{N}") || p.pattern.includes("{I}"),
  re: new RegExp(
    (CJK_START.test(p.pattern) ? "" : START) +
      p.pattern.replaceAll("{N}", `(${NUMBER})`).replaceAll("{I}", `(${UNSIGNED})`).replaceAll("{V}", `(${VALUE})`) +
      String.raw`(?:\s*(${LENGTH_WORDS}|${ITEM_WORDS}))?`,
    "giu",
  ),
}));
const HEDGE = new RegExp(`${START}(?:${HEDGES})`, "iu");
const LENGTH_WORD = new RegExp(`${START}(?:${LENGTH_WORDS})|${CJK_LENGTH_WORDS}`, "iu");
const ARRAY_LENGTH = new RegExp(ARRAY_LENGTH_WORDS, "iu");
const ITEM_WORD = new RegExp(`^(?:${ITEM_WORDS})$`, "iu");
const LENGTH_UNIT = new RegExp(`^(?:${LENGTH_WORDS}|${NUMBER_LENGTH_UNITS})$`, "iu");

/** The non-null JSON type of a schema (`["integer", "null"]` → `integer`). */
function typeOf(schema: JsonSchema): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return (schema.type as unknown[]).find((t): t is string => typeof t === "string" && t !== "null");
  return undefined;
}

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** Sentences of a line: split after `.` followed by a space (not after `e.g.`, `i.e.`, `Max.`, `Min.`), after `。` and on `;`. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=(?<!\b(?:e\.g|i\.e|max|min))\.)\s+|(?<=。)\s*|;\s*/iu)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

interface Hit {
  kind: Phrase["kind"];
  values: string[];
  unit?: string;
  phrase: string;
}

function hitsIn(sentence: string): Hit[] {
  const taken: Array<[number, number]> = [];
  const hits: Array<Hit & { at: number }> = [];
  // NUMBER needs an ASCII digit (`\d` with the u flag): most description sentences have none.
  const digits = /\d/.test(sentence);
  // Case-insensitive as the patterns are: ſ is the one letter `iu` folds to ASCII that toLowerCase leaves alone (K→k it lowers).
  const lower = sentence.toLowerCase().replaceAll("ſ", "s");
  for (const p of COMPILED) {
    if (p.needsDigit && !digits) continue;
    if (!p.cues.some((c) => lower.includes(c))) continue;
    p.re.lastIndex = 0;
    for (const m of sentence.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      // "10000 이상: 오류" (10000 or more: an error): the phrase labels a case of the value, it does not limit it.
      if (sentence.slice(0, start).trim() === "" && /^\s*[:：]/.test(sentence.slice(end))) continue;
      const groups = m.slice(1).filter((g): g is string => g !== undefined);
      // A limit's groups are its numbers, then its unit words (the phrase's own, `1-64位`, and the trailing one).
      const words = p.kind === "default" ? [] : groups.filter((g) => !/^-?\d/.test(g));
      const last = words.at(-1);
      const unit = last !== undefined && (LENGTH_UNIT.test(last) || ITEM_WORD.test(last)) ? last : undefined;
      const values = p.kind === "default" ? groups : groups.filter((g) => /^-?\d/.test(g));
      hits.push({ kind: p.kind, values, ...(unit ? { unit } : {}), phrase: m[0].trim(), at: start });
    }
  }
  return hits.sort((a, b) => a.at - b.at).map(({ at: _at, ...h }) => h);
}

/** Which keywords a limit on this schema is: length for strings, items for arrays, value for numbers. */
function limitKeywords(schema: JsonSchema, unit: string | undefined, sentence: string): { min: ConstraintKeyword; max: ConstraintKeyword } | string {
  const type = typeOf(schema);
  // "数组长度:0 - 2147483647" (array length): the length word is the array's, its item count.
  if (ARRAY_LENGTH.test(sentence)) return type === "array" ? { min: "minItems", max: "maxItems" } : `an array length on a schema of type ${type ?? "unknown"}`;
  const aboutLength = (unit !== undefined && LENGTH_UNIT.test(unit)) || LENGTH_WORD.test(sentence);
  if (type === "string") return aboutLength ? { min: "minLength", max: "maxLength" } : "a limit on a string without saying it is its length";
  if (type === "integer" || type === "number") return aboutLength ? `a length limit on a ${type}` : { min: "minimum", max: "maximum" };
  if (type === "array") return aboutLength ? "a length limit on an array" : { min: "minItems", max: "maxItems" };
  return `a limit on a schema of type ${type ?? "unknown"}`;
}

/** A printed default as a value of the schema; a string for the reason when it cannot be one. */
function defaultValue(text: string, schema: JsonSchema): { value: unknown } | string {
  const quoted = /^[`"'](.*)[`"']$/su.exec(text);
  const bare = quoted ? quoted[1]! : text;
  const type = typeOf(schema);
  const choices = Array.isArray(schema.enum) ? (schema.enum as unknown[]) : undefined;
  let value: unknown;
  if (type === "integer" && /^-?[\d,]+$/.test(bare)) value = toNumber(bare);
  else if (type === "number" && /^-?[\d,]+(\.\d+)?$/.test(bare)) value = toNumber(bare);
  else if (type === "boolean" && /^(true|false)$/i.test(bare)) value = bare.toLowerCase() === "true";
  else if (type === "string" && (quoted || choices)) value = bare;
  else return `default ${JSON.stringify(text)} is not a ${type ?? "typed"} value${type === "string" ? " the schema lists (unquoted, no enum)" : ""}`;
  if (choices && !choices.includes(value)) return `default ${JSON.stringify(text)} is not one of the enum values`;
  if (type === "integer" && !Number.isInteger(value)) return `default ${JSON.stringify(text)} is not an integer`;
  return { value };
}

/** Reads the constraints the lines state for `schema` (read-only: see `applyProseConstraints`). */
export function readProseConstraints(lines: readonly ProseLine[], schema: JsonSchema): ProseReading {
  const out: ProseReading = { constraints: [], notes: [] };
  for (const line of lines) {
    for (const sentence of sentences(line.text)) {
      const hits = hitsIn(sentence);
      if (hits.length === 0) continue;
      if (HEDGE.test(sentence)) {
        out.notes.push({ message: `${JSON.stringify(sentence)} reads like a recommendation or an example, not a rule; no constraint taken`, pos: line.pos });
        continue;
      }
      for (const h of hits) readHit(h, sentence, schema, line.pos, out);
    }
  }
  return dropConflicts(out);
}

function readHit(h: Hit, sentence: string, schema: JsonSchema, pos: Position, out: ProseReading): void {
  if (h.kind === "default") {
    const d = defaultValue(h.values[0]!, schema);
    if (typeof d === "string") out.notes.push({ message: `${JSON.stringify(sentence)}: ${d}; no default taken`, pos });
    else out.constraints.push({ keyword: "default", value: d.value, phrase: h.phrase, pos });
    return;
  }
  const keywords = limitKeywords(schema, h.unit, sentence);
  if (typeof keywords === "string") {
    out.notes.push({ message: `${JSON.stringify(sentence)} states ${keywords}; no constraint taken`, pos });
    return;
  }
  const numbers = h.values.map(toNumber);
  const integerOnly = keywords.min !== "minimum" || typeOf(schema) === "integer";
  if (numbers.some((n) => !Number.isFinite(n) || (integerOnly && !Number.isInteger(n)) || (keywords.min !== "minimum" && n < 0))) {
    out.notes.push({ message: `${JSON.stringify(sentence)}: ${h.values.join(", ")} cannot be ${keywords.min}/${keywords.max} of this schema; no constraint taken`, pos });
    return;
  }
  if (h.kind === "range") {
    const [lo, hi] = numbers as [number, number];
    if (lo > hi) {
      out.notes.push({ message: `${JSON.stringify(sentence)}: the range ${lo} … ${hi} is empty; no constraint taken`, pos });
      return;
    }
    out.constraints.push({ keyword: keywords.min, value: lo, phrase: h.phrase, pos }, { keyword: keywords.max, value: hi, phrase: h.phrase, pos });
  } else {
    out.constraints.push({ keyword: h.kind === "min" ? keywords.min : keywords.max, value: numbers[0]!, phrase: h.phrase, pos });
  }
}

/** A keyword stated twice with different values is a note, and neither value is taken. */
function dropConflicts(reading: ProseReading): ProseReading {
  const byKeyword = new Map<ConstraintKeyword, ProseConstraint[]>();
  for (const c of reading.constraints) {
    const list = byKeyword.get(c.keyword);
    if (list) list.push(c);
    else byKeyword.set(c.keyword, [c]);
  }
  const kept: ProseConstraint[] = [];
  const notes = [...reading.notes];
  // A range whose one end conflicts is dropped whole: "300–300,000 GB for …" and "300–600,000 GB for …" are
  // ranges of cases, and their agreeing minimum is no more a rule than their maxima.
  const conflicted = new Set<string>();
  for (const list of byKeyword.values()) if (new Set(list.map((c) => JSON.stringify(c.value))).size > 1) for (const c of list) conflicted.add(phraseKey(c));
  for (const [keyword, list] of byKeyword) {
    const values = [...new Set(list.map((c) => JSON.stringify(c.value)))];
    if (values.length === 1 && !list.some((c) => conflicted.has(phraseKey(c)))) kept.push(list[0]!);
    else if (values.length === 1)
      notes.push({ message: `${keyword} ${values[0]} comes from ranges that disagree on their other end (${list.map((c) => JSON.stringify(c.phrase)).join(", ")}); not taken`, pos: list[0]!.pos });
    else notes.push({ message: `the description gives ${keyword} as ${values.join(" and ")} (${list.map((c) => JSON.stringify(c.phrase)).join(", ")}); none taken`, pos: list[0]!.pos });
  }
  return { constraints: kept.sort((a, b) => a.pos.line - b.pos.line || KEYWORD_ORDER.indexOf(a.keyword) - KEYWORD_ORDER.indexOf(b.keyword)), notes };
}

function phraseKey(c: ProseConstraint): string {
  return `${c.pos.page}:${c.pos.line}:${c.phrase}`;
}

const KEYWORD_ORDER: readonly ConstraintKeyword[] = ["default", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"];

/** A description split into lines, each at `pos` (a table cell's lines share its row's position). */
export function proseLines(description: string | undefined, pos: Position): ProseLine[] {
  return (description ?? "").split("\n").map((text) => ({ text, pos }));
}

export interface ApplyOptions {
  /** Receives every note as an info `prose-constraint-unclear`; `where` opens its message. */
  sink?: DiagnosticSink;
  where: string;
  /** Give the schema the `x-source` of its first constraint when it has none (properties; a parameter has its own). */
  locate?: boolean;
}

/**
 * Reads the lines' constraints into `schema`: a keyword the schema already has with another value is a
 * note and is not overwritten; a default outside the stated range is a note. Returns what was taken.
 */
export function applyProseConstraints(schema: JsonSchema, lines: readonly ProseLine[], options: ApplyOptions): ProseConstraint[] {
  const reading = readProseConstraints(lines, schema);
  const taken: ProseConstraint[] = [];
  for (const c of reading.constraints) {
    const existing = schema[c.keyword];
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(c.value)) {
      reading.notes.push({
        message: `${c.keyword} is ${JSON.stringify(existing)} in the table but ${JSON.stringify(c.value)} in the prose (${JSON.stringify(c.phrase)}); the table's value is kept`,
        pos: c.pos,
      });
      continue;
    }
    schema[c.keyword] = c.value;
    taken.push(c);
  }
  const d = schema.default;
  if (typeof d === "number" && ((typeof schema.minimum === "number" && d < schema.minimum) || (typeof schema.maximum === "number" && d > schema.maximum))) {
    reading.notes.push({
      message: `default ${d} lies outside ${String(schema.minimum ?? "…")} … ${String(schema.maximum ?? "…")}`,
      pos: taken.find((c) => c.keyword === "default")?.pos ?? lines[0]!.pos,
    });
  }
  if (options.locate && taken.length > 0 && schema["x-source"] === undefined) schema["x-source"] = { page: taken[0]!.pos.page, line: taken[0]!.pos.line };
  for (const n of reading.notes) options.sink?.info("prose-constraint-unclear", `${options.where}: ${n.message}`, n.pos);
  return taken;
}
