/**
 * A schema the page names but never defines is an unread piece of every operation that uses it: the
 * operations whose parameter, body or response rows name it, directly or through the models they name.
 * Its `scp-undefined-schema` error then shows in those operations' `x-unread`, not the document's.
 */
import type { ApiOperation, UnreadPiece } from "../../api-model.js";
import { markOperationUnread } from "../../unread.js";

/** Marks each undefined schema's piece on the operations that reach it; pieces no operation reaches are left to the document. */
export function markOperationsUsingUndefined(
  undefinedSchemas: ReadonlyMap<string, UnreadPiece>,
  operationRefs: ReadonlyMap<ApiOperation, readonly string[]>,
  modelRefs: ReadonlyMap<string, readonly string[]>,
): void {
  if (undefinedSchemas.size === 0) return;
  for (const [op, names] of operationRefs) {
    const reached = reachable(names, modelRefs);
    const pieces = [...undefinedSchemas].filter(([name]) => reached.has(name)).map(([, piece]) => piece);
    markOperationUnread(op, pieces);
  }
}

function reachable(start: readonly string[], modelRefs: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    todo.push(...(modelRefs.get(name) ?? []));
  }
  return seen;
}
