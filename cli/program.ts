/**
 * The command line: a thin layer over the library functions. `buildProgram` declares every command;
 * `runCli` parses one argument list and returns the exit code. Nothing runs on import, so tests call
 * `runCli` in-process; `cli/main.ts` is the binary.
 */
import { Command } from "commander";
import type { CommandIo } from "../core/command-io.js";
import { registerContractCommand, registerMockCommand } from "./commands/contract.js";
import { registerDiffCommand } from "./commands/diff.js";
import { registerExportCommand } from "./commands/export.js";
import { registerGenerateCommand } from "./commands/generate.js";
import { registerInitCommand } from "./commands/init.js";
import { registerRefreshCommand } from "./commands/refresh.js";
import { registerScrapeCommand } from "./commands/scrape.js";
import type { CliContext } from "./context.js";
import { exitCodeOf } from "./exit-code.js";
import { packageVersion } from "./package-info.js";

// Command implementations are imported when their command runs: `generate --check` should not pay for
// loading the scraper (cheerio, markdown-it), nor `scrape` for the generator (TypeScript, prettier).

export function buildProgram(ctx: CliContext): Command {
  const program = new Command();
  program
    .name("cloudspec")
    .description("Turn cloud vendors' API documentation pages into OpenAPI 3.1 specs (one per service and API version) and typed TypeScript clients.")
    .version(packageVersion(), "-V, --version", "print the version")
    // Inherited by every command declared below: help, usage errors and version go to ctx.io.
    .configureOutput({ writeOut: (t) => ctx.io.out(t), writeErr: (t) => ctx.io.err(t) })
    .showHelpAfterError()
    .exitOverride()
    .option("--config <file>", "project configuration (default: cloudspec.config.yaml in the working directory, when present); flags override it")
    // Program options go before the command name, so `diff --config` stays the diff command's own option.
    .enablePositionalOptions()
    .hook("preAction", async (_program, command) => {
      const { applyProjectConfig } = await import("./config/apply-config.js");
      applyProjectConfig(program, command);
    });
  registerInitCommand(program, ctx);
  registerScrapeCommand(program, ctx);
  registerGenerateCommand(program, ctx);
  registerDiffCommand(program, ctx);
  registerExportCommand(program, ctx);
  registerRefreshCommand(program, ctx);
  registerContractCommand(program, ctx);
  registerMockCommand(program, ctx);
  return program;
}

/** Runs one command line (`argv` without node and script, e.g. `["scrape", "--quiet"]`) and returns its exit code. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  let code = 0;
  const program = buildProgram({ io, exit: (c) => (code = c) });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    return exitCodeOf(e, io);
  }
}
