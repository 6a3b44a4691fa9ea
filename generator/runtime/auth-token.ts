/** NHN Cloud / Huawei Cloud (OpenStack Keystone) token auth: `X-Auth-Token` on every attempt. */
import { assertSafeHeader } from "./headers.js";
import type { AuthStrategy } from "./types.js";

export type TokenProvider = () => string | Promise<string>;

/** A fixed token, or a provider called before every attempt (let it cache and refresh). */
export function authToken(tokenOrProvider: string | TokenProvider): AuthStrategy {
  const provide: TokenProvider = typeof tokenOrProvider === "function" ? tokenOrProvider : () => tokenOrProvider;
  if (typeof tokenOrProvider !== "function") check(tokenOrProvider);
  return {
    name: "auth-token",
    async authorize(request) {
      const token = await provide();
      check(token);
      request.headers.set("X-Auth-Token", token);
      return request;
    },
  };
}

function check(token: unknown): asserts token is string {
  if (typeof token !== "string" || token === "") throw new TypeError("authToken: the token must be a non-empty string");
  assertSafeHeader("X-Auth-Token", token, "authToken");
}
