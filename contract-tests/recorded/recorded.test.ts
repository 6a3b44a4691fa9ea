/** Recorded mode on a small HAR and a JSON pairs file written for the tests (contract-tests/fixtures/recorded). */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runContract } from "../cli/contract-command.js";
import type { Io } from "../cli/print.js";
import { SPEC_DIR } from "../harness/paths.js";
import { compileBundled } from "../test-support.js";
import { readRecordings } from "./read-recordings.js";
import { runRecorded } from "./run-recorded.js";

const DIR = fileURLToPath(new URL("../fixtures/recorded/", import.meta.url));
const backup = compileBundled("scp/backup/1.2");

describe("recorded exchanges", () => {
  const recordings = readRecordings(DIR);

  it("reads HAR entries (base64 bodies decoded, credentials redacted) and JSON pairs", () => {
    expect(recordings.problems).toEqual([]);
    expect(recordings.exchanges.map((e) => e.origin)).toEqual([...[0, 1, 2, 3, 4, 5].map((i) => `backup-1.2.har#/log/entries/${i}`), "pairs.json#0", "pairs.json#1"]);
    expect(recordings.exchanges[0]!.request.headers).toMatchObject({ "scp-accesskey": "[redacted]", "scp-signature": "[redacted]", "scp-api-version": "backup 1.2" });
    expect(recordings.exchanges[5]!.response.body).toBe('{"install_file_path": "http://linux-agent"}');
  });

  it("matches each exchange to its operation by method and path template and classifies the drift", () => {
    const run = runRecorded(backup, recordings.exchanges);
    expect(run.ignoredHosts).toEqual({ "iam.example.com": 1 });
    const summary = run.checked.map(({ exchange, result }) => [
      exchange.origin,
      result.operation?.operationId ?? null,
      result.diagnostics.map((d) => `${d.data?.kind} ${d.data?.instancePath ?? ""}`.trim()),
    ]);
    expect(summary).toEqual([
      ["backup-1.2.har#/log/entries/0", "listBackups", []],
      ["backup-1.2.har#/log/entries/1", "listBackups", ["undocumented-property /contents/0/region", "type-mismatch /contents/0/retention_period"]],
      ["backup-1.2.har#/log/entries/2", "showBackup", ["undocumented-status"]],
      ["backup-1.2.har#/log/entries/3", null, ["undocumented-operation"]],
      ["backup-1.2.har#/log/entries/5", "showBackupAgentInstallFilePath", []],
      ["pairs.json#0", "showBackupAgentInstallFilePath", []],
      ["pairs.json#1", "showBackupAgentInstallFilePath", ["missing-required-property /install_file_path"]],
    ]);
    for (const { result } of run.checked) for (const d of result.diagnostics) expect(Array.isArray(d.data?.patch), d.message).toBe(true);
  });

  it("runs from the CLI: exit 1, each failure with its drift kind, patch and recording", async () => {
    const out: string[] = [];
    const io: Io = { out: (t) => void out.push(t), err: (t) => void out.push(t), env: {} };
    const code = await runContract(["scp/backup/1.2"], { recorded: DIR, specDir: SPEC_DIR }, io);
    const text = out.join("");
    expect(code).toBe(1);
    expect(text).toContain("scp/backup/1.2 (recorded): 7 exchanges checked, 4 failures");
    expect(text).toContain("ignored (other hosts, --host to include): iam.example.com ×1");
    expect(text).toContain("drift: type mismatch");
    expect(text).toContain('suggested spec patch (scp/backup/1.2): [{"op":"test","path":"/components/schemas/BackupResponse/properties/retention_period/type","value":"string"}');
    expect(text).toContain("recorded at: backup-1.2.har#/log/entries/1");
    expect(text).not.toContain("AKIA-RECORDED");
  });
});
