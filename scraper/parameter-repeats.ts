/**
 * OpenAPI allows one parameter per name and location (header names compared case-insensitively). Splits a list into
 * the parameters kept (the first of each) and the repeats, each with the one it repeats; callers report the repeats.
 */
import type { ApiParameter } from "./api-model.js";

export function splitRepeatedParameters(parameters: readonly ApiParameter[]): { kept: ApiParameter[]; repeats: Array<{ repeat: ApiParameter; first: ApiParameter }> } {
  const seen = new Map<string, ApiParameter>();
  const kept: ApiParameter[] = [];
  const repeats: Array<{ repeat: ApiParameter; first: ApiParameter }> = [];
  for (const p of parameters) {
    const key = `${p.in}\u0000${p.in === "header" ? p.name.toLowerCase() : p.name}`;
    const first = seen.get(key);
    if (first) repeats.push({ repeat: p, first });
    else {
      seen.set(key, p);
      kept.push(p);
    }
  }
  return { kept, repeats };
}
