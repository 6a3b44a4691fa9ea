/** Reports built from fixtures, for the formatter tests. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSpec } from "../diff/load.js";
import type { SpecDoc } from "../diff/types.js";
import { buildVersionReport } from "./build-report.js";
import type { DiffReport } from "./model.js";

const HERE = dirname(fileURLToPath(import.meta.url));

export function fixtureSpec(name: string, path: string): SpecDoc {
  return { path, label: `fixtures/${name}`, document: parseSpec(readFileSync(join(HERE, "fixtures", name), "utf8"), name) };
}

/** `hostile` 1.0 → 2.0: markup planted in summaries, descriptions, a path, an enum value and a property name. */
export function hostileReport(asOf = "2099-01-01"): DiffReport {
  const specs = [fixtureSpec("hostile_base.yaml", "test/hostile/1.0.yaml"), fixtureSpec("hostile_revision.yaml", "test/hostile/2.0.yaml")];
  return buildVersionReport(specs, { asOf, config: { severity: {}, suppress: [] }, baseLabel: "fixtures <i>hostile</i>", revisionLabel: "fixtures" });
}
