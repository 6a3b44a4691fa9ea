/**
 * The one validator for names that come from pages (or from a spec a user hands us) and become paths,
 * identifiers, file names or URLs: service ids, API versions, vendor folders, operation ids, schema
 * names. Page text is untrusted (`refresh` reads it from the web), so a name is refused, not repaired:
 * the caller turns the reason into a located error and leaves the named thing out.
 */

/** What the name is used as, each with its own grammar. */
export type NameUse =
  /** One folder or file name (`backup`, `block-storage`, `1.2`, `v2`): portable on every file system. */
  | "path-segment"
  /** A key of `components.schemas` (OpenAPI's own grammar `^[a-zA-Z0-9.\-_]+$`). */
  | "component-key"
  /** An `operationId` that becomes a method name (letters, digits, `_`, not starting with a digit). */
  | "operation-id";

const MAX_LENGTH: Record<NameUse, number> = { "path-segment": 64, "component-key": 128, "operation-id": 128 };

const GRAMMAR: Record<NameUse, { pattern: RegExp; says: string }> = {
  "path-segment": { pattern: /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/, says: "letters, digits, '.', '-' and '_', starting and ending with a letter or digit" },
  "component-key": { pattern: /^(?=.*[A-Za-z0-9])[A-Za-z0-9._-]+$/, says: "letters, digits, '.', '-' and '_' with at least one letter or digit (OpenAPI's grammar for component names)" },
  "operation-id": { pattern: /^[A-Za-z_][A-Za-z0-9_]*$/, says: "letters, digits and '_', not starting with a digit" },
};

/** Keys that change what a plain JavaScript object is when used as one of its property names. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** File names Windows refuses in any folder (with or without an extension). */
const DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/** Why `value` may not be used as `use`, or `undefined` when it may. */
export function refusedName(value: string, use: NameUse): string | undefined {
  if (value === "") return "is empty";
  const special = firstSpecialCharacter(value);
  if (special !== undefined) return `contains ${special}`;
  if (value.length > MAX_LENGTH[use]) return `is ${value.length} characters long (at most ${MAX_LENGTH[use]})`;
  if (PROTOTYPE_KEYS.has(value)) return "is a JavaScript prototype key";
  if (use === "path-segment") {
    if (value.includes("..")) return `contains ".." (a path step out of its folder)`;
    if (DEVICE_NAMES.test(value)) return "is a reserved device name on Windows";
  }
  const grammar = GRAMMAR[use];
  if (!grammar.pattern.test(value)) return `is not ${grammar.says}`;
  return undefined;
}

/** `refusedName` as a sentence: `service id "../x" is refused: contains "/" …`. */
export function describeRefusal(what: string, value: string, reason: string): string {
  return `${what} ${printable(value)} is refused as a name (${reason}); nothing is written under it`;
}

/** The first character that has no place in any name, described (`"/"`, `U+0000`, `a bidi control U+202E`). */
function firstSpecialCharacter(value: string): string | undefined {
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "/" || ch === "\\") return `a path separator ${JSON.stringify(ch)}`;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return `a control character ${codePoint(code)}`;
    if (isBidiControl(code)) return `a bidirectional text control ${codePoint(code)}`;
    if (code === 0xfeff || code === 0x200b || code === 0x2028 || code === 0x2029) return `an invisible or line-separating character ${codePoint(code)}`;
  }
  return undefined;
}

function isBidiControl(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A page-derived string safe to print in a message or a terminal: JSON-quoted, with every control,
 * bidi and non-ASCII character as an escape, so a name cannot reorder or recolour the line it sits in.
 */
export function printable(value: string): string {
  const clipped = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  return JSON.stringify(clipped).replace(/[^\x20-\x7e]/gu, (ch) => {
    const code = ch.codePointAt(0)!;
    return code === 0x2026 ? ch : code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
