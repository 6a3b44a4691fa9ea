/** The registry of vendor dialects. Adding a vendor is a new folder here and one line below. */
import { readScpDocument } from "./scp/index.js";
import type { Dialect } from "./types.js";

export const DIALECTS: readonly Dialect[] = [
  { vendor: "scp", displayName: "Samsung Cloud Platform", read: (doc, sink) => readScpDocument(doc, sink) },
];

export function dialectFor(vendor: string): Dialect | undefined {
  return DIALECTS.find((d) => d.vendor === vendor);
}
