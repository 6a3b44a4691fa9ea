/** `cloudspec init`: writes the commented starter config. */
import { Command } from "commander";
import type { CliContext } from "../context.js";

export function registerInitCommand(program: Command, ctx: CliContext): void {
  program
    .command("init")
    .summary("write a commented starter cloudspec.config.yaml")
    .description("Write cloudspec.config.yaml (every setting, commented, with its default) into the working directory. Refuses to overwrite an existing file unless --force.")
    .option("--file <path>", "where to write it", "cloudspec.config.yaml")
    .option("--force", "overwrite an existing file")
    .action(async (opts: { file: string; force?: boolean }) => {
      const { runInit } = await import("../config/init-command.js");
      ctx.exit(runInit(opts, ctx.io));
    });
}
