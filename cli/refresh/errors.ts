/** The one error `refresh` throws: a message, the diagnostics behind it, and the exit code it means. */
import type { Diagnostic } from "../../core/diagnostics.js";

export class RefreshError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
    /** 2 for bad input (manifest, options, missing snapshots), 1 for a failed fetch or scrape. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
