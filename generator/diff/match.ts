/** Pairs two keyed collections: entries on the base side only, on the revision side only, and on both (base order, then revision order). */
export interface Matched<T> {
  removed: T[];
  added: T[];
  both: Array<[T, T]>;
}

export function matchByKey<T>(base: ReadonlyMap<string, T>, revision: ReadonlyMap<string, T>): Matched<T> {
  const out: Matched<T> = { removed: [], added: [], both: [] };
  for (const [key, b] of base) {
    const r = revision.get(key);
    if (r === undefined) out.removed.push(b);
    else out.both.push([b, r]);
  }
  for (const [key, r] of revision) if (!base.has(key)) out.added.push(r);
  return out;
}
