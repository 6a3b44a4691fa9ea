/**
 * How operations are matched between two documents: method + path template with the parameter names
 * blanked (`GET /v1/volumes/{volume_id}` and `GET /v1/volumes/{id}` are the same operation).
 */
export { HTTP_METHODS } from "../../core/http-methods.js";

export function normalisePath(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${normalisePath(path)}`;
}

/** Names of the path template's parameters, in order: `/a/{x}/b/{y}` → `["x", "y"]`. */
export function templateParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
}
