/**
 * A guide published as one file per section (Gamebase's server API: `source: api-guide.md`, `section:
 * "Coupon"` in the front matter, then `## Coupon` and its APIs, no `Category > Product > API Guide` title).
 * The page names its product only when the front matter has a product key; otherwise the service is named
 * after the guide file it was split from (`api-guide`), so the sections of one guide merge into one service,
 * and that is reported. The API version comes from the paths, as for any title without one.
 */
import type { DocumentTree, Position } from "../../document/model.js";
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { NhnLabels } from "./labels.js";
import type { PageTitle } from "./page-title.js";
import { slug } from "./words.js";

export interface SplitSection {
  /** The guide file the section was split from, as the front matter gives it (`api-guide.md`). */
  source: string;
  section?: string;
  product?: string;
  pos: Position;
}

/** The page's split-section front matter; undefined for a page without one (or front matter naming no source guide). */
export function splitSectionOf(doc: DocumentTree, labels: NhnLabels): SplitSection | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  const field = (keys: readonly string[]) => keys.map((k) => fm.fields[k]?.trim()).find((v) => v !== undefined && v !== "");
  const source = field(labels.frontMatter.source);
  if (!source) return undefined;
  const section = field(labels.frontMatter.section);
  const product = field(labels.frontMatter.product);
  return { source, ...(section ? { section } : {}), ...(product ? { product } : {}), pos: fm.pos };
}

/** The service a split section belongs to: the front matter's product, else the source guide's file name. */
export function splitSectionTitle(split: SplitSection, sink: DiagnosticSink): PageTitle | undefined {
  if (split.product) return slug(split.product) === "" ? undefined : { product: split.product, id: slug(split.product) };
  const stem = split.source.replace(/^.*[\\/]/, "").replace(/\.(?:md|markdown|html?)$/i, "");
  const id = slug(stem);
  if (id === "") return undefined;
  sink.warn(
    "nhn-split-section-without-product",
    `${split.section ? `section ${JSON.stringify(split.section)}` : "this page"} is split from ${JSON.stringify(split.source)} and names no product; its service is named ${JSON.stringify(id)} after that guide (every section split from it joins that service)`,
    split.pos,
    { source: split.source, ...(split.section ? { section: split.section } : {}), service: id },
  );
  return { product: stem, id };
}
