import type { Limits } from "../../../core/limits.js";
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { Block, TableBlock } from "../../document/model.js";
import type { HuaweiLabels } from "./labels.js";
import type { BlockSet } from "../../document/block-set.js";

/** Everything one Huawei page read needs; created per page, never shared between runs. */
export interface HuaweiContext {
  page: string;
  labels: HuaweiLabels;
  sink: DiagnosticSink;
  consumed: BlockSet;
  /** Tables rebuilt from one-cell-per-paragraph text, with the paragraphs they were read from. */
  rebuilt: Map<TableBlock, Block[]>;
  /** Fields nested deeper than `schemaDepth` are not read (the walks over the field tree recurse). */
  limits: Limits;
}

/** Marks a block as read; a rebuilt table marks the paragraphs it came from. */
export function consume(ctx: HuaweiContext, block: Block): void {
  const sources = block.kind === "table" ? ctx.rebuilt.get(block) : undefined;
  if (sources) for (const b of sources) ctx.consumed.add(b);
  else ctx.consumed.add(block);
}
