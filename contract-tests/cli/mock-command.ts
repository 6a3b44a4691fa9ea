/** `cloudspec mock <spec>`: the standalone mock server until SIGINT/SIGTERM. */
import { SpecNotFoundError, loadSpec } from "../spec/load.js";
import { compileSpec } from "../validate/compile.js";
import { createResponder } from "../mock/responder.js";
import { startMockServer } from "../mock/node-server.js";
import { formatDiagnostic } from "../../core/diagnostics.js";
import type { Io } from "./print.js";

export interface MockCommandOptions {
  port: string;
  host: string;
  validOnly?: boolean;
  specDir: string;
  quiet?: boolean;
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  until?: Promise<void>;
}

export async function runMock(specId: string, opts: MockCommandOptions, io: Io): Promise<number> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`error: --port must be 0…65535, got ${opts.port}\n`);
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
  const responder = createResponder(compiled, { validOnly: opts.validOnly === true });
  for (const d of [...compiled.diagnostics, ...responder.diagnostics]) io.err(`${formatDiagnostic(d)}\n`);
  const server = await startMockServer(responder, {
    host: opts.host,
    port,
    ...(opts.quiet ? {} : { onRequest: (method: string, url: string, status: number) => io.out(`${method} ${url} → ${status}\n`) }),
  });
  io.out(`mock ${specId} listening on ${server.url} (${compiled.operations.length} operations; Prefer: code=<status> picks a documented status; Ctrl-C stops)\n`);
  await (opts.until ?? untilSignal());
  await server.close();
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
