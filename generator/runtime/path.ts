/**
 * Path-parameter serializer for openapi-fetch. Its default leaves a missing parameter's `{name}` in the URL and
 * lets `.`/`..` through (encodeURIComponent keeps dots, and URL parsing resolves `..` and `%2e%2e`), so this one
 * percent-encodes every value with encodeURIComponent, requires every parameter, and refuses dot segments.
 */
import { serializeArrayParam, type PathSerializer } from "openapi-fetch";

const PATH_PARAM = /\{([^{}]+)\}/g;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Serializer for URLs that start with `baseUrl` (openapi-fetch passes `baseUrl + schemaPath`). */
export function createPathSerializer(baseUrl: string): PathSerializer {
  return (url, params) => {
    const prefix = url.startsWith(baseUrl) ? baseUrl : "";
    const path = url.slice(prefix.length).replace(PATH_PARAM, (_match, name: string) => encodePathValue(name, params[name]));
    for (const segment of path.split("/")) {
      if (DOT_SEGMENT.test(segment)) throw new TypeError(`path ${JSON.stringify(path)}: "." and ".." are not allowed as path segments`);
    }
    return prefix + path;
  };
}

/** One parameter in OpenAPI `simple` style: primitives encoded, arrays `a,b` with each item encoded. */
export function encodePathValue(name: string, value: unknown): string {
  if (value === undefined || value === null) throw new TypeError(`missing path parameter "${name}"`);
  let encoded: string;
  try {
    if (Array.isArray(value)) {
      value.forEach((item) => primitive(name, item));
      encoded = serializeArrayParam(name, value, { style: "simple", explode: false });
    } else {
      encoded = encodeURIComponent(primitive(name, value));
    }
  } catch (error) {
    if (error instanceof URIError) throw new TypeError(`path parameter "${name}" is not well-formed Unicode`);
    throw error;
  }
  if (encoded === "") throw new TypeError(`path parameter "${name}" must not be empty`);
  return encoded;
}

function primitive(name: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  throw new TypeError(`path parameter "${name}" must be a string, number, boolean or an array of them`);
}
