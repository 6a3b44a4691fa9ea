/**
 * JSON Pointers (RFC 6901) written as URI fragments (`#/paths/~1v1~1backups/get`): the one implementation
 * the scraper's spec checks, the generator, the diff and the contract tests share.
 */

export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `["paths", "/v1/x", "get"]` → `#/paths/~1v1~1x/get`. */
export function pointerOf(tokens: readonly string[]): string {
  return tokens.length === 0 ? "#" : `#/${tokens.map(escapeToken).join("/")}`;
}

/** `#/a/b` + `c/d` → `#/a/b/c~1d`. */
export function childPointer(pointer: string, ...tokens: string[]): string {
  return tokens.length === 0 ? pointer : `${pointer}/${tokens.map(escapeToken).join("/")}`;
}

/** `#/a/b~1c` → `["a", "b/c"]` (the leading `#` is optional). */
export function tokensOf(pointer: string): string[] {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (body === "" || body === "/") return body === "/" ? [""] : [];
  return body.slice(1).split("/").map(unescapeToken);
}

/** The value at a pointer, `undefined` when the pointer leads nowhere. */
export function valueAt(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const token of tokensOf(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * The value a local `$ref` (`#/components/schemas/Pet`, percent-encoded as URI fragments may be) names,
 * or undefined; only own properties count, so `#/__proto__` names nothing.
 */
export function resolveLocalRef(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const body = ref.slice(1);
  if (body === "") return document;
  if (!body.startsWith("/")) return undefined;
  let node: unknown = document;
  for (const raw of body.slice(1).split("/")) {
    let token: string;
    try {
      token = unescapeToken(decodeURIComponent(raw));
    } catch {
      return undefined;
    }
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** A JSON Patch path (no `#`) from a fragment pointer. */
export function patchPath(pointer: string): string {
  return pointer.startsWith("#") ? pointer.slice(1) : pointer;
}
