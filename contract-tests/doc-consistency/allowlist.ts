/**
 * Known documentation bugs: each allowlist entry names a finding by rule id, page:line and field (never by
 * message text) and says why it is accepted. The gate fails on a finding that is not listed (a new doc bug)
 * and on an entry that matches nothing any more (fixed docs or a changed scraper: remove the entry).
 */
import { readFileSync } from "node:fs";
import type { Finding } from "./check-examples.js";
import { keyString, type FindingKey } from "./finding-key.js";

export interface AllowlistEntry extends FindingKey {
  reason: string;
}

export interface Allowlist {
  entries: AllowlistEntry[];
  /** Malformed entries (missing fields, duplicates), by index. */
  problems: string[];
}

export const DEFAULT_ALLOWLIST = "contract-tests/doc-consistency/allowlist.json";

/** Only the entries about the given pages: a bug on a page that was not read says nothing about the specs at hand. */
export function allowlistForPages(allowlist: Allowlist, pages: ReadonlySet<string>): Allowlist {
  return { ...allowlist, entries: allowlist.entries.filter((e) => pages.has(e.at.replace(/:\d+$/, ""))) };
}

export function readAllowlist(path: string): Allowlist {
  return parseAllowlist(JSON.parse(readFileSync(path, "utf8")) as unknown);
}

export function parseAllowlist(json: unknown): Allowlist {
  const raw = (json as { entries?: unknown } | null)?.entries;
  const entries: AllowlistEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(raw)) return { entries, problems: ["the allowlist needs an `entries` array"] };
  raw.forEach((e: Record<string, unknown>, i) => {
    const missing = ["ruleId", "at", "field", "reason"].filter((k) => typeof e?.[k] !== "string" || (e[k] as string).trim() === "");
    if (missing.length > 0) return void problems.push(`entry ${i}: ${missing.join(", ")} missing or empty`);
    if (!/^.+:\d+$/.test(e.at as string)) return void problems.push(`entry ${i}: "at" must be page:line`);
    const entry = { ruleId: e.ruleId as string, at: e.at as string, field: e.field as string, reason: e.reason as string };
    if (seen.has(keyString(entry))) return void problems.push(`entry ${i}: duplicate of an earlier entry`);
    seen.add(keyString(entry));
    entries.push(entry);
  });
  return { entries, problems };
}

export interface GateResult {
  /** Findings the allowlist does not name: new documentation bugs. */
  unlisted: Finding[];
  /** Entries that match no finding. */
  stale: AllowlistEntry[];
  /** Reason by finding key, for listed findings. */
  reasons: Map<string, string>;
}

export function applyAllowlist(findings: readonly Finding[], allowlist: Allowlist): GateResult {
  const byKey = new Map(allowlist.entries.map((e) => [keyString(e), e]));
  const reasons = new Map<string, string>();
  const unlisted: Finding[] = [];
  for (const f of findings) {
    const entry = byKey.get(keyString(f));
    if (entry) reasons.set(keyString(f), entry.reason);
    else unlisted.push(f);
  }
  const stale = allowlist.entries.filter((e) => !reasons.has(keyString(e)));
  return { unlisted, stale, reasons };
}
