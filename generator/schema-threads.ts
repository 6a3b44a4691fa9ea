/**
 * `schema.ts` emission on worker threads: each worker loads openapi-typescript (and its TypeScript and
 * Redocly) itself while this thread emits clients, and documents are posted to the workers round-robin;
 * client text to format goes to the least busy worker when it is nearly idle.
 * What a file contains does not depend on the thread that made it: the workers run the same emitter on
 * a structured clone of the same document.
 */
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SchemaAnswer, SchemaJob } from "./emit/schema-worker.js";
import type { SchemaEmitter } from "./emit/schema-types.js";

export interface SchemaThreads extends SchemaEmitter {
  /** Formats client text on the least busy worker when one has at most `busy` jobs waiting; else undefined. */
  formatIfIdle(text: string, busy: number): Promise<string> | undefined;
  close(): Promise<void>;
}

export function startSchemaThreads(count: number): SchemaThreads {
  // `.ts` when run from the sources (tsx, vitest): the worker registers tsx before importing its entry.
  const ext = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./emit/schema-worker${ext}`, import.meta.url);
  const pending = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void; worker: number }>();
  const load: number[] = Array.from({ length: count }, () => 0);
  const failAll = (e: Error): void => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const workers = Array.from({ length: count }, () => {
    const worker = ext === ".ts" ? new Worker(tsxBoot(entry), { eval: true }) : new Worker(entry);
    worker.on("message", (answer: SchemaAnswer) => {
      const p = pending.get(answer.id);
      pending.delete(answer.id);
      if (p) load[p.worker]!--;
      if ("error" in answer) p?.reject(new Error(answer.error));
      else p?.resolve(answer.text);
    });
    worker.on("error", failAll);
    worker.on("exit", (code) => failAll(new Error(`the schema emitter thread stopped (exit code ${code})`)));
    return worker;
  });
  let next = 0;
  const post = (worker: number, job: SchemaJob): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      pending.set(job.id, { resolve, reject, worker });
      load[worker]!++;
      workers[worker]!.postMessage(job);
    });
  let schemas = 0;
  return {
    emit: (document) => post(schemas++ % count, { id: next++, document }),
    formatIfIdle(text, busy) {
      const worker = load.indexOf(Math.min(...load));
      return load[worker]! <= busy ? post(worker, { id: next++, format: text }) : undefined;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function tsxBoot(entry: URL): string {
  const api = import.meta.resolve("tsx/esm/api");
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}
