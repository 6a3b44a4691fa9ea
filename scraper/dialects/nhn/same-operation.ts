/**
 * Two API sections of one page with the same `METHOD /path` ("Modify Image" and "Change Visibility",
 * both `PATCH /v2/images/{imageId}`) are one OpenAPI operation documented for two uses. The later one
 * is merged into the first: its parameters join, its request body becomes an alternative (`anyOf`) when
 * it differs, and its description is kept under its own title. Reported as `doc-operation-documented-twice`.
 */
import type { ApiBody, ApiResponse, JsonSchema, NamedSchema } from "../../api-model.js";
import type { NhnContext } from "./context.js";
import type { ApiRead } from "./operation.js";

export function mergeSameOperation(into: ApiRead, other: ApiRead, ctx: NhnContext): void {
  const a = into.operation;
  const b = other.operation;
  ctx.sink.warn(
    "doc-operation-documented-twice",
    `"${b.summary}" documents ${b.method.toUpperCase()} ${b.path} again (first as "${a.summary}"); merged into one operation, its request body an alternative of the first`,
    b.source,
    { first: a.source, second: b.source },
  );
  const also = `Also documented as "${b.summary}"${b.description ? `: ${b.description}` : "."}`;
  a.description = a.description ? `${a.description}\n\n${also}` : also;
  for (const p of b.parameters) {
    // A path placeholder named differently in the second path is the first path's own parameter.
    if (p.in === "path" && !a.path.includes(`{${p.name}}`)) continue;
    if (!a.parameters.some((q) => q.name === p.name && q.in === p.in)) a.parameters.push(p);
  }
  const schemas = new Map([...into.schemas, ...other.schemas].map((s) => [s.name, s]));
  const body = mergeBodies(a.requestBody, b.requestBody, schemas);
  if (body) a.requestBody = body;
  for (const r of b.responses) {
    const same = a.responses.find((x) => x.status === r.status);
    if (!same) a.responses.push(r);
    else if (!sameSchema(same.schema, r.schema, schemas) && r.schema) Object.assign(same, alternatives(same, r));
  }
  into.schemas.push(...other.schemas);
}

function mergeBodies(a: ApiBody | undefined, b: ApiBody | undefined, schemas: ReadonlyMap<string, NamedSchema>): ApiBody | undefined {
  if (!a || !b) return a ?? (b ? { ...b, required: false } : undefined);
  if (sameSchema(a.schema, b.schema, schemas) || !b.schema) return a;
  return { ...a, required: a.required && b.required, schema: { anyOf: [a.schema ?? {}, b.schema] } };
}

function alternatives(a: ApiResponse, b: ApiResponse): Partial<ApiResponse> {
  return { schema: { anyOf: [a.schema ?? {}, b.schema!] } };
}

/** True when two body schemas (component references resolved) say the same. */
function sameSchema(a: JsonSchema | undefined, b: JsonSchema | undefined, schemas: ReadonlyMap<string, NamedSchema>): boolean {
  const resolve = (s: JsonSchema | undefined) => {
    const ref = typeof s?.$ref === "string" ? s.$ref.replace("#/components/schemas/", "") : undefined;
    return ref ? schemas.get(ref)?.schema : s;
  };
  return JSON.stringify(resolve(a)) === JSON.stringify(resolve(b));
}
