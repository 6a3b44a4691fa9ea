/**
 * `client.ts`: one class per service version, one async method per operation, emitted with ts-morph.
 * Types come from the neighbouring `schema.ts`; calls go through the shared runtime.
 */
import type { JSDocStructure, MethodDeclarationStructure, OptionalKind, StatementStructures } from "ts-morph";
import { loadTsMorph } from "./load-cjs.js";
import type { TsPrinter } from "./ts-printer.js";
import { camelCase, NameAllocator, pascalCase, versionSuffix } from "../names.js";
import type { OperationSummary, SpecSummary } from "../spec-summary.js";

export interface ClientNames {
  className: string;
  serverVariablesType: string;
}

export function clientNames(spec: SpecSummary): ClientNames {
  const base = `${pascalCase(spec.service)}${versionSuffix(spec.version)}`;
  return { className: `${base}Client`, serverVariablesType: `${base}ServerVariables` };
}

/** Emits client.ts; `runtimeImport` is the module specifier of the runtime from the file's folder. */
export function emitClientClass(spec: SpecSummary, specPath: string, runtimeImport: string, printer: TsPrinter): string {
  const { Scope, StructureKind, VariableDeclarationKind } = loadTsMorph();
  // Built as one structure and printed once: ts-morph's incremental add* calls re-parse the file each time.
  const statements: StatementStructures[] = [];
  const names = clientNames(spec);
  const moduleNames = new NameAllocator(`${specPath} (module scope)`);
  for (const reserved of ["paths", "createApiClient", "ApiClient", "ClientConfig", "OperationOptions", "OperationResult", "ServiceDescriptor", "descriptor"]) moduleNames.allocate(reserved);
  const className = moduleNames.allocate(names.className);
  const serverVariablesType = moduleNames.allocate(names.serverVariablesType);

  statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, namedImports: ["paths"], moduleSpecifier: "./schema.js" });
  statements.push({ kind: StructureKind.ImportDeclaration, namedImports: ["createApiClient"], moduleSpecifier: runtimeImport });
  statements.push({
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    namedImports: ["ApiClient", "ClientConfig", "OperationOptions", "OperationResult", "ServiceDescriptor"],
    moduleSpecifier: runtimeImport,
  });

  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`What this client knows about ${spec.vendor}/${spec.service} ${spec.version}: servers and the version header.`],
    declarations: [{ name: "descriptor", type: "ServiceDescriptor", initializer: JSON.stringify(descriptorOf(spec), null, 2) }],
  });

  const variables = spec.servers[0]?.variables ?? {};
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: serverVariablesType,
    docs: ["Values for the server URL's variables (each defaults to the spec's default)."],
    type:
      Object.keys(variables).length === 0
        ? "Record<never, never>"
        : `{ ${Object.entries(variables)
            .map(([k, v]) => `${JSON.stringify(k)}?: ${v.enum && v.enum.length > 0 ? v.enum.map((e) => JSON.stringify(e)).join(" | ") : "string"}`)
            .join("; ")} }`,
  });

  const methodNames = new NameAllocator(`${specPath} (methods of ${className})`);
  const methods: Array<OptionalKind<MethodDeclarationStructure>> = [];
  for (const op of spec.operations) {
    const methodName = methodNames.allocate(camelCase(op.operationId) || op.operationId, op.operationId);
    const typeBase = pascalCase(op.operationId);
    const opType = moduleNames.allocate(`${typeBase}Operation`, op.operationId);
    const errorType = moduleNames.allocate(`${typeBase}ErrorStatus`, op.operationId);
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: opType, type: `paths[${JSON.stringify(op.path)}][${JSON.stringify(op.method)}]` });
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: errorType,
      docs: [`Error statuses ${op.operationId} documents.`],
      type: op.errorStatuses.length > 0 ? op.errorStatuses.map((s) => (/^\d+$/.test(s) ? s : JSON.stringify(s))).join(" | ") : "never",
    });
    methods.push({
      kind: StructureKind.Method,
      name: methodName,
      isAsync: true,
      scope: Scope.Public,
      docs: [methodDocs(op, spec, errorType)],
      parameters: [
        {
          name: "options",
          type: spec.versionHeader ? `OperationOptions<${opType}, ${JSON.stringify(spec.versionHeader.name)}>` : `OperationOptions<${opType}>`,
          ...(op.requiresInput ? {} : { initializer: "{}" }),
        },
      ],
      returnType: `Promise<OperationResult<${opType}>>`,
      statements: [`return (await this.#api.request(${JSON.stringify(op.method)}, ${JSON.stringify(op.path)}, ${JSON.stringify(op.operationId)}, options)) as OperationResult<${opType}>;`],
    });
  }

  statements.push({
    kind: StructureKind.Class,
    isExported: true,
    name: className,
    docs: [classDocs(spec)],
    properties: [{ name: "#api", isReadonly: true, type: "ApiClient" }],
    ctors: [
      {
        parameters: [{ name: "config", type: `ClientConfig & { serverVariables?: ${serverVariablesType} }`, initializer: "{}" }],
        statements: ["this.#api = createApiClient(descriptor, config);"],
      },
    ],
    methods,
  });
  return printer.print(statements);
}

function descriptorOf(spec: SpecSummary) {
  return {
    vendor: spec.vendor,
    service: spec.service,
    version: spec.version,
    servers: spec.servers,
    ...(spec.versionHeader ? { versionHeader: spec.versionHeader } : {}),
  };
}

function classDocs(spec: SpecSummary): OptionalKind<JSDocStructure> {
  const lines = [`${spec.title} ${spec.version} (${spec.vendor}/${spec.service}).`];
  if (spec.status) lines.push("", `Status: ${spec.status}${spec.notBefore ? `; Not Before ${spec.notBefore}` : ""}.`);
  return {
    description: escapeDoc(lines.join("\n")),
    ...(spec.status === "DEPRECATED"
      ? { tags: [{ tagName: "deprecated", text: `API version ${spec.version} is deprecated${spec.notBefore ? `; it may stop working after ${spec.notBefore} (Not Before)` : ""}.` }] }
      : {}),
  };
}

function methodDocs(op: OperationSummary, spec: SpecSummary, errorType: string): OptionalKind<JSDocStructure> {
  const parts: string[] = [];
  if (op.summary) parts.push(op.summary);
  if (op.description && op.description !== op.summary) parts.push(op.description);
  parts.push(`\`${op.method.toUpperCase()} ${op.path}\``);
  const tags: Array<{ tagName: string; text: string }> = [];
  if (op.source) {
    const where = `${op.source.page}:${op.source.line}`;
    tags.push({ tagName: "see", text: op.source.url ? `{@link ${op.source.url}} (${where})` : where });
  }
  if (op.errorStatuses.length > 0) tags.push({ tagName: "throws", text: `{ApiError} for a non-2xx answer; documented: ${op.errorStatuses.join(", ")} (see {@link ${errorType}})` });
  if (op.deprecated) {
    tags.push({
      tagName: "deprecated",
      text: `API version ${spec.version} of this operation is ${op.status ?? "deprecated"}${op.notBefore ? `; it may stop working after ${op.notBefore} (Not Before)` : ""}.`,
    });
  }
  return { description: escapeDoc(parts.join("\n\n")), tags: tags.map((t) => ({ ...t, text: escapeDoc(t.text) })) };
}

/**
 * Text from the docs must not close the comment it sits in, nor open one inside it (ts-morph's JSDoc
 * printer mistakes an inner `/*` for the comment's own start and loses the closing line).
 */
function escapeDoc(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\/\*/g, "/\\*");
}
