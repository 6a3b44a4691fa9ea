/**
 * Folds cloudspec.config.yaml into a command's options: a value from the file is used wherever the
 * option was not given on the command line (flags override the file). Runs as commander's `preAction`
 * hook, so the commands themselves only see options.
 */
import type { Command } from "commander";
import { loadProjectConfig, type ProjectConfig } from "./load-config.js";

type Pick = (config: ProjectConfig) => unknown;

/** Option (commander's camelCase name) ← config value, per command. */
const FROM_CONFIG: Record<string, ReadonlyArray<readonly [string, Pick]>> = {
  scrape: [
    ["out", (c) => c.scrape?.out],
    ["manifest", (c) => c.sources?.manifest],
    ["pages", (c) => c.sources?.pages],
    ["strict", (c) => c.scrape?.strict],
    ["allowlist", (c) => c.contract?.allowlist],
  ],
  generate: [
    ["spec", (c) => c.generate?.spec ?? c.scrape?.out],
    ["out", (c) => c.generate?.out],
    ["package", (c) => c.generate?.package],
  ],
  diff: [
    ["spec", (c) => c.scrape?.out],
    ["config", (c) => c.diff?.file],
    ["settings", (c) => (c.diff && !c.diff.file ? { raw: withoutFile(c.diff), file: c.file } : undefined)],
  ],
  contract: [
    ["specDir", (c) => c.contract?.specDir ?? c.scrape?.out],
    ["generatedDir", (c) => c.contract?.generatedDir ?? c.generate?.out],
    ["allowlist", (c) => c.contract?.allowlist],
  ],
  mock: [["specDir", (c) => c.contract?.specDir ?? c.scrape?.out]],
};

/** Applies the project config (found in the working directory, or `--config` on the program) to `command`. */
export function applyProjectConfig(program: Command, command: Command): ProjectConfig | undefined {
  const explicit = program.opts<{ config?: string }>().config;
  const config = loadProjectConfig(explicit);
  if (config === undefined) return undefined;
  for (const [option, pick] of FROM_CONFIG[command.name()] ?? []) {
    const value = pick(config);
    if (value === undefined) continue;
    const source = command.getOptionValueSource(option);
    if (source === "cli" || source === "env") continue;
    command.setOptionValueWithSource(option, value, "config");
  }
  return config;
}

function withoutFile(diff: NonNullable<ProjectConfig["diff"]>): Record<string, unknown> {
  const { file: _file, ...settings } = diff;
  return settings;
}
