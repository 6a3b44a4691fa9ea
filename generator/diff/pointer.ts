/**
 * JSON Pointers (RFC 6901) into a parsed document: `#/paths/~1v1~1volumes/get`.
 */
export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `#/a/b` + `c/d` → `#/a/b/c~1d`. */
export function childPointer(pointer: string, ...tokens: string[]): string {
  return tokens.reduce((p, t) => `${p}/${escapeToken(t)}`, pointer);
}

/** The value a local pointer (`#/components/schemas/Pet`) names, or undefined. */
export function lookupPointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#")) return undefined;
  const body = pointer.slice(1);
  if (body === "") return document;
  if (!body.startsWith("/")) return undefined;
  let node: unknown = document;
  for (const raw of body.slice(1).split("/")) {
    const token = unescapeToken(decodeURIComponent(raw));
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
