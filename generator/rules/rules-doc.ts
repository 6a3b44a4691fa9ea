/**
 * `docs/diff-rules.md`: every rule of the registry with its level, comparisons, mirror, client impact and
 * message template, then the oasdiff checks mapped to them — rendered from the registry, so the committed list
 * cannot drift (rules-doc.test.ts).
 */
import { MESSAGES } from "./messages.js";
import { renderOasdiffSection } from "./oasdiff-coverage.js";
import { DIRECTION_WAIVERS, RULES } from "./registry.js";
import type { Rule } from "./types.js";

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const lines = [
    "# Diff rules",
    "",
    "Generated from `generator/rules/registry.ts` (regenerate with `UPDATE_GOLDEN=1 npx vitest run generator/rules/rules-doc.test.ts`).",
    "Rule ids never change once shipped. Levels are defaults: `.cloudspec-diff.yaml` can override them per rule id",
    "and suppress findings by rule id + operation / JSON Pointer / document (never by message text).",
    "breaking → `error`, warning → `warning`, info → `info` in the `Diagnostic` shape.",
    "",
    `${rules.length} rules.`,
    "",
    "| rule | level | compared | mirror | client impact | message |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of rules) {
    const mirror = typeof r.mirror === "string" ? (r.mirror === r.id ? "itself" : `\`${r.mirror}\``) : `none: ${r.mirror.waived}`;
    const modes = r.modes.length === 2 ? "versions, snapshots" : r.modes[0] === "snapshot" ? "snapshots" : "versions";
    lines.push(`| \`${r.id}\` | ${r.level} | ${modes} | ${cell(mirror)} | ${r.impact} | ${cell(MESSAGES[r.id] ?? "")} |`);
  }
  lines.push("", "## Request/response variants without a counterpart", "");
  for (const [id, reason] of Object.entries(DIRECTION_WAIVERS)) lines.push(`- \`${id}\`: ${reason}`);
  lines.push("", ...renderOasdiffSection(new Map(rules.map((r) => [r.id, r]))));
  return `${lines.join("\n")}\n`;
}
