/**
 * anyOf/oneOf floods → the deepest meaningful error. ajv reports a failed `anyOf` as the `anyOf` error plus
 * every branch's errors; a reader wants the branch that got furthest into the data (it is the one the data
 * was meant to be), or — when every branch failed on the value's type at the same place — the composite's
 * own error with `params.type` naming all the allowed types. Nested compositions are reduced innermost first.
 */
import type { ErrorObject } from "ajv";

const COMPOSITE = new Set(["anyOf", "oneOf"]);

export function reduceErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  let list = [...errors];
  const composites = list.filter((e) => COMPOSITE.has(e.keyword) && !(e.params as { passingSchemas?: unknown }).passingSchemas).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const composite of composites) {
    if (!list.includes(composite)) continue;
    const prefix = `${composite.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of list) {
      if (e === composite || !e.schemaPath.startsWith(prefix) || !isWithin(e.instancePath, composite.instancePath)) continue;
      const index = e.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      const group = branches.get(index) ?? [];
      group.push(e);
      branches.set(index, group);
    }
    if (branches.size === 0) continue;
    const replacement = chooseBranch(composite, [...branches.values()]);
    const drop = new Set<ErrorObject>([composite, ...[...branches.values()].flat()]);
    const at = list.indexOf(composite);
    list = [...list.slice(0, at).filter((e) => !drop.has(e)), ...replacement, ...list.slice(at + 1).filter((e) => !drop.has(e))];
  }
  return list;
}

function chooseBranch(composite: ErrorObject, branches: ErrorObject[][]): ErrorObject[] {
  const depthOf = (group: ErrorObject[]): number => Math.max(...group.map((e) => depth(e.instancePath)));
  const allTypeHere = branches.every((g) => g.length === 1 && g[0]!.keyword === "type" && g[0]!.instancePath === composite.instancePath);
  if (allTypeHere) {
    const types = branches.flatMap((g) => [(g[0]!.params as { type: string | string[] }).type].flat());
    return [{ ...composite, params: { type: [...new Set(types)] }, message: `must be ${[...new Set(types)].join(" or ")}` }];
  }
  let best = branches[0]!;
  for (const g of branches.slice(1)) {
    const d = depthOf(g) - depthOf(best);
    if (d > 0 || (d === 0 && g.length < best.length)) best = g;
  }
  return best;
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function depth(instancePath: string): number {
  return instancePath === "" ? 0 : instancePath.split("/").length - 1;
}
