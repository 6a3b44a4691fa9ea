/**
 * The words of value constraints stated in prose, in the vendors' English, Korean and Chinese: one table, read by
 * `constraints.ts`. Each entry is a regular-expression fragment; `{N}` stands for a number (`1,000`, `-5`,
 * `0.5`), `{I}` for an unsigned integer (`64`) and `{V}` for a default value. Longer phrases are listed before the
 * shorter ones they contain. A pattern starts at a word's start, except one opening with a Chinese word: Chinese
 * writes no space before it (`字符长度1-256位`).
 */

/** A number as the pages print it: `1000`, `1,000`, `-5`, `0.5`. */
export const NUMBER = String.raw`-?\d{1,3}(?:,\d{3})+(?!\d)|-?\d+(?:\.\d+)?`;

/**
 * An unsigned integer that is a whole number of its own: not part of a decimal, a version, an IP address, a time, a
 * path (`1.5`, `10.0.0.1`, `12:30`, `/24`: no point, comma, colon or slash and a digit follow it).
 */
export const UNSIGNED = String.raw`\d+(?!\d|[.,:/]\d)`;

/**
 * A hyphen between two unsigned integers: `1-64`, `0 - 2147483647`. The first may not follow a sign, a point or a
 * slash (`-1-100`, `1.0-2.0`; `10:00-12:00` is kept out by `{I}`), the second may not be followed by a third (`2020-01-01`, `1-2-3`), and a
 * range followed by another alternative (`64512-65534 or 4200000000-4294967294`, `30-40,60-90`) is a list of choices,
 * not one range.
 */
const HYPHEN_RANGE = String.raw`(?<![-./])\b{I}\s*-\s*{I}(?!-\d)(?!\s*(?:or|或者?|、|,|，)\s*\d)`;

/**
 * A default value: a backticked or quoted string, or one word/number up to a separator; not an article starting a
 * phrase ("the default value is the timestamp of the last hour" names no literal). A bare value ends at Chinese
 * punctuation too (`缺省值：10，…`).
 */
export const VALUE = "`[^`]{1,200}`|\"[^\"]{1,200}\"|'[^']{1,200}'|(?!(?:the|an?)\\s)[^\\s,;.()，；。（）、]+(?:\\.\\d+)?";

export type PhraseKind = "default" | "min" | "max" | "range";

export interface Phrase {
  kind: PhraseKind;
  /** With `{N}` (numbers) and `{V}` (a value) as placeholders; matched case-insensitively. */
  pattern: string;
  /**
   * Words the pattern cannot match without (one of them, lower case, as printed in the pattern): a sentence
   * containing none is not searched with it. phrases.test.ts checks that each is required.
   */
  cues: readonly string[];
}

