/**
 * cloudspec as a user outside this repository gets it, with no network: the project packed and
 * installed into an empty folder, its binary run with plain node (help, scrape, generate --package,
 * mock), and the client package it writes packed, installed into another empty project with the
 * runtime, compiled there under strict and called against the installed mock.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installOffline, npmPack } from "./testing/offline-install.js";

const REPO = resolve(".");
const LOCK = join(REPO, "package-lock.json");
const TSC = join(REPO, "node_modules/typescript/bin/tsc");
let work = "";
let tool = "";
const tarballs: Record<string, string> = {};

const cloudspec = (...args: string[]) => spawnSync(process.execPath, [join(tool, "node_modules/cloudspec/dist/cli/main.js"), ...args], { cwd: tool, encoding: "utf8" });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "cloudspec-install-"));
  tarballs.cli = npmPack(REPO, work);
  tarballs.runtime = npmPack(REPO, work, "-w", "generator/runtime");
  tool = join(work, "tool");
  mkdirSync(tool);
  installOffline(tool, [tarballs.cli], LOCK);
}, 240_000);
afterAll(() => rm(work, { recursive: true, force: true }), 120_000);

describe("the packed cloudspec, installed in an empty folder (offline)", () => {
  it("ships compiled JavaScript, the bundled pages and the runtime's declarations, and no TypeScript sources or tests", () => {
    const list = spawnSync("tar", ["-tzf", tarballs.cli!], { encoding: "utf8" }).stdout.split("\n");
    expect(list).toContain("package/dist/cli/main.js");
    expect(list).toContain("package/scraper/pages/sources.json");
    expect(list).toContain("package/generator/runtime/dist/index.d.ts");
    expect(list.filter((f) => /\.test\.(ts|js)$/.test(f) || (/\.ts$/.test(f) && !f.endsWith(".d.ts")))).toEqual([]);
  });

  it("cloudspec --help and --version run with plain node", () => {
    const help = cloudspec("--help");
    expect(help.status, help.stderr).toBe(0);
    for (const command of ["scrape", "generate", "diff", "mock", "init"]) expect(help.stdout).toContain(command);
    expect(cloudspec("--version").stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(existsSync(join(tool, "node_modules/.bin/cloudspec"))).toBe(true);
  });

  it("scrape reads the bundled pages from the install; generate writes a client tree with no path out of it", () => {
    const scrape = cloudspec("scrape", "--quiet");
    expect(scrape.status, scrape.stderr).toBe(0);
    expect(existsSync(join(tool, "spec/scp/backup/1.2.yaml"))).toBe(true);
    const generate = cloudspec("generate", "--spec", "spec/nhn", "--out", "src/clients", "--quiet");
    expect(generate.status, generate.stderr).toBe(0);
    const client = readFileSync(join(tool, "src/clients/nhn/block-storage/v2/client.ts"), "utf8");
    expect(client).toContain('from "@cloudspec/runtime"');
    expect(client).not.toMatch(/from "\.\.\/\.\.\/\.\./);
    // The clients cannot resolve the runtime in this folder yet: generate says so and how to install the shipped one.
    expect(generate.stderr).toContain("note: the clients in src/clients import @cloudspec/runtime, which is not installed where they are.");
    const packLine = /^\s+npm pack (\S+) --ignore-scripts/m.exec(generate.stderr);
    expect(packLine, generate.stderr).not.toBeNull();
    // Followed as printed (from the tool folder); the package test below installs this tarball.
    tarballs.shippedRuntime = npmPack(tool, work, packLine![1]!, "--ignore-scripts");
    expect(tarballs.shippedRuntime).toMatch(/cloudspec-runtime-\d+\.\d+\.\d+\.tgz$/);
  });

  it("scrape checks a page's patterns on the recheck thread it starts: a hostile pattern is kept out of the spec, with a warning", () => {
    const installed = join(tool, "node_modules/cloudspec");
    expect(existsSync(join(installed, "dist/cli/recheck-worker.js"))).toBe(true);
    const page = readFileSync(join(installed, "scraper/pages/scp-storage-print.txt"), "utf8").replace("Pattern : ^(FILE|FOLDER)$", "Pattern : ^(a+)+$");
    writeFileSync(join(tool, "hostile.txt"), page);
    const scrape = cloudspec("scrape", "--vendor", "scp", "--input", "hostile.txt", "--out", "hostile-out");
    expect(scrape.status, scrape.stderr).toBe(0);
    expect(scrape.stdout + scrape.stderr).toMatch(/hostile\.txt:\d+: warning unsafe-pattern: pattern "\^\(a\+\)\+\$"/);
    expect(readFileSync(join(tool, "hostile-out/scp/archivestorage/1.0.yaml"), "utf8")).toContain("x-unsafe-pattern: ^(a+)+$");
  });

  it("generate --package writes a client package that installs elsewhere, type-checks under strict and calls the mock", async () => {
    const gen = cloudspec("generate", "--spec", "spec/scp/backup", "--out", "packages/scp-backup", "--package", "@acme/scp-backup", "--quiet");
    expect(gen.status, gen.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(join(tool, "packages/scp-backup/package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "@acme/scp-backup", version: "1.2.0", type: "module", sideEffects: false, dependencies: { "@cloudspec/runtime": "^0.1.0" } });
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining([".", "./1.2", "./1.1", "./1.0", "./1.2/schema"]));
    expect(readFileSync(join(tool, "packages/scp-backup/README.md"), "utf8")).toContain("`listBackups`");
    const clientTarball = npmPack(join(tool, "packages/scp-backup"), work);

    const app = join(work, "app");
    mkdirSync(join(app, "src"), { recursive: true });
    // The runtime as the note after generate says to pack it from the installed cloudspec.
    installOffline(app, [tarballs.shippedRuntime ?? tarballs.runtime!, clientTarball], LOCK);

    const mock = spawn(process.execPath, [join(tool, "node_modules/cloudspec/dist/cli/main.js"), "mock", "scp/backup/1.2", "--port", "0", "--quiet", "--no-parent-watch"], {
      cwd: tool,
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let text = "";
        mock.stdout.on("data", (d: Buffer) => {
          text += d.toString();
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
          if (m) ok(m[1]!);
        });
        mock.on("exit", (code) => fail(new Error(`mock exited ${code}`)));
      });
      writeFileSync(
        join(app, "src/main.ts"),
        [
          'import { createBackupClient } from "@acme/scp-backup";',
          'import { BackupV1_2Client } from "@acme/scp-backup/1.2";',
          'import type { paths } from "@acme/scp-backup/1.2/schema";',
          'import { ApiError, scpSignature } from "@cloudspec/runtime";',
          'const path: keyof paths = "/v1/backups";',
          `const backup = createBackupClient({ version: "1.2", baseUrl: ${JSON.stringify(url)}, auth: scpSignature({ accessKey: "AK", secretKey: "SK" }) });`,
          "const { count } = await backup.listBackups({ query: { size: 2 } });",
          "let status = 0;",
          'try { await backup.showBackup({ path: { backup_id: "b-1" }, headers: { Prefer: "code=404" } }); } catch (e) { if (e instanceof ApiError) status = e.status; }',
          "console.log(JSON.stringify({ isClass: backup instanceof BackupV1_2Client, path, count: typeof count, status }));",
          "",
        ].join("\n"),
      );
      writeFileSync(
        join(app, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noUncheckedIndexedAccess: true, outDir: "out", types: [] },
          include: ["src"],
        }),
      );
      const tsc = spawnSync(process.execPath, [TSC, "-p", app], { encoding: "utf8" });
      expect(tsc.status, tsc.stdout).toBe(0);
      const run = spawnSync(process.execPath, [join(app, "out/main.js")], { cwd: app, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ isClass: true, path: "/v1/backups", count: "number", status: 404 });
    } finally {
      mock.kill("SIGTERM");
    }
  }, 240_000); // two offline installs, a strict compile and a mock: about 40 s on a quiet machine, more under load
});
