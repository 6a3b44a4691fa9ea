/**
 * The generated client of a spec, loaded at run time from `generated/<vendor>/<service>/index.ts`: the index
 * exports `<Service>Clients` (classes by version); each operation is a method named camelCase(operationId)
 * (generator/emit/client-class.ts, through the generator's one name allocator).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { camelCase } from "../../core/case.js";
import type { ClientConfig } from "@cloudspec/runtime";
import type { LoadedSpec } from "../spec/load.js";

export type OperationMethod = (options?: object) => Promise<unknown>;
export type LoadedClient = Record<string, unknown>;
export type ClientFactory = (config: ClientConfig & { serverVariables?: Record<string, string> }) => LoadedClient;

export class ClientNotGeneratedError extends Error {
  override readonly name = "ClientNotGeneratedError";
}

export async function loadClientFactory(spec: LoadedSpec, generatedDir = "generated"): Promise<ClientFactory> {
  const file = resolve(join(generatedDir, spec.vendor, spec.service, "index.ts"));
  if (!existsSync(file)) throw new ClientNotGeneratedError(`no generated client at ${file}: run \`cloudspec generate --spec <the folder of ${spec.path}> --out ${generatedDir}\``);
  const clientFile = join(generatedDir, spec.vendor, spec.service, spec.version, "client.ts");
  if (!existsSync(clientFile) || !generatedFrom(readFileSync(clientFile, "utf8"), spec.sha256)) {
    throw new ClientNotGeneratedError(
      `${clientFile} was not generated from ${spec.path} (its header names another spec hash): run \`cloudspec generate --spec <the folder of ${spec.path}> --out <dir>\` and pass --generated-dir <dir>`,
    );
  }
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const classes = Object.entries(module).find(([name, value]) => name.endsWith("Clients") && value !== null && typeof value === "object")?.[1] as
    Record<string, new (config: ClientConfig) => LoadedClient> | undefined;
  const Client = classes?.[spec.version];
  if (!Client) throw new ClientNotGeneratedError(`${file} has no client for version ${spec.version}: run \`npm run generate\``);
  return (config) => new Client(config);
}

/** True when a generated file's header records the spec hash (`// Spec: <path> (sha256 <hash>)`). */
function generatedFrom(text: string, sha256: string): boolean {
  for (const line of text.split("\n", 12)) {
    const m = /^\/\/ Spec: .* \(sha256 ([0-9a-f]{64})\)$/.exec(line);
    if (m?.[1] === sha256) return true;
  }
  return false;
}

/** The method of a client for an operation, or undefined when the client does not have it. */
export function operationMethod(client: LoadedClient, operationId: string): OperationMethod | undefined {
  const method = client[camelCase(operationId) || operationId];
  return typeof method === "function" ? (method.bind(client) as OperationMethod) : undefined;
}
