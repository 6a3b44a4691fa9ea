/**
 * Allowed values listed in a field's description, as the page prints them once markup is gone:
 * a list line ("One of queued, saving, and active", "Either fixed or floating", "Eitherprivate, or shared" where
 * the lead ran into a code span, "asc, desc 중 하나",
 * or for an Enum field plainly "asc or desc") or consecutive value lines ("ACTIVE: Connected to an
 * instance" / "- 1: On"). The lead phrases and joining words come from the label table.
 */
import type { FormatKey, NhnLabels } from "./labels.js";
import { escapeRegExp, NHN_LABELS } from "./labels.js";

/** A value as the guides print one: a single word of letters, digits and `_ . - : / +`. */
const VALUE = /^[\p{L}\p{N}_.\-:/+]+$/u;
/** "ACTIVE: Connected to an instance", "- 1: On". */
const VALUE_LINE = /^(?:[-*•]\s*)?([\p{L}\p{N}_.\-/+]+)\s*:\s+\S/u;

export function enumFromDescription(description: string, key: FormatKey | undefined, labels: NhnLabels): unknown[] | undefined {
  if (key !== "enum" && key !== "string" && key !== "integer") return undefined;
  const lines = description
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const values = listLine(lines, key, labels) ?? (key === "string" ? undefined : valueLines(lines));
  if (!values) return undefined;
  if (key !== "integer") return values;
  return values.every((v) => /^-?\d+$/.test(v)) ? values.map(Number) : undefined;
}

/** The first line that lists values: after a lead phrase, or (Enum and Integer fields) values and joiners only. */
function listLine(lines: readonly string[], key: FormatKey, labels: NhnLabels): string[] | undefined {
  const { lead, words, joiner } = labels === NHN_LABELS ? NHN_ENUM_PATTERNS : enumPatterns(labels);
  for (const line of lines) {
    // Whitespace runs are collapsed first: the joiner's `\s*` would otherwise rescan a long run from every position.
    let text = line
      .replace(/[.。]$/, "")
      .replace(/\([^()]*\)/g, " ")
      .replace(/\s+/g, " ");
    const m = lead.exec(text);
    if (m) {
      // "Only one of the following values can be selected: a, b" → after the colon; "a, b 중 하나" → without the lead.
      const after = text.slice(m.index + m[0].length);
      const glued = m[1] !== undefined;
      text = glued || m.index === 0 || after.trim() !== "" ? after : text.slice(0, m.index);
      if (!glued && text.includes(":")) text = text.slice(text.lastIndexOf(":") + 1);
    } else if (!joiner.test(` ${text.trim()} `) || (key === "string" && !isQuotedList(text, joiner))) {
      // A String field's line of values needs a lead, or every value quoted ("'RESERVED', 'COMPLETED'"): plain words are prose.
      continue;
    }
    const parts = text
      .split(joiner)
      .map((p) => unquoted(p.trim()))
      .filter((p) => p !== "" && !words.some((w) => w.toLowerCase() === p.toLowerCase()));
    if (parts.length >= 2 && parts.every((p) => VALUE.test(p))) return [...new Set(parts)];
  }
  return undefined;
}

/** A value in quotes (`'FCM'`, `"asc"`) without them; any other text as it is. */
function unquoted(text: string): string {
  return QUOTED.exec(text)?.[2] ?? text;
}

const QUOTED = /^(['"])([^'"]+)\1$/;

/** A line of two or more values, each in quotes, and joiners only (`'FCM', 'APNS', or 'ADM'`). */
function isQuotedList(text: string, joiner: RegExp): boolean {
  const parts = text
    .split(joiner)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return parts.length >= 2 && parts.every((p) => QUOTED.test(p));
}

/** Two or more consecutive "value: meaning" lines. */
function valueLines(lines: readonly string[]): string[] | undefined {
  let run: string[] = [];
  for (const line of lines) {
    const m = VALUE_LINE.exec(line);
    if (m) {
      run.push(m[1]!);
      continue;
    }
    if (run.length >= 2) break;
    run = [];
  }
  return run.length >= 2 ? [...new Set(run)] : undefined;
}

interface EnumPatterns {
  /** A lead phrase ("one of"); group 1 is set when the lead is glued to its first value. */
  lead: RegExp;
  /** The joiners that are words ("or", "및"). */
  words: readonly string[];
  joiner: RegExp;
}

function enumPatterns(labels: NhnLabels): EnumPatterns {
  // A lead glued to its first value ("Either`private`, or `shared`" once the code spans are text) is a lead too.
  const lead = new RegExp(`(?:^|[\\s(])(?:${labels.enumLeads.map(escapeRegExp).join("|")})(?=$|[\\s:]|([\\p{L}\\p{N}]))`, "iu");
  const words = labels.enumJoiners.filter((j) => /\p{L}/u.test(j));
  const joinWords = `(?:${words.map(escapeRegExp).join("|")})`;
  // ", ", " or ", ", and ": the Oxford comma joins with a word too.
  const joiner = new RegExp(`\\s*[,，、]\\s*(?:${joinWords}\\s+)?|\\s+${joinWords}\\s+`, "iu");
  return { lead, words, joiner };
}

/**
 * Built from `NHN_LABELS` once, when this module loads, and never changed afterwards (a constant, not a cache; the
 * patterns have no `g` flag, so they keep no state between uses). Other label tables build theirs on each use.
 */
const NHN_ENUM_PATTERNS: EnumPatterns = enumPatterns(NHN_LABELS);
