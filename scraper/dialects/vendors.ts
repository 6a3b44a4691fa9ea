/**
 * Vendor ids of the registered dialects, without loading the dialects (the CLI lists them in `--help`).
 * A test checks this list against the registry in `index.ts`.
 */
export const DIALECT_VENDORS: readonly string[] = ["scp", "nhn", "huawei"];
