/**
 * What a paragraph or heading of an API version section says by itself, whatever the section has read
 * so far: a section label ("Parameters", "Response 202"), the "METHOD /path" line, the "State ACTIVE
 * (CURRENT)" line, print boilerplate. Also the request-header lines of an example request.
 *
 * Both are pure functions of the text and the page's labels, and the same short texts repeat in every
 * version section of every API, so they are memoised per page (in the context).
 */
import type { ScpContext } from "./context.js";
import { isBoilerplateNormalised, matchesAny, mayBeBoilerplate, normaliseLabel } from "./labels.js";

/** What the blocks after a label are. Never mutated once made, so one object is shared by every use. */
export type Mode =
  | { kind: "none" }
  | { kind: "description" }
  | { kind: "parameters" }
  | { kind: "responses" }
  | { kind: "exampleRequest" }
  | { kind: "requestPath" }
  | { kind: "requestHeader" }
  | { kind: "requestBody" }
  | { kind: "exampleResponse" }
  | { kind: "state" }
  | { kind: "response"; status: string };

export interface TextKind {
  /** The text is a label: the mode it starts. */
  label?: Mode;
  /** The text is a "METHOD /path" line. */
  methodPath?: { method: string; path: string };
  /** The text is a "State ACTIVE (CURRENT)" line. */
  state?: { state: string; status: string };
  /** The text is (or starts with) a boilerplate sentence. */
  boilerplate: boolean;
}

/** `Scp-Api-Version = <service> <version>` as read from a block of request-header lines. */
export interface HeaderLines {
  versionHeader?: { service: string; version: string };
}

/** Per-page memos of the two readings below; created with the context. */
export interface TextMemo {
  kinds: Map<string, TextKind>;
  headers: Map<string, HeaderLines | null>;
}

/** The state on the line after a lone "State" label: `ACTIVE (CURRENT)`. */
const STATE_VALUE = /^(\S+)\s*\(([^)]*)\)$/;
const METHOD_PATH = /^(get|put|post|delete|patch|head|options|trace)\s+(\/\S*)$/i;
/** `Name: value` / `"Name = value",` — the name only; the value is the rest with its quote and comma cut by hand (a lazy `(.*?)\s*"?\s*` backtracks cubically on a run of spaces). */
const HEADER_NAME = /^"?\s*([A-Za-z][A-Za-z0-9-]*)\s*[=:]/;
/** Longer texts are read each time: they are rarely repeated labels, and hashing them costs more. */
const MEMO_MAX = 200;

/** A header line's name and value (trimmed, without the closing quote and comma), or null. */
function headerLine(line: string): [string, string] | null {
  const m = HEADER_NAME.exec(line);
  if (!m) return null;
  let value = line.slice(m[0].length);
  if (value.endsWith(",")) value = value.slice(0, -1);
  value = value.trimEnd();
  if (value.endsWith('"')) value = value.slice(0, -1);
  return [m[1]!, value.trim()];
}

export function newTextMemo(): TextMemo {
  return { kinds: new Map(), headers: new Map() };
}

export function textKind(ctx: ScpContext, text: string): TextKind {
  if (text.length > MEMO_MAX) return readTextKind(ctx, text);
  let kind = ctx.texts.kinds.get(text);
  if (kind === undefined) {
    kind = readTextKind(ctx, text);
    ctx.texts.kinds.set(text, kind);
  }
  return kind;
}

function readTextKind(ctx: ScpContext, text: string): TextKind {
  const boilerplate = mayBeBoilerplate(text, ctx.labels);
  const norm = text.length <= 64 || boilerplate ? normaliseLabel(text.length <= 160 ? text : text.slice(0, 160)) : "";
  const kind: TextKind = { boilerplate: boilerplate && isBoilerplateNormalised(norm, ctx.labels) };
  const label = labelMode(ctx, text, norm);
  if (label) kind.label = label;
  const mp = METHOD_PATH.exec(text);
  if (mp) kind.methodPath = { method: mp[1]!.toLowerCase(), path: mp[2]! };
  const state = ctx.stateLine.exec(text);
  const status = state?.[2]!.trim();
  if (state && status) kind.state = { state: state[1]!.toUpperCase(), status: status.toUpperCase() };
  return kind;
}

function labelMode(ctx: ScpContext, text: string, norm: string): Mode | undefined {
  if (text.length > 64) return undefined;
  const kind = ctx.sectionLabels.get(norm);
  if (kind) return { kind };
  const r = ctx.responseLine.exec(text.trim());
  if (r) return { kind: "response", status: r[1]!.toLowerCase() };
  return undefined;
}

/** `ACTIVE (CURRENT)` → state and status (upper case); undefined for any other text. */
export function stateValue(text: string): { state: string; status: string } | undefined {
  // The status is trimmed by hand: `\s*([^)]+?)\s*\)` backtracks cubically on a run of spaces.
  const m = STATE_VALUE.exec(text.trim());
  const status = m?.[2]!.trim();
  return m && status ? { state: m[1]!.toUpperCase(), status: status.toUpperCase() } : undefined;
}

/** A block of `Name = value` header lines; null when some line is not one. */
export function headerLines(ctx: ScpContext, text: string): HeaderLines | null {
  let read = ctx.texts.headers.get(text);
  if (read === undefined) {
    read = readHeaderLines(ctx, text);
    ctx.texts.headers.set(text, read);
  }
  return read;
}

function readHeaderLines(ctx: ScpContext, text: string): HeaderLines | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const parsed = lines.map(headerLine);
  if (parsed.some((p) => p === null)) return null;
  const read: HeaderLines = {};
  for (const p of parsed) {
    if (matchesAny(p![0], ctx.labels.versionHeader)) {
      const [service, v] = p![1].split(/\s+/);
      if (service && v) read.versionHeader = { service, version: v };
    }
  }
  return read;
}
