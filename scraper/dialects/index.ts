/** The registry of vendor dialects. Adding a vendor is a new folder here and one line below. */
import { readHuaweiDocument } from "./huawei/index.js";
import { readNhnDocument } from "./nhn/index.js";
import { readScpDocument } from "./scp/index.js";
import type { Dialect } from "./types.js";

export const DIALECTS: readonly Dialect[] = [
  { vendor: "scp", displayName: "Samsung Cloud Platform", read: (doc, sink) => readScpDocument(doc, sink) },
  { vendor: "nhn", displayName: "NHN Cloud", read: (doc, sink, limits) => readNhnDocument(doc, sink, undefined, limits) },
  { vendor: "huawei", displayName: "Huawei Cloud", read: (doc, sink, limits) => readHuaweiDocument(doc, sink, undefined, limits) },
];

export function dialectFor(vendor: string): Dialect | undefined {
  return DIALECTS.find((d) => d.vendor === vendor);
}
