/**
 * `npm run compare:prism [-- spec ids]`: our mock against Stoplight Prism (the dev dependency @stoplight/prism-cli),
 * all on 127.0.0.1. Optional, not a CI test (it starts two Prism processes per spec and takes a while).
 *
 * 1. `prism proxy <spec> <our mock>` (ours with validOnly): every operation × documented status, a valid request
 *    (required parameters from the pages' examples, the spec's credentials, `Prefer: code=`); Prism must report
 *    no response violation (`sl-violations` entries located in the response).
 * 2. `prism mock <spec>` beside ours: bad requests made from each spec — no credentials, a non-number for an
 *    integer parameter, `BOGUS` for an enum, a required query parameter left out — must be refused (4xx) by both.
 *    The statuses are printed side by side (ours/Prism).
 *
 * Exit 0 when both hold for every spec, 1 otherwise. `AS_DOCUMENTED=1` serves the pages' examples as written
 * instead (without validOnly): Prism then reports the listed documentation bugs, which shows it is checking.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { callArgs } from "../harness/call-args.js";
import { REPO_ROOT, SPEC_DIR } from "../harness/paths.js";
import { startMockServer } from "../mock/node-server.js";
import { createResponder } from "../mock/responder.js";
import { placeholderHeaders, readSecurity } from "../mock/security.js";
import { loadSpec, selectSpecIds } from "../spec/load.js";
import { compileSpec, type CompiledSpec, type OperationEntry } from "../validate/compile.js";

interface Call {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const out = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const ids = selectSpecIds(SPEC_DIR, process.argv.slice(2));
  let failed = false;
  for (const id of ids) {
    const spec = loadSpec(SPEC_DIR, id);
    const compiled = compileSpec(spec);
    const ours = await startMockServer(createResponder(compiled, { validOnly: process.env.AS_DOCUMENTED !== "1" }), { port: 0 });
    const proxy = await startPrism(["proxy", spec.path, ours.url]);
    const mock = await startPrism(["mock", spec.path]);
    try {
      const credentials = credentialsOf(compiled);
      let violations = 0;
      let calls = 0;
      const unreadable: string[] = [];
      for (const entry of compiled.operations) {
        for (const key of entry.statusKeys) {
          const call = validCall(compiled, entry, credentials, key);
          const res = await send(proxy.url, call);
          calls++;
          if (typeof res === "string") {
            unreadable.push(`${call.label}: ${res}`);
            continue;
          }
          const response = (parseViolations(res.headers.get("sl-violations")) ?? []).filter((v) => v.location?.[0] === "response");
          if (response.length > 0) {
            violations += response.length;
            out(`  ${id} ${call.label} → ${res.status}: Prism reports ${response.map((v) => `${v.location?.join(".")}: ${v.message}`).join("; ")}`);
          }
        }
      }
      const bad = badCalls(compiled, credentials);
      const disagreements: string[] = [];
      const seen: string[] = [];
      for (const call of bad) {
        const [a, b] = await Promise.all([send(ours.url, call), send(mock.url, call)]);
        const status = (r: Response | string): number => (typeof r === "string" ? 0 : r.status);
        seen.push(`${status(a)}/${status(b)}`);
        if (status(a) < 400 || status(b) < 400) disagreements.push(`${call.label}: ours ${typeof a === "string" ? a : a.status}, Prism ${typeof b === "string" ? b : b.status}`);
      }
      const statuses = [...new Set(seen)].map((s) => `${s} ×${seen.filter((x) => x === s).length}`).join(", ");
      out(
        `${id}: through prism proxy ${calls} calls, ${violations} response violations${unreadable.length ? `, ${unreadable.length} answers fetch cannot read` : ""}; ${bad.length} bad requests, ${disagreements.length} not refused by both (ours/Prism: ${statuses || "none"})`,
      );
      for (const d of [...unreadable, ...disagreements]) out(`  ${d}`);
      failed ||= violations > 0 || disagreements.length > 0;
    } finally {
      stop(proxy.child);
      stop(mock.child);
      await ours.close();
    }
  }
  return failed ? 1 : 0;
}

function credentialsOf(compiled: CompiledSpec): Record<string, string> {
  const entry = compiled.operations[0];
  return entry ? placeholderHeaders(readSecurity(compiled.spec.document, entry.operation, [], compiled.spec.path)) : {};
}

function validCall(compiled: CompiledSpec, entry: OperationEntry, credentials: Record<string, string>, key?: string): Call {
  const args = callArgs(compiled, entry);
  const path = entry.operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(args.path?.[name] ?? "x")));
  const query = new URLSearchParams(Object.entries(args.query ?? {}).map(([k, v]) => [k, String(v)])).toString();
  const body = args.body !== undefined ? JSON.stringify(args.body) : undefined;
  return {
    label: `${entry.operation.operationId}${key ? ` ${key}` : ""}`,
    method: entry.operation.method.toUpperCase(),
    path: `${path}${query ? `?${query}` : ""}`,
    headers: { ...credentials, ...args.header, ...(key ? { prefer: `code=${key}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body } : {}),
  };
}

/** Requests each spec says the API refuses. */
function badCalls(compiled: CompiledSpec, credentials: Record<string, string>): Call[] {
  const calls: Call[] = [];
  for (const entry of compiled.operations) {
    const valid = validCall(compiled, entry, credentials);
    if (Object.keys(credentials).length > 0)
      calls.push({ ...valid, label: `${valid.label} without credentials`, headers: Object.fromEntries(Object.entries(valid.headers).filter(([k]) => !(k in credentials))) });
    for (const p of entry.operation.parameters) {
      if (p.in !== "query") continue;
      const url = new URL(valid.path, "http://h");
      const types = [p.schema?.type].flat();
      if (types.includes("integer") && !types.includes("string")) url.searchParams.set(p.name, "notanumber");
      else if (Array.isArray(p.schema?.enum)) url.searchParams.set(p.name, "BOGUS");
      else if (p.required) url.searchParams.delete(p.name);
      else continue;
      calls.push({ ...valid, label: `${valid.label} ${url.search}`, path: `${url.pathname}${url.search}` });
    }
  }
  return calls;
}

/** The response, or why fetch could not read one (undici refuses a 407 answer, for one). */
async function send(base: string, call: Call): Promise<Response | string> {
  try {
    const res = await fetch(`${base}${call.path}`, { method: call.method, headers: call.headers, ...(call.body !== undefined ? { body: call.body } : {}), redirect: "manual" });
    await res.arrayBuffer();
    return res;
  } catch (e) {
    return `fetch failed: ${String((e as Error).cause ?? e)}`;
  }
}

function parseViolations(header: string | null): Array<{ location?: string[]; message?: string }> | undefined {
  if (!header) return undefined;
  try {
    return JSON.parse(header) as Array<{ location?: string[]; message?: string }>;
  } catch {
    return [{ location: ["response"], message: `unparseable sl-violations: ${header}` }];
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function startPrism(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(`${REPO_ROOT}node_modules/.bin/prism`, [...args, "-h", "127.0.0.1", "-p", String(port)], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism ${args[0]} did not start:\n${log}`)), 60_000);
    const onData = (d: Buffer): void => {
      log += d.toString();
      if (/Prism is listening on/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`prism ${args[0]} exited ${code}:\n${log}`)));
  });
  // Keep draining its log, which is not read after start-up.
  child.stdout!.resume();
  child.stderr!.resume();
  return { child, url: `http://127.0.0.1:${port}` };
}

function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
}

process.exitCode = await main();
