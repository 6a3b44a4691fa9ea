/**
 * `cloudspec mock` as a child process: it exits and frees its port on SIGTERM and SIGINT, when its piped stdin is
 * closed, when its parent dies (re-parented), and when the shell that launched it through tsx is killed — the
 * `npm run mock` chain (npm → sh → tsx → node) that used to leave the port bound.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../harness/paths.js";

const SPEC = "scp/virtualserver/1.3";
const started: ChildProcess[] = [];
afterEach(() => {
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

interface Running {
  child: ChildProcess;
  port: number;
  stderr: () => string;
}

/** Starts `command args` and waits for the mock's "listening on" line. */
async function start(command: string, args: string[], stdin: "pipe" | "ignore"): Promise<Running> {
  const child = spawn(command, args, { cwd: REPO_ROOT, stdio: [stdin, "pipe", "pipe"] });
  started.push(child);
  let out = "";
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock did not start: ${out}${err}`)), 30_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`mock exited ${code}: ${out}${err}`)));
  });
  return { child, port, stderr: () => err };
}

const mockArgs = ["--conditions=cloudspec-source", "--import", "tsx", "cli/main.ts", "mock", SPEC, "--port", "0"];

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function portFreed(port: number, withinMs = 10_000): Promise<boolean> {
  for (const t0 = Date.now(); Date.now() - t0 < withinMs;) {
    if (!(await accepts(port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

describe("mock stops and frees its port", { timeout: 60_000 }, () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`on ${signal}`, async () => {
      const mock = await start(process.execPath, mockArgs, "ignore");
      expect(await accepts(mock.port)).toBe(true);
      mock.child.kill(signal);
      expect(await exited(mock.child)).toBe(0);
      expect(await portFreed(mock.port)).toBe(true);
      expect(mock.stderr()).toContain(`stopping (${signal})`);
    });
  }

  it("when its piped stdin is closed (the parent went away)", async () => {
    const mock = await start(process.execPath, mockArgs, "pipe");
    mock.child.stdin!.end();
    expect(await exited(mock.child)).toBe(0);
    expect(await portFreed(mock.port)).toBe(true);
    expect(mock.stderr()).toContain("stopping (standard input was closed)");
  });

  it("when its parent is killed and it is re-parented", async () => {
    // `; true` keeps sh from exec-ing node, so node is sh's child; SIGKILL gives sh no chance to pass anything on.
    const mock = await start("sh", ["-c", `"${process.execPath}" ${mockArgs.join(" ")} < /dev/null; true`], "ignore");
    mock.child.kill("SIGKILL");
    expect(await portFreed(mock.port)).toBe(true);
    expect(mock.stderr()).toMatch(/stopping \(the parent process \d+ exited\)/);
  });

  it("when the shell that launched it through tsx is killed (npm run mock)", async () => {
    const tsx = `${REPO_ROOT}node_modules/.bin/tsx`;
    const mock = await start("sh", ["-c", `"${tsx}" cli/main.ts mock ${SPEC} --port 0 < /dev/null; true`], "ignore");
    mock.child.kill("SIGKILL");
    expect(await portFreed(mock.port)).toBe(true);
    expect(mock.stderr()).toMatch(/stopping \(the launcher of process \d+ exited\)/);
  });
});
