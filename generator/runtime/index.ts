/** The runtime generated clients import (see types.ts for the contract). */
export { createApiClient } from "./client.js";
export { computeScpSignature, scpSignature, type ScpSignatureOptions } from "./auth-scp.js";
export { authToken, type TokenProvider } from "./auth-token.js";
export { ApiError, NetworkError, TimeoutError, type RuntimeErrorKind } from "./errors.js";
export type * from "./types.js";
