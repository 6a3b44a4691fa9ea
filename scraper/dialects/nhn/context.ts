import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { Limits } from "../../../core/limits.js";
import type { Block, Position } from "../../document/model.js";
import type { FieldRow } from "./field-table.js";
import type { NhnLabels } from "./labels.js";
import type { StatusTable } from "./status-tables.js";
import type { BlockSet } from "../../document/block-set.js";
import type { CommonParameter } from "./common-parameters.js";

/** Everything one NHN page read needs; created per page, never shared between runs. */
export interface NhnContext {
  page: string;
  labels: NhnLabels;
  sink: DiagnosticSink;
  /** Front-end blocks the dialect used. */
  consumed: BlockSet;
  /** Tables rebuilt from a text capture → the paragraphs they were read from. */
  origins: Map<Block, Block[]>;
  statusTables: StatusTable[];
  /** The page's common response fields (a field table under "API 응답 공통 정보" / "Common Response"), once read. */
  commonResponse?: { rows: FieldRow[]; pos: Position };
  /** Parameter tables outside any API (`Pathパラメータ情報`, `#### HTTP Header`): sent by every API that uses them. */
  commonParameters: CommonParameter[];
  /** "모든 API 요청에 '200 OK'로 응답합니다" (every API answers 200 OK), outside the APIs: the status of responses that name none. */
  pageStatus?: { code: string; pos: Position };
  /** A dotted name nesting deeper than `schemaDepth` is not read (the walks over the field tree recurse). */
  limits: Limits;
}

/** Marks a block used; a rebuilt table marks the captured lines it came from. */
export function consume(ctx: NhnContext, block: Block): void {
  const from = ctx.origins.get(block);
  if (from) for (const b of from) ctx.consumed.add(b);
  else ctx.consumed.add(block);
}

/** The text of a paragraph or heading; undefined for other blocks. */
export function lineText(block: Block): string | undefined {
  return block.kind === "paragraph" ? block.text : block.kind === "heading" ? block.title : undefined;
}
