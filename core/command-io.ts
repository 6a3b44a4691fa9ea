/**
 * Where a command writes: its standard output and error, and the environment it reads. Commands take one
 * of these instead of touching `process`, so they run in-process in tests and as the `cloudspec` binary alike.
 */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** True when standard error is a terminal (progress lines may redraw). */
  errIsTTY?: boolean;
}

export function processIo(): CommandIo {
  return { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env, errIsTTY: process.stderr.isTTY === true };
}

/** A CommandIo that keeps everything written, for tests and for callers that print later. */
export function bufferIo(env: Readonly<Record<string, string | undefined>> = {}): CommandIo & { stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (t) => void out.push(t), err: (t) => void err.push(t), env, stdout: () => out.join(""), stderr: () => err.join("") };
}
