import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runtimeInstallHint, runtimeResolvesFrom } from "./runtime-hint.js";

const RUNTIME = resolve("generator/runtime");
let dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), "cloudspec-hint-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe("the runtime note after generate", () => {
  it("says nothing where the runtime resolves (this checkout's workspace link)", () => {
    expect(runtimeResolvesFrom("generated")).toBe(true);
    expect(runtimeInstallHint("generated", RUNTIME)).toBeUndefined();
  });

  it("names the output folder and the commands that install the shipped runtime where it does not", () => {
    const project = temp();
    // The runtime as an installed cloudspec ships it: package.json and the built dist/.
    const shipped = join(project, "node_modules", "cloudspec", "generator", "runtime");
    mkdirSync(join(shipped, "dist"), { recursive: true });
    writeFileSync(join(shipped, "package.json"), JSON.stringify({ name: "@cloudspec/runtime" }));
    writeFileSync(join(shipped, "dist", "index.js"), "");
    const hint = runtimeInstallHint(join(project, "src", "clients"), shipped, project)!;
    expect(hint).toContain("note: the clients in src/clients import @cloudspec/runtime, which is not installed where they are.");
    expect(hint).toContain("npm pack node_modules/cloudspec/generator/runtime --ignore-scripts");
    expect(hint).toContain("npm install ./cloudspec-runtime-<version>.tgz");
    expect(hint).toContain("--package <name>");
  });

  it("falls back to the checkout's pack command when the runtime folder has no build", () => {
    const project = temp();
    const hint = runtimeInstallHint(join(project, "out"), join(project, "no-runtime"), project)!;
    expect(hint).toContain("npm pack -w generator/runtime");
  });

  it("is satisfied once the runtime is installed under its name in the project", () => {
    const project = temp();
    mkdirSync(join(project, "node_modules", "@cloudspec"), { recursive: true });
    symlinkSync(RUNTIME, join(project, "node_modules", "@cloudspec", "runtime"), "dir");
    writeFileSync(join(project, "package.json"), "{}");
    expect(runtimeInstallHint(join(project, "src", "clients"), RUNTIME, project)).toBeUndefined();
  });
});
