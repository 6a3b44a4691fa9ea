/**
 * `npm run regen`: rewrites every committed output that is made from the bundled pages — spec/ (scrape),
 * generated/ (clients), generated/reports/ (diff --versions), docs/diff-rules.md and the doc-consistency
 * report (their golden tests with UPDATE_GOLDEN=1). `npm run regen -- --check` writes nothing and exits 1
 * naming every file that is stale (what CI runs).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const GOLDEN_TESTS = ["generator/rules/rules-doc.test.ts", "contract-tests/doc-consistency/doc-consistency.test.ts"];

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): number {
  process.stderr.write(`$ ${[command, ...args].join(" ")}\n`);
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** Files that differ between two trees (relative paths), `only` limiting which files of `committed` count. */
function treeDifferences(fresh: string, committed: string, only: (rel: string) => boolean = () => true): string[] {
  const a = new Set(filesUnder(fresh).map((f) => relative(fresh, f)));
  const b = new Set(
    filesUnder(committed)
      .map((f) => relative(committed, f))
      .filter(only),
  );
  const out: string[] = [];
  for (const rel of [...new Set([...a, ...b])].sort()) {
    if (!a.has(rel)) out.push(`${join(committed, rel)} (no longer produced)`);
    else if (!b.has(rel)) out.push(`${join(committed, rel)} (missing)`);
    else if (!readFileSync(join(fresh, rel)).equals(readFileSync(join(committed, rel)))) out.push(`${join(committed, rel)} (stale)`);
  }
  return out;
}

function regen(): number {
  const steps: Array<[string, string[], NodeJS.ProcessEnv?]> = [
    ["npm", ["run", "--silent", "scrape", "--", "--quiet"]],
    ["npm", ["run", "--silent", "generate", "--", "--quiet"]],
    ["npm", ["run", "--silent", "diff", "--", "--versions"]],
    ["npx", ["vitest", "run", ...GOLDEN_TESTS], { UPDATE_GOLDEN: "1" }],
  ];
  for (const [command, args, env] of steps) {
    const status = run(command, args, env);
    if (status !== 0) return status;
  }
  return 0;
}

function check(): number {
  const tmp = mkdtempSync(join(tmpdir(), "cloudspec-regen-"));
  const stale: string[] = [];
  try {
    if (run("npm", ["run", "--silent", "scrape", "--", "--quiet", "--out", join(tmp, "spec")]) !== 0) return 1;
    stale.push(...treeDifferences(join(tmp, "spec"), "spec"));
    if (run("npm", ["run", "--silent", "generate", "--", "--check", "--quiet"]) !== 0) stale.push("generated/ (see above)");
    if (run("npm", ["run", "--silent", "diff", "--", "--versions", "--reports", join(tmp, "reports")]) !== 0) return 1;
    stale.push(...treeDifferences(join(tmp, "reports"), "generated/reports"));
    if (run("npx", ["vitest", "run", ...GOLDEN_TESTS]) !== 0) stale.push(`${GOLDEN_TESTS.join(", ")} (golden tests failed, see above)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (stale.length > 0) {
    process.stderr.write(`${stale.join("\n")}\ncommitted outputs are stale: run \`npm run regen\` and commit the result\n`);
    return 1;
  }
  process.stdout.write("every committed output is up to date with the bundled pages\n");
  return 0;
}

process.exitCode = process.argv.includes("--check") ? check() : regen();
