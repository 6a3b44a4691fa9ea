/**
 * Which documented response a status code falls under (OpenAPI 3.1 §4.8.16): the exact code, else its range
 * (`2XX`, any case), else `default`.
 */

export interface StatusTable<T> {
  exact: Map<number, T>;
  ranges: Array<T | undefined>;
  fallback?: T;
}

export function buildStatusTable<T>(entries: ReadonlyArray<{ key: string; value: T }>): StatusTable<T> {
  const table: StatusTable<T> = { exact: new Map(), ranges: new Array<T | undefined>(6).fill(undefined) };
  for (const { key, value } of entries) {
    if (/^[1-5]\d\d$/.test(key)) table.exact.set(Number(key), value);
    else if (/^[1-5]xx$/i.test(key)) table.ranges[Number(key[0])] = value;
    else if (key === "default") table.fallback = value;
  }
  return table;
}

export function lookupStatus<T>(table: StatusTable<T>, status: number): T | undefined {
  return table.exact.get(status) ?? table.ranges[Math.trunc(status / 100)] ?? table.fallback;
}

/** A concrete status code a mock answers for a documented key (`2XX` → 200, or 204 without a body). */
export function concreteStatus(key: string, hasBody: boolean, documented: readonly string[]): number {
  if (/^[1-5]\d\d$/.test(key)) return Number(key);
  if (/^[1-5]xx$/i.test(key)) {
    const base = Number(key[0]) * 100;
    if (base === 200) return hasBody ? 200 : 204;
    return base;
  }
  // `default`: the first common error status the spec does not document itself.
  return [500, 400, 502, 503, 422].find((s) => !documented.includes(String(s))) ?? 599;
}

/** Documented keys in a stable order: success first, then by code, ranges after their codes, `default` last. */
export function sortStatusKeys(keys: readonly string[]): string[] {
  const rank = (k: string): number => {
    if (/^\d{3}$/.test(k)) return Number(k) * 10;
    if (/^[1-5]xx$/i.test(k)) return Number(k[0]) * 1000 + 999;
    return 100_000;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const isSuccessKey = (key: string): boolean => /^2(\d\d|xx)$/i.test(key);
