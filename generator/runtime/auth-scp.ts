/**
 * Samsung Cloud Platform request signing. Per attempt: `Scp-Signature` = base64(HMAC-SHA256(secretKey,
 * METHOD + url + timestamp + accessKey + accountId + clientType)), `url` being the request URL exactly as sent
 * (query string included, percent-encoded) and `timestamp` milliseconds since the epoch.
 */
import { createHmac } from "node:crypto";
import { assertSafeHeader } from "./headers.js";
import type { AuthStrategy } from "./types.js";

export interface ScpSignatureOptions {
  accessKey: string;
  secretKey: string;
  /** Sent as `Scp-AccountId` and signed; "" in the signature when absent. */
  accountId?: string;
  /** `Scp-ClientType` (default "Openapi"). */
  clientType?: string;
  /** Clock in ms since the epoch (default Date.now); tests fix it. */
  now?: () => number;
}

/** The signature for one request (exported for tests and for debugging against the vendor's examples). */
export function computeScpSignature(input: { method: string; url: string; timestamp: string; accessKey: string; secretKey: string; accountId: string; clientType: string }): string {
  const message = input.method.toUpperCase() + input.url + input.timestamp + input.accessKey + input.accountId + input.clientType;
  return createHmac("sha256", input.secretKey).update(message, "utf8").digest("base64");
}

export function scpSignature(options: ScpSignatureOptions): AuthStrategy {
  // Copied into the closure: the strategy object exposes no key, so logging or serializing it leaks nothing.
  const { accessKey, secretKey, accountId, clientType = "Openapi", now = Date.now } = options;
  if (typeof accessKey !== "string" || accessKey === "") throw new TypeError("scpSignature: accessKey is required");
  if (typeof secretKey !== "string" || secretKey === "") throw new TypeError("scpSignature: secretKey is required");
  assertSafeHeader("Scp-AccessKey", accessKey, "scpSignature");
  assertSafeHeader("Scp-ClientType", clientType, "scpSignature");
  if (accountId !== undefined) assertSafeHeader("Scp-AccountId", accountId, "scpSignature");

  return {
    name: "scp-signature",
    authorize(request) {
      const timestamp = String(Math.trunc(now()));
      const signature = computeScpSignature({
        method: request.method,
        url: request.url,
        timestamp,
        accessKey,
        secretKey,
        accountId: accountId ?? "",
        clientType,
      });
      request.headers.set("Scp-AccessKey", accessKey);
      request.headers.set("Scp-Timestamp", timestamp);
      request.headers.set("Scp-ClientType", clientType);
      if (accountId !== undefined) request.headers.set("Scp-AccountId", accountId);
      request.headers.set("Scp-Signature", signature);
      return request;
    },
  };
}
