/**
 * The one name allocator of a generated module: every identifier goes through it, is sanitised to a
 * valid TypeScript identifier, and a second request for the same sanitised name fails loudly instead of
 * silently shadowing (`GMT+1` and `GMT-1` must not both become `GMT_1`).
 */
export class NameCollisionError extends Error {
  constructor(
    readonly identifier: string,
    readonly first: string,
    readonly second: string,
    readonly where: string,
  ) {
    super(`${where}: ${JSON.stringify(first)} and ${JSON.stringify(second)} both become the identifier ${identifier}`);
  }
}

const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private protected public static yield await constructor".split(
    " ",
  ),
);

export class NameAllocator {
  readonly #taken = new Map<string, string>();
  constructor(private readonly where: string) {}

  /** Reserves `name` for `source` (what it was made from, for the error message). */
  allocate(name: string, source: string = name): string {
    const id = sanitiseIdentifier(name);
    const prior = this.#taken.get(id);
    if (prior !== undefined) throw new NameCollisionError(id, prior, source, this.where);
    this.#taken.set(id, source);
    return id;
  }
}

/** A valid identifier: invalid characters become `_`, a leading digit or a reserved word gets `_`. */
export function sanitiseIdentifier(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_$]/g, "_");
  if (id === "" || /^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

export { camelCase, pascalCase } from "../core/case.js";

/** "1.2" → "V1_2", "v2" → "V2". */
export function versionSuffix(version: string): string {
  return `V${version.replace(/^v/i, "").replace(/[^A-Za-z0-9]+/g, "_")}`;
}
