/**
 * SCP signs every call with headers (Scp-AccessKey, Scp-Signature, Scp-Timestamp, Scp-ClientType):
 * security schemes that apply together, instead of header parameters on every operation.
 */
import type { SecuritySchemeInfo } from "../../api-model.js";

const HEADERS: Array<[string, string, string]> = [
  ["ScpAccessKey", "Scp-AccessKey", "Access key of the calling account."],
  ["ScpSignature", "Scp-Signature", "Base64 HMAC-SHA256 over method, full URL, timestamp, access key and client type, keyed by the secret key."],
  ["ScpTimestamp", "Scp-Timestamp", "Request time in milliseconds since the epoch; part of the signature."],
  ["ScpClientType", "Scp-ClientType", "Client type, `Openapi` for API calls; part of the signature."],
];

export function scpSecurity(): { schemes: SecuritySchemeInfo[]; requirement: string[][] } {
  return {
    schemes: HEADERS.map(([name, header, description]) => ({ name, scheme: { type: "apiKey", in: "header", name: header, description } })),
    requirement: [HEADERS.map(([name]) => name)],
  };
}
