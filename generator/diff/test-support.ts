/** Specs for diff tests, written inline as YAML. */
import { parseSpec } from "./load.js";
import type { SpecDoc } from "./types.js";

export function spec(yaml: string, path = "test/svc/1.0.yaml"): SpecDoc {
  return { path, label: path, document: parseSpec(yaml, path) };
}

/** A document with `paths` and `components.schemas` given as YAML bodies (indented by 2). */
export function doc(paths: string, schemas = "", extraInfo = ""): SpecDoc {
  return spec(`openapi: 3.1.0
info: { title: T, version: "1.0", x-vendor: test, x-service-id: svc${extraInfo} }
paths:
${paths}
components:
  schemas:
${schemas || "    Empty: { type: object }"}
`);
}
