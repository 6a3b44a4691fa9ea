/**
 * The `Prefer` request header as Prism reads it (RFC 7240 preferences): `code=404` picks a documented status,
 * `example=<name>` a named example of the chosen response, `dynamic=true` a body generated from its schema.
 * Preferences are separated by commas or semicolons; values may be quoted.
 */
export interface Preferences {
  code?: string;
  example?: string;
  dynamic: boolean;
}

export function parsePrefer(header: string | undefined): Preferences {
  const out: Preferences = { dynamic: false };
  if (!header) return out;
  for (const part of header.split(/[,;]/)) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    if (name === "code" && value !== "") out.code = value;
    else if (name === "example" && value !== "") out.example = value;
    else if (name === "dynamic") out.dynamic = value.toLowerCase() === "true";
  }
  return out;
}
