/**
 * Drift triage: each kind of failure gets a JSON Patch that, applied to the spec, makes the observed
 * response validate — so a maintainer can accept the API's behaviour in one step, or fix the API instead.
 */
import { describe, expect, it } from "vitest";
import { specFromText } from "../spec/load.js";
import { applyPatch, compileBundled, jsonExchange } from "../test-support.js";
import { compileSpec } from "../validate/compile.js";
import { checkExchange } from "../validate/check-exchange.js";
import type { Exchange } from "../validate/exchange.js";
import { classifyKeyword, DRIFT_CATALOGUE, DRIFT_KINDS } from "./catalogue.js";
import type { PatchOperation } from "./suggest-patch.js";

const backup = compileBundled("scp/backup/1.2");
const base = "https://backup.kr-west1.e.samsungsdscloud.com";
const item = {
  created_at: "2024-05-17T00:23:17Z",
  created_by: "u",
  id: "b-1",
  modified_at: "2024-05-17T00:23:17Z",
  modified_by: "u",
  name: "n",
  policy_type: "VM_IMAGE",
  retention_period: "WEEK_2",
  role_type: "ORIGINAL",
  server_name: "s",
  state: "AVAILABLE",
};

const cases: Array<[string, Exchange]> = [
  ["undocumented-property", jsonExchange("GET", `${base}/v1/backups`, 200, { contents: [{ ...item, zone: "a" }], count: 1 })],
  ["missing-required-property", jsonExchange("GET", `${base}/v1/backups`, 200, { count: 1 })],
  ["type-mismatch", jsonExchange("GET", `${base}/v1/backups`, 200, { contents: [{ ...item, name: 7 }], count: 1 })],
  ["format-mismatch", jsonExchange("GET", `${base}/v1/backups`, 200, { contents: [{ ...item, created_at: "2024-05-17 00:23" }], count: 1 })],
  ["undocumented-status", jsonExchange("GET", `${base}/v1/backups`, 429, { message: "slow down" })],
  ["undocumented-operation", jsonExchange("GET", `${base}/v1/backups/b-1/labels`, 200, { labels: [] })],
  [
    "undocumented-content-type",
    { request: { method: "GET", url: `${base}/v1/backups` }, response: { status: 200, headers: { "content-type": "application/vnd.scp+json" }, body: JSON.stringify({ contents: [item] }) } },
  ],
];

describe("suggested spec patches", () => {
  it.each(cases)("%s: the patch makes the exchange validate", (kind, exchange) => {
    const before = checkExchange(backup, exchange);
    expect(before.diagnostics.map((d) => d.data?.kind)).toEqual([kind]);
    const patch = before.diagnostics[0]!.data!.patch as PatchOperation[];
    expect(patch.length).toBeGreaterThan(0);
    const patched = compileSpec(specFromText(backup.spec.id, backup.spec.path, JSON.stringify(applyPatch(backup.spec.document, patch))));
    const after = checkExchange(patched, exchange);
    expect(after.diagnostics).toEqual([]);
  });

  it("guards removals with a test operation", () => {
    const d = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups`, 200, { count: 1 })).diagnostics[0]!;
    expect(d.data?.patch).toEqual([
      { op: "test", path: "/components/schemas/BackupListResponse/required/0", value: "contents" },
      { op: "remove", path: "/components/schemas/BackupListResponse/required/0" },
    ]);
  });
});

describe("drift catalogue", () => {
  it("has a title, severity and advice for every kind", () => {
    for (const kind of DRIFT_KINDS) expect(DRIFT_CATALOGUE[kind].title && DRIFT_CATALOGUE[kind].advice, kind).toBeTruthy();
  });
  it.each([
    ["additionalProperties", "undocumented-property"],
    ["required", "missing-required-property"],
    ["type", "type-mismatch"],
    ["anyOf", "type-mismatch"],
    ["format", "format-mismatch"],
    ["enum", "enum-mismatch"],
    ["pattern", "constraint-violation"],
    ["maxLength", "constraint-violation"],
  ])("%s → %s", (keyword, kind) => expect(classifyKeyword(keyword)).toBe(kind));
});
