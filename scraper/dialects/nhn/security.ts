/**
 * The token header every NHN call carries (`X-Auth-Token: {tokenId}`) → an apiKey security scheme,
 * instead of a header parameter on every operation.
 */
import type { SecuritySchemeInfo } from "../../api-model.js";

export function tokenScheme(header: string, description: string | undefined): SecuritySchemeInfo {
  return {
    name: header.replace(/[^A-Za-z0-9]+/g, ""),
    scheme: { type: "apiKey", in: "header", name: header, ...(description ? { description } : {}) },
  };
}
