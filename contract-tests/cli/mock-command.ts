/** `cloudspec mock <spec>`: the standalone mock server until a signal, or until its launcher or stdin goes away (stop-signals.ts). */
import { SpecNotFoundError, loadSpec } from "../spec/load.js";
import { compileSpec } from "../validate/compile.js";
import { createResponder } from "../mock/responder.js";
import { startMockServer } from "../mock/node-server.js";
import { formatDiagnostic } from "../../core/diagnostics.js";
import type { Io } from "./print.js";
import { watchStop } from "./stop-signals.js";

export interface MockCommandOptions {
  port: string;
  host: string;
  validOnly?: boolean;
  /** Answer every routed request without checking credentials, parameters or body. */
  lenient?: boolean;
  /** Seed of `Prefer: dynamic=true` bodies. */
  seed?: string;
  /** false: do not stop when the launching process or stdin goes away (`--no-parent-watch`). */
  parentWatch?: boolean;
  specDir: string;
  quiet?: boolean;
  /** Resolves when the server should stop (default: a signal, or the launcher or a piped stdin going away). */
  until?: Promise<unknown>;
}

export async function runMock(specId: string, opts: MockCommandOptions, io: Io): Promise<number> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`error: --port must be 0…65535, got ${opts.port}\n`);
    return 2;
  }
  const seed = opts.seed === undefined ? 1 : Number(opts.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    io.err(`error: --seed must be an integer 0…4294967295, got ${opts.seed}\n`);
    return 2;
  }
  let compiled;
  try {
    compiled = compileSpec(loadSpec(opts.specDir, specId));
  } catch (e) {
    if (e instanceof SpecNotFoundError) {
      io.err(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const responder = createResponder(compiled, { validOnly: opts.validOnly === true, lenient: opts.lenient === true, seed });
  for (const d of [...compiled.diagnostics, ...responder.diagnostics]) io.err(`${formatDiagnostic(d)}\n`);
  // Watching starts before the server does: a signal or a parent gone during start-up still stops it.
  const watch = opts.until ? undefined : watchStop({ watchParent: opts.parentWatch !== false });
  let server;
  try {
    server = await startMockServer(responder, {
      host: opts.host,
      port,
      ...(opts.quiet
        ? {}
        : {
            onRequest: (method: string, url: string, status: number, headers: Readonly<Record<string, string>>) =>
              io.out(`${method} ${url} → ${status}${headers["x-mock-error"] ? ` ${headers["x-mock-error"]}` : ""}${headers["x-cloudspec-undocumented-status"] ? " (status not documented)" : ""}\n`),
          }),
    });
  } catch (e) {
    watch?.dispose();
    throw e;
  }
  const checks = opts.lenient ? "lenient: requests are not checked" : "requests checked like Prism: credentials, parameters, body";
  io.out(`mock ${specId} listening on ${server.url} (${compiled.operations.length} operations; ${checks}; Prefer: code=<status>, example=<name>, dynamic=true; Ctrl-C stops)\n`);
  try {
    const reason = await (opts.until ?? watch!.stopped);
    if (typeof reason === "string" && !opts.quiet) io.err(`mock ${specId}: stopping (${reason})\n`);
  } finally {
    watch?.dispose();
    await server.close();
  }
  return 0;
}
