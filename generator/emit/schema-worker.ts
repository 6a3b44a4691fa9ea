/**
 * Worker thread entry: emits `schema.ts` text for the documents posted to it, and formats client text
 * when the main thread hands some over, one job at a time, in the order posted, with its own schema
 * emitter (openapi-typescript and TypeScript are loaded only here when the generator runs with
 * threads) and the same pinned prettier call as the main thread. Answers `{ id, text }` or `{ id, error }`.
 */
import { parentPort } from "node:worker_threads";
import { formatTypeScript } from "./format.js";
import { createSchemaEmitter } from "./schema-types.js";

export type SchemaJob = { id: number; document: Record<string, unknown> } | { id: number; format: string };

export type SchemaAnswer = { id: number; text: string } | { id: number; error: string };

function serve(): void {
  const port = parentPort!;
  const emitter = createSchemaEmitter();
  let queue = Promise.resolve();
  port.on("message", (job: SchemaJob) => {
    queue = queue.then(async () => {
      let answer: SchemaAnswer;
      try {
        // The posted document is already this thread's own copy.
        answer = { id: job.id, text: "format" in job ? await formatTypeScript(job.format) : await emitter.emit(job.document, true) };
      } catch (e) {
        answer = { id: job.id, error: e instanceof Error ? e.message : String(e) };
      }
      port.postMessage(answer);
    });
  });
}

if (parentPort) serve();
