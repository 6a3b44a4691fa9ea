/**
 * The emitters of one generation run, loaded when the first file must be made: one ts-morph project,
 * prettier, and `schema.ts` emission either in this thread or on worker threads (`threads` > 1: one
 * thread here for parsing, clients and formatting, the rest for schemas and, when they are nearly idle,
 * formatting of clients). Per run, never shared between runs.
 */
import type { SpecSummary } from "./spec-summary.js";
import type { VersionEntry } from "./emit/service-index.js";

export interface Emitters {
  client(summary: SpecSummary, specPath: string, runtimeImport: string): string;
  index(entries: readonly VersionEntry[], runtimeImport: string): string;
  format(text: string): Promise<string>;
  /** Formats a client: on a worker thread when one is nearly idle (prettier is most of this thread's work), else here. */
  formatClient(text: string): Promise<string>;
  /** Texts that may be pending at once without holding anything up (0: one thread). */
  readonly ahead: number;
  schema(document: Record<string, unknown>): Promise<string>;
  /** Stops the worker threads (the other emitters stay usable). */
  closeThreads(): Promise<void>;
}

export async function loadEmitters(threads: number): Promise<Emitters> {
  // Started first, so the workers load openapi-typescript while this thread loads ts-morph and prettier.
  const workers = threads > 1 ? (await import("./schema-threads.js")).startSchemaThreads(threads - 1) : undefined;
  const [client, index, format, printer, schema] = await Promise.all([
    import("./emit/client-class.js"),
    import("./emit/service-index.js"),
    import("./emit/format.js"),
    import("./emit/ts-printer.js"),
    workers ? undefined : import("./emit/schema-types.js"),
  ]);
  const tsPrinter = printer.createTsPrinter();
  const schemas = workers ?? schema!.createSchemaEmitter();
  return {
    client: (summary, specPath, runtimeImport) => client.emitClientClass(summary, specPath, runtimeImport, tsPrinter),
    index: (entries, runtimeImport) => index.emitServiceIndex(entries, runtimeImport, tsPrinter),
    format: (text) => format.formatTypeScript(text),
    formatClient: (text) => workers?.formatIfIdle(text, 1) ?? format.formatTypeScript(text),
    ahead: 8 * (threads - 1),
    schema: (document) => schemas.emit(document),
    closeThreads: async () => workers?.close(),
  };
}
