/**
 * The emitters' CommonJS dependencies, loaded with `require`: importing them as ES modules makes Node
 * run its CommonJS export lexer and module-format detection over every file first (for TypeScript's
 * 9 MB bundle, twice: ts-morph ships its own copy), about a third of a cold generation's loading time.
 * openapi-typescript publishes the same build as CommonJS next to its ES module.
 */
import { createRequire } from "node:module";

const requireHere = createRequire(import.meta.url);

export function loadTsMorph(): typeof import("ts-morph") {
  return requireHere("ts-morph") as typeof import("ts-morph");
}

export function loadOpenapiTypescript(): typeof import("openapi-typescript") {
  return requireHere("openapi-typescript") as typeof import("openapi-typescript");
}

/** The @redocly/openapi-core that openapi-typescript itself loads (its dependency, not necessarily ours). */
export function loadRedoclyCore(): typeof import("@redocly/openapi-core") {
  return createRequire(requireHere.resolve("openapi-typescript"))("@redocly/openapi-core") as typeof import("@redocly/openapi-core");
}
