import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SpecSummary } from "../spec-summary.js";
import { isSemver, packageNameProblem, versionFromApiVersion } from "./package-name.js";
import { packageExports, planClientPackage, RUNTIME_VERSION } from "./plan.js";

const spec = (service: string, version: string, extra: Partial<SpecSummary> = {}): SpecSummary => ({
  vendor: "scp",
  service,
  version,
  title: `${service} API`,
  servers: [],
  operations: [{ method: "get", path: "/v1/items", operationId: "listItems", summary: "List items", deprecated: false, requiresInput: false, successStatuses: ["200"], errorStatuses: [] }],
  ...extra,
});

describe("client package plan", () => {
  it("depends on the runtime at the version generator/runtime/package.json has", () => {
    expect(JSON.parse(readFileSync("generator/runtime/package.json", "utf8")).version).toBe(RUNTIME_VERSION);
  });

  it("one service: '.', './<version>' and './<version>/schema'; several: one subpath per service", () => {
    expect(packageExports([spec("backup", "1.0"), spec("backup", "1.2")]).map((e) => e.key)).toEqual([".", "./1.2", "./1.2/schema", "./1.0", "./1.0/schema"]);
    expect(packageExports([spec("backup", "1.0"), spec("filestorage", "1.1")]).map((e) => e.key)).toEqual([
      "./backup",
      "./backup/1.0",
      "./backup/1.0/schema",
      "./filestorage",
      "./filestorage/1.1",
      "./filestorage/1.1/schema",
    ]);
  });

  it("package.json points exports and types at dist/, with the runtime as the only dependency", () => {
    const files = planClientPackage({ name: "@acme/scp-backup", version: "1.2.0", specs: [spec("backup", "1.2")] });
    const pkg = JSON.parse(files.find((f) => f.path === "package.json")!.content);
    expect(pkg.exports["."]).toEqual({ types: "./dist/scp/backup/index.d.ts", default: "./dist/scp/backup/index.js" });
    expect(pkg.types).toBe("./dist/scp/backup/index.d.ts");
    expect(pkg.dependencies).toEqual({ "@cloudspec/runtime": `^${RUNTIME_VERSION}` });
  });

  it("the README cannot be broken out of by page text (code spans and links stay closed)", () => {
    const hostile = spec("backup", "1.2", {
      operations: [
        {
          method: "get",
          path: "/v1/`x`\n# injected",
          operationId: "listItems",
          summary: "<script>alert(1)</script>",
          deprecated: false,
          requiresInput: false,
          successStatuses: [],
          errorStatuses: [],
          source: { page: "p", line: 1, url: "https://e.example/a b)<x>" },
        },
      ],
    });
    const readme = planClientPackage({ name: "x", version: "1.0.0", specs: [hostile] }).find((f) => f.path === "README.md")!.content;
    expect(readme).not.toContain("\n# injected");
    expect(readme).not.toContain("<script>");
    expect(readme).toContain("(<https://e.example/a%20b)%3Cx%3E>)");
  });

  it("names and versions", () => {
    expect(packageNameProblem("@acme/scp-backup")).toBeUndefined();
    expect(packageNameProblem("Acme")).toMatch(/capital/);
    expect(packageNameProblem("../x")).toBeDefined();
    expect(packageNameProblem("@a/b/c")).toBeDefined();
    expect(versionFromApiVersion("1.2")).toBe("1.2.0");
    expect(versionFromApiVersion("v2")).toBe("2.0.0");
    expect(versionFromApiVersion("2024-01")).toBeUndefined();
    expect(isSemver("1.2.0-docs.20261206")).toBe(true);
    expect(isSemver("1.2")).toBe(false);
  });
});
