/** Picks the base URL: `config.baseUrl`, else a spec server with its `{variables}` filled in. */
import type { ClientConfig, ServiceDescriptor } from "./types.js";

const VARIABLE = /\{([^{}]+)\}/g;
/** Characters a free-form variable value may not contain (anywhere / in the host part). */
const UNSAFE_ANYWHERE = /[\s\p{Cc}?#@\\]/u;
const UNSAFE_IN_HOST = /[/:]/;

/** The absolute http(s) base URL without trailing slash; throws a TypeError explaining what is wrong. */
export function resolveBaseUrl(descriptor: ServiceDescriptor, config: ClientConfig): string {
  const label = `${descriptor.vendor}/${descriptor.service} ${descriptor.version}`;
  if (config.baseUrl !== undefined) return checkUrl(config.baseUrl, `config.baseUrl`);

  const index = config.serverIndex ?? 0;
  const server = Number.isInteger(index) ? descriptor.servers[index] : undefined;
  if (!server) {
    throw new TypeError(
      descriptor.servers.length === 0 ? `${label}: the spec lists no servers; pass config.baseUrl` : `${label}: serverIndex ${index} is out of range (0…${descriptor.servers.length - 1})`,
    );
  }
  const declared = server.variables ?? {};
  const given = config.serverVariables ?? {};
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(declared, name)) {
      const known = Object.keys(declared);
      throw new TypeError(`${label}: unknown server variable "${name}"; ${known.length ? `known: ${known.join(", ")}` : "this server has none"}`);
    }
  }
  const hostEnd = hostPartEnd(server.url);
  const url = server.url.replace(VARIABLE, (_match, name: string, offset: number) => {
    const variable = Object.hasOwn(declared, name) ? declared[name] : undefined;
    const value = Object.hasOwn(given, name) ? given[name] : variable?.default;
    if (value === undefined) throw new TypeError(`${label}: server variable "${name}" has no value and no default`);
    if (variable?.enum && variable.enum.length > 0) {
      if (!variable.enum.includes(value)) {
        throw new TypeError(`${label}: server variable "${name}" must be one of ${variable.enum.map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(value)}`);
      }
    } else if (UNSAFE_ANYWHERE.test(value) || (offset < hostEnd && UNSAFE_IN_HOST.test(value)) || value === "") {
      throw new TypeError(`${label}: server variable "${name}" has an unsafe value ${JSON.stringify(value)}`);
    }
    return value;
  });
  return checkUrl(url, `${label}: server URL`);
}

/** Offset where the authority of a URL template ends (the first `/` after `scheme://`). */
function hostPartEnd(template: string): number {
  const start = template.indexOf("://");
  if (start < 0) return 0;
  const slash = template.indexOf("/", start + 3);
  return slash < 0 ? template.length : slash;
}

function checkUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`${what} ${JSON.stringify(url)} is not an absolute URL; pass config.baseUrl`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new TypeError(`${what} ${JSON.stringify(url)} must use http or https`);
  }
  if (parsed.search || parsed.hash || url.includes("?") || url.includes("#")) {
    throw new TypeError(`${what} ${JSON.stringify(url)} must not have a query string or fragment`);
  }
  return parsed.href.replace(/\/+$/, "");
}
