/** Maps what a command threw to an exit code and one readable line (usage 2, file system 2, contained path 1, a bug 70). */
import { CommanderError } from "commander";
import { PathOutsideRootError } from "../core/contained-path.js";
import type { CommandIo } from "../core/command-io.js";

export function exitCodeOf(e: unknown, io: CommandIo): number {
  // Usage errors (unknown option or command, invalid choice, missing argument) exit 2, never 1: for
  // `diff --fail-on`, 1 means a breaking change, and a typo in CI must not look like one.
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  const fsError = e as NodeJS.ErrnoException & { dest?: string };
  if (fsError && typeof fsError.code === "string" && typeof fsError.syscall === "string") {
    io.err(`error: cannot ${fsError.syscall} ${fsError.path ?? ""}: ${fsError.code}${fsError.dest ? ` (to ${fsError.dest})` : ""}\n`);
    return 2;
  }
  if (e instanceof Error && e.name === "ConfigFileError") {
    io.err(`${e.message}\n`);
    return 2;
  }
  if (e instanceof PathOutsideRootError) {
    io.err(`error: ${e.message}\n`);
    return 1;
  }
  io.err(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 70;
}
