/**
 * `Prefer: dynamic=true`: a body generated from the response schema by json-schema-faker (what Prism's dynamic
 * mode uses), with its seeded generator, so a seed, an operation and a status always give the same bytes. Every
 * optional property is filled, arrays hold 1–3 items. The result is validated against the documented schema;
 * a few further seeds are tried before giving up (the caller then serves its static body and says so).
 */
import { generateSync, type JsonSchema } from "json-schema-faker";
import type { MediaValidator } from "../validate/compile.js";

export interface DynamicBody {
  value: unknown;
  /** The seed that produced it. */
  seed: number;
}

const ATTEMPTS = 5;

/** Generators for the vendor formats json-schema-faker does not know (a test keeps this in step with VENDOR_FORMATS). */
export const DYNAMIC_FORMATS: Record<string, (random: { int(min: number, max: number): number }) => string> = {
  "numeric-string": (random) => String(random.int(0, 10_000)),
};

export function dynamicBody(media: MediaValidator, document: Record<string, unknown>, seed: number, salt: string): DynamicBody | undefined {
  if (!media.media.schema) return undefined;
  const components = (document.components as Record<string, unknown> | undefined) ?? {};
  // json-schema-faker resolves `#/components/schemas/…` against the schema it is given: hand it the components.
  const schema = { ...media.media.schema, components } as JsonSchema;
  const base = mix(seed, salt);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const s = (base + attempt) >>> 0;
    let value: unknown;
    try {
      value = generateSync(schema, { seed: s, alwaysFakeOptionals: true, maxItems: 3, maxLength: 40, refDepthMax: 3, formats: DYNAMIC_FORMATS });
    } catch {
      continue;
    }
    if (!media.validate || media.validate(value)) return { value, seed: s };
  }
  return undefined;
}

/** A 32-bit seed from the user's seed and what is being generated (FNV-1a over the text). */
function mix(seed: number, salt: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 16777619) >>> 0;
  return h;
}
