/** The `contract` and `mock` commands: modes, exit codes, coverage summary, and the real CLI entry point. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, SPEC_DIR } from "../harness/paths.js";
import { clientHeaders, compileBundled } from "../test-support.js";
import { runContract } from "./contract-command.js";
import { runMock } from "./mock-command.js";
import type { Io } from "./print.js";

const tmp = mkdtempSync(join(tmpdir(), "contract-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function capture(): { io: Io; text: () => string } {
  const out: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void out.push(t), env: {} }, text: () => out.join("") };
}

describe("contract command", () => {
  it("mock mode: every operation and status through the generated client; known doc bugs do not fail", async () => {
    const run = capture();
    expect(await runContract(["scp/backup/1.2", "scp/virtualserver/1.3"], { specDir: SPEC_DIR }, run.io)).toBe(0);
    expect(run.text()).toContain("scp/backup/1.2 (mock): 127 calls, 0 failures, 21 known documentation bugs; operations 31/31, status codes 127/127");
    expect(run.text()).toContain("scp/virtualserver/1.3 (mock): 7 calls, 0 failures, 0 known documentation bugs");
  });

  it("--spec-dir X refuses clients generated from other specs, and applies only the allowlist entries of X's pages", async () => {
    const specs = join(tmp, "other-spec");
    const text = readFileSync(join(SPEC_DIR, "scp/backup/1.2.yaml"), "utf8");
    mkdirSync(join(specs, "scp/backup"), { recursive: true });
    writeFileSync(join(specs, "scp/backup/1.2.yaml"), `${text}# edited\n`);
    const stale = capture();
    expect(await runContract(["scp/backup/1.2"], { specDir: specs }, stale.io)).toBe(2);
    expect(stale.text()).toMatch(/generated\/scp\/backup\/1\.2\/client\.ts was not generated from .*other-spec\/scp\/backup\/1\.2\.yaml.*cloudspec generate --spec/);
    // The same spec read from another page: none of the bundled page's known bugs apply to it.
    writeFileSync(join(specs, "scp/backup/1.2.yaml"), text.replaceAll("scraper/pages/scp-storage-print.txt", "my-pages/storage.txt"));
    const docs = capture();
    expect(await runContract(["scp/backup/1.2"], { specDir: specs, docConsistency: true, quiet: true }, docs.io)).toBe(1);
    expect(docs.text()).not.toMatch(/\b[1-9]\d* known documentation bugs/);
  });

  it("exits 2 on bad usage", async () => {
    const unknown = capture();
    expect(await runContract(["nope/x/1"], { specDir: SPEC_DIR }, unknown.io)).toBe(2);
    expect(unknown.text()).toContain('no spec matches "nope/x/1"');
    const modes = capture();
    expect(await runContract([], { live: true, recorded: tmp, specDir: SPEC_DIR }, modes.io)).toBe(2);
  });

  it("prints the coverage the sharded suites wrote", async () => {
    const row = (spec: string, exercised: number) => ({ spec, operations: { documented: 2, exercised: 2 }, statuses: { documented: 4, exercised }, missing: exercised < 4 ? ["getX 404"] : [] });
    writeFileSync(join(tmp, "a.json"), JSON.stringify(row("scp/a/1.0", 4)));
    writeFileSync(join(tmp, "b.json"), JSON.stringify(row("scp/b/1.0", 3)));
    const run = capture();
    expect(await runContract([], { coverageSummary: tmp }, run.io)).toBe(0);
    expect(run.text()).toContain("| scp/b/1.0 | 2/2 (100.0%) | 3/4 (75.0%) |");
    expect(run.text()).toContain("| **total** | 4/4 (100.0%) | 7/8 (87.5%) |");
    expect(run.text()).toContain("scp/b/1.0 not exercised: getX 404");
  });
});

describe("mock command", () => {
  const auth = clientHeaders(compileBundled("scp/backup/1.2"));
  async function serve(extra: { lenient?: boolean }): Promise<{ url: string; stop: () => void; exit: Promise<number>; text: () => string }> {
    const run = capture();
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const exit = runMock("scp/backup/1.2", { port: "0", host: "127.0.0.1", specDir: SPEC_DIR, until, ...extra }, run.io);
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.text())?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 20));
    }
    expect(url).toBeDefined();
    return { url: url!, stop, exit, text: run.text };
  }

  it("serves until told to stop, refusing a request without the documented credentials", async () => {
    const mock = await serve({});
    expect((await fetch(`${mock.url}/v1/backups`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${mock.url}/v1/backups`)).status).toBe(401);
    mock.stop();
    expect(await mock.exit).toBe(0);
    expect(mock.text()).toContain("requests checked like Prism");
    expect(mock.text()).toContain("GET /v1/backups → 200");
    expect(mock.text()).toContain("GET /v1/backups → 401 unauthorized\n");
  });

  it("--lenient answers without checking", async () => {
    const mock = await serve({ lenient: true });
    expect((await fetch(`${mock.url}/v1/backups?size=notanumber`)).status).toBe(200);
    mock.stop();
    expect(await mock.exit).toBe(0);
    expect(mock.text()).toContain("lenient: requests are not checked");
  });

  it("refuses a bad seed", async () => {
    expect(await runMock("scp/backup/1.2", { port: "0", host: "127.0.0.1", specDir: SPEC_DIR, seed: "x" }, capture().io)).toBe(2);
  });

  it("refuses a bad port", async () => {
    expect(await runMock("scp/backup/1.2", { port: "99999", host: "127.0.0.1", specDir: SPEC_DIR }, capture().io)).toBe(2);
  });
});

describe("cloudspec CLI", () => {
  it("registers contract and mock, and writes --json", () => {
    const json = join(tmp, "out.json");
    const help = execFileSync(process.execPath, ["--conditions=cloudspec-source", "--import", "tsx", "cli/main.ts", "--help"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(help).toMatch(/contract \[options\] \[specs\.\.\.\]/);
    expect(help).toMatch(/mock \[options\] <spec>/);
    execFileSync(process.execPath, ["--conditions=cloudspec-source", "--import", "tsx", "cli/main.ts", "contract", "--quiet", "--json", json, "scp/virtualserver/1.0"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    const written = JSON.parse(readFileSync(json, "utf8")) as { results: Array<{ spec: string; mode: string; coverage: { statuses: { exercised: number } } }> };
    expect(written.results).toMatchObject([{ spec: "scp/virtualserver/1.0", mode: "mock", coverage: { statuses: { exercised: 7 } } }]);
  });
});