export const PHRASES: readonly Phrase[] = [
  // defaults
  { kind: "default", pattern: String.raw`(?:the )?default value\s*(?:is|:)\s*{V}`, cues: ["default"] },
  { kind: "default", pattern: String.raw`(?:the )?default\s*(?:is|:)\s*{V}`, cues: ["default"] },
  { kind: "default", pattern: String.raw`(?:the value )?defaults to\s*{V}`, cues: ["defaults"] },
  // 缺省值 / 默认值 / 默认取值 (default value), but not "默认取值: 不涉及" (not applicable), 无 (none) or 空 (empty).
  { kind: "default", pattern: String.raw`(?:缺省值|默认值|默认取值)(?:\s*(?:为|是|[:：]))?\s*(?![:：]|不涉及|无|空){V}`, cues: ["缺省值", "默认值", "默认取值"] },
  { kind: "default", pattern: String.raw`기본값\s*(?:은|는|:|=)?\s*{V}(?:\s*(?:입니다|이다|임))?`, cues: ["기본값"] },
  // ranges
  { kind: "range", pattern: String.raw`min(?:imum)?(?:\s*value)?\s*(?:[:=]\s*)?{N}\s*(?:[,/;]\s*)?(?:and\s+)?max(?:imum)?(?:\s*value)?\s*(?:[:=]\s*)?{N}`, cues: ["min"] },
  { kind: "range", pattern: String.raw`between\s+{N}\s+and\s+{N}`, cues: ["between"] },
  { kind: "range", pattern: String.raw`(?:ranges?\s+)?from\s+{N}\s+to\s+{N}`, cues: ["from"] },
  { kind: "range", pattern: String.raw`{N}\s*~\s*{N}`, cues: ["~"] },
  { kind: "range", pattern: String.raw`{N}\s*～\s*{N}`, cues: ["～"] },
  // "0–2147483647": an en or em dash between numbers (a hyphen is left alone: "-5" is a number).
  { kind: "range", pattern: String.raw`{N}\s*[–—]\s*{N}`, cues: ["–", "—"] },
  // A hyphen is a range only next to words saying so, before ("Value range: 1-100", "取值10-200", "字符长度1-256位",
  // "数组长度:0 - 2147483647") or after ("1-64 characters", "1-64个字符"); elsewhere `-5` is a number and `a-1-2` a name.
  { kind: "range", pattern: String.raw`(?:取值范围|取值|范围|长度)(?:\s*(?:为|是|在|[:：]))?\s*` + HYPHEN_RANGE + String.raw`(?:\s*(位))?`, cues: ["取值", "范围", "长度"] },
  { kind: "range", pattern: String.raw`(?:ranges?|length)\s*(?:(?:is|of|from|[:：])\s*){0,2}` + HYPHEN_RANGE, cues: ["range", "length"] },
  { kind: "range", pattern: HYPHEN_RANGE + String.raw`\s*(characters?|chars?|个字符|字符|位)`, cues: ["-"] },
  { kind: "range", pattern: String.raw`(?:of|is|contains?|consists of|range:?)\s+{N}\s+to\s+{N}`, cues: ["to"] },
  { kind: "range", pattern: String.raw`{N}\s+to\s+{N}(?=\s*(?:characters?|chars?|letters?|items?|elements?))`, cues: ["to"] },
  { kind: "range", pattern: String.raw`최소\s*{N}\s*(?:자|개|글자)?\s*[,~]?\s*최대\s*{N}`, cues: ["최소"] },
  // maxima
  { kind: "max", pattern: String.raw`max(?:imum)?\.?\s+length\s*(?:is|:|=|of)?\s*{N}`, cues: ["length"] },
  { kind: "max", pattern: String.raw`最大长度\s*(?:为|是|[:：])?\s*{N}`, cues: ["最大长度"] },
  { kind: "max", pattern: String.raw`最大值\s*(?:为|是|[:：])?\s*{N}`, cues: ["最大值"] },
  { kind: "max", pattern: String.raw`최대\s*길이\s*(?:은|는|:|=)?\s*{N}`, cues: ["길이"] },
  { kind: "max", pattern: String.raw`up to (?:a )?max(?:imum)?(?: of)?\s*{N}`, cues: ["up to"] },
  { kind: "max", pattern: String.raw`(?:the )?max(?:imum|\.)?(?: value)?\s*(?:is|:|=|of)?\s*{N}`, cues: ["max"] },
  { kind: "max", pattern: String.raw`(?:at most|no more than|not more than|up to)\s+{N}`, cues: ["at most", "no more than", "not more than", "up to"] },
  { kind: "max", pattern: String.raw`최대(?:값)?\s*(?:은|는|:)?\s*{N}`, cues: ["최대"] },
  { kind: "max", pattern: String.raw`{N}\s*(?:자|개|글자)?\s*이하`, cues: ["이하"] },
  // minima
  { kind: "min", pattern: String.raw`min(?:imum)?\.?\s+length\s*(?:is|:|=|of)?\s*{N}`, cues: ["length"] },
  { kind: "min", pattern: String.raw`最小长度\s*(?:为|是|[:：])?\s*{N}`, cues: ["最小长度"] },
  { kind: "min", pattern: String.raw`最小值\s*(?:为|是|[:：])?\s*{N}`, cues: ["最小值"] },
  { kind: "min", pattern: String.raw`(?:the )?min(?:imum)?(?: value)?\s*(?:is|:|=|of)?\s*{N}`, cues: ["min"] },
  { kind: "min", pattern: String.raw`(?:at least|no less than|not less than)\s+{N}`, cues: ["at least", "no less than", "not less than"] },
  { kind: "min", pattern: String.raw`최소(?:값)?\s*(?:은|는|:)?\s*{N}`, cues: ["최소"] },
  { kind: "min", pattern: String.raw`{N}\s*(?:자|개|글자)?\s*이상`, cues: ["이상"] },
];

/** Words after a number or in the sentence saying the limit is on a string's length. */
export const LENGTH_WORDS = String.raw`characters?|chars?|letters?|length|long|자|글자|문자|길이|长度|个字符|字符`;

/**
 * Units of length said only right after a phrase's number (`1-256位`: digits or characters), captured by the phrase
 * itself: `位` in a sentence is no length word (`单位` is "unit").
 */
export const NUMBER_LENGTH_UNITS = String.raw`位`;

/** Chinese words saying the limit is on a string's length; Chinese has no spaces before them ("最大长度"). */
export const CJK_LENGTH_WORDS = String.raw`长度|字符`;

/** Words saying a length is an array's (its item count): `数组长度:0 - 2147483647`, "Array length: 1-10". */
export const ARRAY_LENGTH_WORDS = String.raw`数组长度|(?<![\p{L}\p{N}_])array\s+length`;

/** Words saying the limit is on an array's item count. */
export const ITEM_WORDS = String.raw`items?|elements?|entries|values|개`;

/** Words making a sentence a recommendation or an illustration rather than a rule: never read as a constraint. */
export const HEDGES = String.raw`recommend\w*|about|approximately|around|roughly|typically|usually|e\.g\.|for example|such as|권장|예시|예를 들어|약\s`;
