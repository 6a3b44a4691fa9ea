/** What every registered command receives: where to write, and how to hand back its exit code. */
import type { CommandIo } from "../core/command-io.js";

export interface CliContext {
  readonly io: CommandIo;
  /** Records the command's exit code; `runCli` returns it. */
  exit(code: number): void;
}
