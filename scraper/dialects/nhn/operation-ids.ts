/**
 * operationIds for the API sections of a page, and the sections that repeat an earlier one's request
 * line (merged into it, see `same-operation.ts`).
 */
import { operationIdFrom } from "../naming.js";
import type { NhnContext } from "./context.js";
import type { MethodLine } from "./lines.js";
import type { OutlineSection } from "./outline.js";

/**
 * operationIds from API titles. Titles that give one id are told apart by their full spelling first
 * ("List Flavors (Detail)": the shared naming drops a trailing parenthetical), then by their group's
 * title; two APIs of the very same title are reported. A collision left after that is an error when
 * the schemas are collected.
 */
export function operationIds(apis: readonly OutlineSection[], lines: ReadonlyMap<OutlineSection, MethodLine | undefined>, ctx: NhnContext): Map<OutlineSection, string> {
  const named = apis.map((s) => idSource(s, lines.get(s)));
  const base = named.map((t) => operationIdFrom(t));
  const spelled = named.map((t) => operationIdFrom(t.replace(/[()[\]]/g, " ")));
  const hasTwin = (k: number) => base.some((b, j) => j !== k && b === base[k]);
  /** The id each API tries first: its base id, or its full spelling when another title gives the same. */
  const first = apis.map((_, k) => (hasTwin(k) ? spelled[k]! : base[k]!));
  const ids = new Map<OutlineSection, string>();
  apis.forEach((s, k) => {
    if (!hasTwin(k)) {
      ids.set(s, base[k]!);
      return;
    }
    const taken = new Set(ids.values());
    const unique = (id: string) => !taken.has(id) && apis.every((_, j) => j === k || first[j] !== id);
    const sameTitle = apis.filter((t, j) => j !== k && t.title === s.title);
    if (sameTitle.length === 0 && unique(spelled[k]!)) {
      ids.set(s, spelled[k]!);
      return;
    }
    const grouped = s.group && isLatin(s.group.title) ? operationIdFrom(`${s.group.title} ${named[k]!}`) : undefined;
    // The very same title over another request line ("### Send LMS Type" over POST …/mms): the request line tells them apart.
    const line = lines.get(s);
    const fromLine = sameTitle.length > 0 && line ? operationIdFrom(requestLineWords(line)) : undefined;
    // Request lines differing only in a placeholder inside the path (`…/ticket/list.json`, `…/ticket/{usercode}/list.json`):
    // that placeholder tells them apart.
    const scoped = line ? operationIdFrom(requestLineWords(line, true)) : undefined;
    const id = [grouped, fromLine, scoped].find((c): c is string => c !== undefined && unique(c)) ?? base[k]!;
    if (sameTitle.length > 0) {
      ctx.sink.warn("doc-duplicate-api-title", `${sameTitle.length + 1} APIs are titled "${s.title}"; this one${s.group ? ` (group "${s.group.title}")` : ""} gets operationId ${id}`, s.heading.pos, {
        others: sameTitle.map((t) => t.heading.pos),
      });
    }
    ids.set(s, id);
  });
  return ids;
}

/**
 * The text an operationId is made from: the API's title, or for a title in another script ("플로팅 IP
 * 목록 보기") its request line, `GET /v2.0/floatingips/{floatingIpId}` → "get floatingips by floatingIpId".
 */
function idSource(section: OutlineSection, line: MethodLine | undefined): string {
  // "1. Query Events (1.0)", "1.5. Delete a notification": the section number names no operation.
  const title = section.title.replace(/^\d+(?:\.\d+)*\.?\s+(?=\S)/, "");
  if (isLatin(title) || !line) return title;
  return requestLineWords(line);
}

/** `GET /v2.0/floatingips/{floatingIpId}` → "get floatingips by floatingIpId". */
function requestLineWords(line: MethodLine, keepInner = false): string {
  const segments = line.path.split("/").filter((p) => p !== "" && !/^v\d+(?:\.\d+)*$/i.test(p));
  // A placeholder before another segment scopes the resource ({tenantId}); only a trailing one names it (with
  // `keepInner`, one after the first literal segment does too).
  const firstLiteral = segments.findIndex((p) => !/^\{.*\}$/.test(p));
  const words = segments.flatMap((p, k) => (/^\{.*\}$/.test(p) ? (k === segments.length - 1 || (keepInner && k > firstLiteral) ? [`by ${p.slice(1, -1)}`] : []) : [p]));
  return `${line.method} ${words.join(" ")}`;
}

/** True when every letter of the text is a Latin one (ids are made of ASCII words). */
function isLatin(text: string): boolean {
  return !/[^\p{Script=Latin}\P{L}]/u.test(text);
}

/** API sections repeating an earlier section's `METHOD /path` → that earlier section. */
export function sameRequestLine(apis: readonly OutlineSection[], lines: ReadonlyMap<OutlineSection, MethodLine | undefined>): Map<OutlineSection, OutlineSection> {
  const seen = new Map<string, OutlineSection>();
  const firstOf = new Map<OutlineSection, OutlineSection>();
  for (const s of apis) {
    const line = lines.get(s);
    if (!line) continue;
    // OpenAPI tells paths apart by their template, not by the placeholders' names.
    const key = `${line.method} ${line.path.replace(/\{[^}]*\}/g, "{}")}`;
    const first = seen.get(key);
    if (first) firstOf.set(s, first);
    else seen.set(key, s);
  }
  return firstOf;
}
