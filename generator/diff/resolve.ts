/**
 * `$ref` resolution for the diff: follows local references (`#/components/...`) to the node they name,
 * remembering the resolved pointer (so a change is located where it is defined) and refusing cycles.
 */
import { resolveLocalRef } from "../../core/json-pointer.js";
import type { Source } from "./types.js";

export type Json = Record<string, unknown>;

export interface Resolved {
  node: Json;
  /** Pointer of the node after following every `$ref`. */
  pointer: string;
  /** The `$ref` targets followed to get here (empty for an inline node). */
  refs: string[];
}

const MAX_REF_CHAIN = 32;

export function isObject(v: unknown): v is Json {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Follows `$ref`s from `node` (found at `pointer`); a chain that loops or dangles stops at its last node. */
export function resolve(document: unknown, node: unknown, pointer: string): Resolved {
  let current: Json = isObject(node) ? node : {};
  let at = pointer;
  const refs: string[] = [];
  while (typeof current.$ref === "string" && refs.length < MAX_REF_CHAIN) {
    const target = current.$ref;
    if (refs.includes(target)) break;
    const next = resolveLocalRef(document, target);
    if (!isObject(next)) break;
    refs.push(target);
    current = next;
    at = target;
  }
  return { node: current, pointer: at, refs };
}

export function sourceOf(node: unknown): Source | undefined {
  if (!isObject(node)) return undefined;
  const s = node["x-source"];
  if (!isObject(s) || typeof s.page !== "string" || typeof s.line !== "number") return undefined;
  return { page: s.page, line: s.line };
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
