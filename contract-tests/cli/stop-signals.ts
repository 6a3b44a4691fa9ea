/**
 * When a long-running command (`cloudspec mock`) should stop: SIGINT, SIGTERM or SIGHUP, or the process that
 * launched it going away. `npm run mock` starts `sh -c "tsx …"`, tsx starts the node process that serves, and a
 * kill of npm ends the shell only: tsx and the server are re-parented and kept the port bound. So the launcher is
 * watched — the parent, and on Linux every ancestor that is a wrapper of this same command line (tsx's own
 * process): one that exits or is re-parented ends the command — and so is standard input when it is a pipe
 * (closed when the parent dies). A terminal or /dev/null on standard input is not watched.
 */
import { fstatSync, readFileSync } from "node:fs";

export interface StopWatch {
  /** Resolves with the reason once a stop condition is met. */
  stopped: Promise<string>;
  /** Removes every listener and timer (call after stopping, so the process can exit). */
  dispose(): void;
}

export interface StopWatchOptions {
  /** Poll interval of the parent checks (default 500 ms). */
  intervalMs?: number;
  /** Watch the launcher and stdin (default true); signals are always watched. */
  watchParent?: boolean;
}

export function watchStop(options: StopWatchOptions = {}): StopWatch {
  let resolve!: (reason: string) => void;
  const stopped = new Promise<string>((r) => (resolve = r));
  const cleanups: Array<() => void> = [];
  let done = false;
  const stop = (reason: string): void => {
    if (done) return;
    done = true;
    resolve(reason);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const on = (): void => stop(signal);
    process.on(signal, on);
    cleanups.push(() => process.off(signal, on));
  }
  if (options.watchParent !== false) {
    const parent = process.ppid;
    const wrappers = wrapperAncestors();
    const timer = setInterval(() => {
      if (process.ppid !== parent) return stop(`the parent process ${parent} exited`);
      for (const w of wrappers) {
        const now = parentOf(w.pid);
        if (now !== w.ppid) return stop(`the launcher of process ${w.pid} exited`);
      }
    }, options.intervalMs ?? 500);
    timer.unref();
    cleanups.push(() => clearInterval(timer));
    if (stdinIsPipe()) {
      const onEnd = (): void => stop("standard input was closed");
      process.stdin.on("end", onEnd);
      process.stdin.on("close", onEnd);
      process.stdin.resume();
      cleanups.push(() => {
        process.stdin.off("end", onEnd);
        process.stdin.off("close", onEnd);
        process.stdin.pause();
        process.stdin.unref?.();
      });
    }
  }
  return { stopped, dispose: () => cleanups.splice(0).forEach((c) => c()) };
}

/** Ancestors whose command line ends with this process's arguments (wrappers such as tsx), with their parents now. */
function wrapperAncestors(): Array<{ pid: number; ppid: number | undefined }> {
  const own = process.argv.slice(2);
  const out: Array<{ pid: number; ppid: number | undefined }> = [];
  if (own.length === 0) return out;
  let pid = process.ppid;
  for (let depth = 0; depth < 4 && pid > 1; depth++) {
    const args = commandLine(pid);
    if (!args || args.length < own.length || args.slice(-own.length).join("\0") !== own.join("\0")) break;
    const ppid = parentOf(pid);
    out.push({ pid, ppid });
    if (ppid === undefined) break;
    pid = ppid;
  }
  return out;
}

/** The parent of a process (Linux /proc), `undefined` when it is gone or unknown. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // `pid (comm) state ppid …`; comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8")
      .split("\0")
      .filter((a) => a !== "");
  } catch {
    return undefined;
  }
}

function stdinIsPipe(): boolean {
  try {
    const s = fstatSync(0);
    return s.isFIFO() || s.isSocket();
  } catch {
    return false;
  }
}
