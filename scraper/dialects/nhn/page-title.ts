/**
 * The page title names the product and the API version: "Storage > Block Storage > API v2 Guide" →
 * product "Block Storage" (id `block-storage`), version "v2". The last breadcrumb segment names the
 * document; the product is what remains of it without the guide words, or the segment before it.
 */
import type { NhnLabels } from "./labels.js";
import { escapeRegExp } from "./labels.js";
import { slug } from "./words.js";

export interface PageTitle {
  product: string;
  id: string;
  /** "v2"; undefined when the title names no version. */
  version?: string;
}

// The version may run into a word of a language written without spaces ("API v2.0ガイド").
const VERSION = /(?:^|[\s(])v(\d+(?:\.\d+)*)(?=$|[\s)]|[^\p{ASCII}])/iu;

export function readPageTitle(title: string, labels: NhnLabels): PageTitle | undefined {
  const segments = title
    .split(/\s+>\s+|\s*›\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  // "Data & Analytics > Data Lake Storage > API Guide > Bucket > CreateBucket": the segments after the guide's own
  // segment name a section of the guide; the title is read up to the guide segment.
  const guideAt = guideSegment(segments, labels);
  if (guideAt >= 0 && guideAt < segments.length - 1) segments.splice(guideAt + 1);
  const last = segments[segments.length - 1];
  if (!last) return undefined;
  const version = VERSION.exec(last)?.[1];
  const guideWords = new RegExp(`(?:^|\\s)(?:${labels.guideWords.map(escapeRegExp).join("|")})(?=$|\\s)`, "gi");
  const bare = (segment: string) => segment.replace(VERSION, " ").replace(guideWords, " ").replace(/\s+/g, " ").trim();
  const rest = bare(last);
  // "Dev Tools > Pipeline > API Guide > API v1.1 Guide": the nearest segment before the last that is more than guide
  // words names the product.
  const named = segments
    .slice(0, -1)
    .reverse()
    .find((s) => bare(s) !== "");
  const product = rest !== "" ? rest : (named ?? segments[segments.length - 2]);
  if (!product || slug(product) === "") return undefined;
  return { product, id: slug(product), ...(version ? { version: `v${version}` } : {}) };
}

/** The index of the last segment that is guide words only ("API Guide", "API v2.0 Guide"), or -1. */
function guideSegment(segments: readonly string[], labels: NhnLabels): number {
  const guideWords = new RegExp(`(?:^|\\s)(?:${labels.guideWords.map(escapeRegExp).join("|")})(?=$|\\s)`, "gi");
  for (let k = segments.length - 1; k >= 1; k--) {
    const s = segments[k]!;
    if (new RegExp(guideWords.source, "i").test(s) && s.replace(VERSION, " ").replace(guideWords, " ").trim() === "") return k;
  }
  return -1;
}

/**
 * The API version from the paths when the title names none: the leading `/v2` segment every path that has one
 * shares (a path without one, `/domains/{domain}/qrcode` beside `/open-api/v1.0/…`, names none and is not counted).
 */
export function versionFromPaths(paths: readonly string[]): string | undefined {
  const found = new Set(paths.flatMap((p) => pathVersion(p) ?? []));
  if (found.size !== 1) return undefined;
  return [...found][0];
}

/** The version segment of one path: "/v2.0/…", or after one service segment, "/ncr/v2.0/appkeys/…" (lower-cased). */
export function pathVersion(path: string): string | undefined {
  // `/v2/…`, `/widget/v2/…`, or after a leading path parameter `/{serviceId}/openapi/v1/…`.
  return /^\/(?:[a-z][\w-]*\/|\{[^{}/]+\}\/(?:[a-z][\w-]*\/){0,2})?(v\d+(?:\.\d+)*)(?:\/|$)/i.exec(path)?.[1]?.toLowerCase();
}
