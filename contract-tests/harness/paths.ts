/** Repository locations the tests and the bench use (resolved from this file, not the working directory). */
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SPEC_DIR = `${REPO_ROOT}spec`;
export const GENERATED_DIR = `${REPO_ROOT}generated`;
export const ALLOWLIST_PATH = `${REPO_ROOT}contract-tests/doc-consistency/allowlist.json`;
export const REPORT_DIR = `${REPO_ROOT}contract-tests/reports`;
/** A base URL no test request can leave the machine through, even if a mock failed to intercept it. */
export const LOOPBACK_BASE_URL = "http://127.0.0.1:1";
