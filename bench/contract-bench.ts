/**
 * `npm run bench:contract`: how fast recorded responses are validated, against a bare ajv compile-once/validate
 * loop on the same data, and the mock server's throughput and p99 latency under a bounded local load on
 * 127.0.0.1 (server in a child process, a keep-alive load loop here; measured first, while this process's
 * heap is small). No network. Prints; asserts nothing.
 *
 *   --spec ID         spec to use (default scp/backup/1.2)
 *   --count N         recorded responses (default 100000)
 *   --concurrency C   mock load connections (default 8)
 *   --seconds S       mock load duration cap (default 5)
 *   --rate R          offered load of the paced mock run, requests/s (default 5000)
 */
import { fork } from "node:child_process";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { loadSpec } from "../contract-tests/spec/load.js";
import { childPointer } from "../core/json-pointer.js";
import { compileSpec } from "../contract-tests/validate/compile.js";
import { checkExchange } from "../contract-tests/validate/check-exchange.js";
import type { Exchange } from "../contract-tests/validate/exchange.js";
import { callArgs } from "../contract-tests/harness/call-args.js";
import { placeholderHeaders, readSecurity } from "../contract-tests/mock/security.js";
import { buildDataset } from "./contract-dataset.js";
import { runLoad } from "./contract-load.js";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SPEC = arg("spec", "scp/backup/1.2");
const COUNT = Number(arg("count", "100000"));
const CONCURRENCY = Number(arg("concurrency", "8"));
const SECONDS = Number(arg("seconds", "5"));
const RATE = Number(arg("rate", "5000"));
const ROUNDS = 5;

const spec = loadSpec("spec", SPEC);
const compiled = compileSpec(spec);

const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const child = fork(new URL("./contract-mock-child.ts", import.meta.url), ["spec", SPEC], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
const port = await new Promise<number>((resolve, reject) => {
  child.once("message", (m) => resolve((m as { port: number }).port));
  child.once("exit", (code) => reject(new Error(`mock child exited ${code}`)));
});
// Each GET operation with its documented example parameters (required query parameters included), as the suite calls it.
const urls = compiled.operations
  .filter((e) => e.operation.method === "get")
  .map((e) => {
    const args = callArgs(compiled, e);
    const path = e.operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(args.path?.[name] ?? "x")));
    const query = new URLSearchParams(Object.entries(args.query ?? {}).map(([k, v]) => [k, String(v)])).toString();
    return `${path}${query ? `?${query}` : ""}`;
  });
// The mock checks each request as Prism does: send the credentials the spec's security requires.
const headers = compiled.operations[0] ? placeholderHeaders(readSecurity(spec.document, compiled.operations[0].operation, [], spec.path)) : {};
await runLoad(port, urls, { concurrency: CONCURRENCY, maxRequests: 5_000, maxSeconds: 2, headers }); // warm-up
const load = await runLoad(port, urls, { concurrency: CONCURRENCY, maxRequests: 200_000, maxSeconds: SECONDS, headers });
const paced = await runLoad(port, urls, { concurrency: CONCURRENCY, maxRequests: 200_000, maxSeconds: SECONDS, rate: RATE, headers });
child.send("stop");
const line = (label: string, r: typeof load): string =>
  `${label}: ${r.requests} requests in ${r.seconds.toFixed(1)} s = ${Math.round(r.perSecond)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, max ${r.max.toFixed(1)} ms, errors ${r.errors}`;
out(`mock server ${SPEC} on 127.0.0.1 (child process), ${CONCURRENCY} keep-alive connections, ${urls.length} GET operations  (target ≥ 5k req/s, p99 ≤ 5 ms)`);
out(`- ${line("as fast as it answers", load)}`);
out(`- ${line(`offered ${RATE} req/s`, paced)}`);

// The bare loop: a default Ajv2020 (+ formats; strict off, as a plain OpenAPI user would) over the spec document,
// one validator per documented success response compiled once, picked per exchange ahead of time.
const bare = new Ajv2020({ strict: false });
formatsPlugin.default(bare);
bare.addSchema({ ...spec.document, $id: "https://bare.invalid/spec.json" });
const bareByOperation = new Map<unknown, ValidateFunction>();
for (const entry of compiled.operations) {
  const media = entry.responses.get(entry.statusKeys[0]!)?.media[0];
  if (media) bareByOperation.set(entry.operation, bare.compile({ $ref: `https://bare.invalid/spec.json${childPointer(media.media.pointer, "schema")}` }));
}

function rate(run: () => number): { perSecond: number; bad: number } {
  const samples: number[] = [];
  let bad = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    bad = run();
    samples.push(COUNT / ((performance.now() - t0) / 1000));
  }
  samples.sort((a, b) => a - b);
  return { perSecond: samples[Math.floor(samples.length / 2)]!, bad };
}

const k = (n: number): string => `${Math.round(n / 1000)}k`;
out(`validation: ${SPEC}, ${COUNT} recorded responses per run, median of ${ROUNDS} runs`);

for (const listLength of [0, 10]) {
  const data = buildDataset(compiled, "https://backup.kr-west1.e.samsungsdscloud.com", COUNT, listLength);
  const textOnly: Exchange[] = data.exchanges.map((e) => ({ request: e.request, response: { status: e.response.status, headers: e.response.headers!, body: e.response.body! } }));
  const bareFns = data.exchanges.map((e) => {
    const route = compiled.router.matchUrl("GET", e.request.url);
    return bareByOperation.get(route.kind === "operation" ? route.operation : undefined)!;
  });
  const ours = rate(() => data.exchanges.reduce((bad, e) => bad + (checkExchange(compiled, e).ok ? 0 : 1), 0));
  const bareRate = rate(() => data.bodies.reduce<number>((bad, body, i) => bad + (bareFns[i]!(body) ? 0 : 1), 0));
  const oursText = rate(() => textOnly.reduce((bad, e) => bad + (checkExchange(compiled, e).ok ? 0 : 1), 0));
  const bareText = rate(() => textOnly.reduce((bad, e, i) => bad + (bareFns[i]!(JSON.parse(e.response.body!)) ? 0 : 1), 0));
  out(`- ${data.operations} GET operations, ${listLength === 0 ? "bodies as the pages document them" : `lists grown to ${listLength} items`}, avg ${(data.averageBytes / 1024).toFixed(2)} KiB`);
  out(
    `  validate (route + status + content type + schema), parsed bodies: ${k(ours.perSecond)} responses/s; bare ajv ${k(bareRate.perSecond)}/s; ratio ${(ours.perSecond / bareRate.perSecond).toFixed(2)}  (target ≥ 100k/s, ratio ≥ 0.8; invalid ${ours.bad}/${bareRate.bad})`,
  );
  out(`  same with JSON.parse of each body: ${k(oursText.perSecond)} responses/s; bare ajv + JSON.parse ${k(bareText.perSecond)}/s; ratio ${(oursText.perSecond / bareText.perSecond).toFixed(2)}`);
}
