/**
 * Recorded exchanges from a directory: HAR 1.2 files (`*.har`, browser or proxy exports) and JSON files of
 * request/response pairs (`*.json`: one pair, an array of pairs, or `{ "exchanges": [...] }`), where a pair is
 * `{ "request": { "method", "url" }, "response": { "status", "headers"?, "body"? } }` and `body` is text or JSON.
 * Unreadable files are reported, not thrown.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Exchange } from "../validate/exchange.js";
import { redactHeaders } from "../validate/exchange.js";

export interface Recordings {
  exchanges: Exchange[];
  /** `file: what is wrong`. */
  problems: string[];
  files: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});

export function readRecordings(path: string): Recordings {
  const out: Recordings = { exchanges: [], problems: [], files: 0 };
  const files = statSync(path).isDirectory() ? listFiles(path) : [path];
  for (const file of files) {
    const name = statSync(path).isDirectory() ? relative(path, file).split("\\").join("/") : file;
    out.files++;
    try {
      const json = JSON.parse(readFileSync(file, "utf8")) as unknown;
      out.exchanges.push(...(file.endsWith(".har") || obj(json).log ? fromHar(json, name) : fromPairs(json, name)));
    } catch (e) {
      out.problems.push(`${name}: ${(e as Error).message}`);
    }
  }
  return out;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const full = join(dir, n);
      if (statSync(full).isDirectory()) return listFiles(full);
      return /\.(har|json)$/i.test(n) ? [full] : [];
    });
}

function fromHar(json: unknown, file: string): Exchange[] {
  const entries = obj(obj(json).log).entries;
  if (!Array.isArray(entries)) throw new Error("not a HAR file (no log.entries)");
  return entries.map((raw, i) => {
    const e = obj(raw);
    const request = obj(e.request);
    const response = obj(e.response);
    const content = obj(response.content);
    const text = typeof content.text === "string" ? (content.encoding === "base64" ? Buffer.from(content.text, "base64").toString("utf8") : content.text) : undefined;
    const headers = headerPairs(response.headers);
    if (typeof content.mimeType === "string" && content.mimeType !== "" && !("content-type" in headers)) headers["content-type"] = content.mimeType;
    return {
      request: { method: String(request.method ?? "GET"), url: String(request.url ?? "/"), headers: headerPairs(request.headers) },
      response: { status: Number(response.status ?? 0), headers, ...(text !== undefined ? { body: text } : {}) },
      origin: `${file}#/log/entries/${i}`,
    };
  });
}

function fromPairs(json: unknown, file: string): Exchange[] {
  const list = Array.isArray(json) ? json : Array.isArray(obj(json).exchanges) ? (obj(json).exchanges as unknown[]) : [json];
  return list.map((raw, i) => {
    const pair = obj(raw);
    const request = obj(pair.request);
    const response = obj(pair.response);
    if (typeof request.url !== "string" && typeof request.path !== "string") throw new Error(`exchange ${i}: request.url (or request.path) is missing`);
    if (typeof response.status !== "number") throw new Error(`exchange ${i}: response.status is missing`);
    const headers = headerRecord(response.headers);
    const body = response.body;
    return {
      request: { method: String(request.method ?? "GET"), url: String(request.url ?? request.path), headers: headerRecord(request.headers) },
      response: { status: response.status, headers, ...(typeof body === "string" ? { body } : body !== undefined ? { json: body } : {}) },
      origin: Array.isArray(json) || obj(json).exchanges ? `${file}#${i}` : file,
    };
  });
}

function headerPairs(value: unknown): Record<string, string> {
  if (!Array.isArray(value)) return {};
  return redactHeaders(value.map((h) => [String(obj(h).name ?? ""), String(obj(h).value ?? "")] as [string, string]));
}

function headerRecord(value: unknown): Record<string, string> {
  return redactHeaders(Object.entries(obj(value)).map(([k, v]) => [k, String(v)] as [string, string]));
}
