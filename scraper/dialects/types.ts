import type { ApiService } from "../api-model.js";
import type { DiagnosticSink } from "../../core/diagnostics.js";
import type { Limits } from "../../core/limits.js";
import type { DocumentTree } from "../document/model.js";
import type { BlockSet } from "../document/block-set.js";

/** What a dialect returns for one page: the services it read and the blocks it used. */
export interface DialectResult {
  services: ApiService[];
  /** Blocks the dialect consumed; every other block is reported as unconsumed. */
  consumed: BlockSet;
}

export interface Dialect {
  /** Vendor id, also the first folder of the spec path (`spec/<vendor>/…`). */
  vendor: string;
  displayName: string;
  /** `limits` bound the dialect's own walks over page structure (dotted names, nesting). */
  read(doc: DocumentTree, sink: DiagnosticSink, limits?: Limits): DialectResult;
}
