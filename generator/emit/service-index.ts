/**
 * `generated/<vendor>/<service>/index.ts`: every version of a service and a factory that picks one by
 * version string — typed, so an unknown version does not compile.
 */
import { loadTsMorph } from "./load-cjs.js";
import type { TsPrinter } from "./ts-printer.js";
import { NameAllocator, pascalCase } from "../names.js";
import type { SpecSummary } from "../spec-summary.js";
import { clientNames } from "./client-class.js";

export interface VersionEntry {
  spec: SpecSummary;
  /** Folder of the version under the service folder (`1.2`). */
  folder: string;
}

export function emitServiceIndex(entries: readonly VersionEntry[], runtimeImport: string, printer: TsPrinter): string {
  const { VariableDeclarationKind } = loadTsMorph();
  return printer.build("index.ts", (file) => {
    const first = entries[0]!.spec;
    const base = pascalCase(first.service);
    const names = new NameAllocator(`generated/${first.vendor}/${first.service}/index.ts`);
    file.addImportDeclaration({ isTypeOnly: true, namedImports: [names.allocate("ClientConfig")], moduleSpecifier: runtimeImport });
    const classes: Array<{ version: string; className: string }> = [];
    for (const { spec, folder } of entries) {
      const className = names.allocate(clientNames(spec).className, `${spec.service} ${spec.version}`);
      file.addImportDeclaration({ namedImports: [className], moduleSpecifier: `./${folder}/client.js` });
      classes.push({ version: spec.version, className });
    }
    file.addExportDeclaration({ namedExports: classes.map((c) => c.className) });
    const clients = names.allocate(`${base}Clients`);
    const versionType = names.allocate(`${base}Version`);
    const clientType = names.allocate(`${base}Client`);
    const optionsType = names.allocate(`${base}ClientOptions`);
    const factory = names.allocate(`create${base}Client`);
    const versionsConst = names.allocate(`${base[0]!.toLowerCase()}${base.slice(1)}Versions`);

    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Client classes of ${first.vendor}/${first.service}, by API version.`],
      declarations: [{ name: clients, initializer: `{ ${classes.map((c) => `${JSON.stringify(c.version)}: ${c.className}`).join(", ")} } as const` }],
    });
    file.addTypeAlias({ isExported: true, name: versionType, type: `keyof typeof ${clients}` });
    file.addTypeAlias({ isExported: true, name: clientType, typeParameters: [{ name: "V", constraint: versionType }], type: `InstanceType<(typeof ${clients})[V]>` });
    file.addTypeAlias({
      isExported: true,
      name: optionsType,
      typeParameters: [{ name: "V", constraint: versionType }],
      type: `{ version: V } & NonNullable<ConstructorParameters<(typeof ${clients})[V]>[0]>`,
    });
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Every documented version with its status and Not Before date, newest first."],
      declarations: [
        {
          name: versionsConst,
          initializer: `${JSON.stringify(
            entries.map(({ spec }) => ({ version: spec.version, ...(spec.status ? { status: spec.status } : {}), ...(spec.notBefore ? { notBefore: spec.notBefore } : {}) })),
            null,
            2,
          )} as const`,
        },
      ],
    });
    file.addFunction({
      isExported: true,
      name: factory,
      docs: [`A ${first.service} client for one API version: \`${factory}({ version: ${JSON.stringify(classes[classes.length - 1]!.version)}, … })\`.`],
      typeParameters: [{ name: "V", constraint: versionType }],
      parameters: [{ name: "options", type: `${optionsType}<V>` }],
      returnType: `${clientType}<V>`,
      statements: [
        "const { version, ...config } = options;",
        `const Client = ${clients}[version] as unknown as new (config: ClientConfig) => ${clientType}<V>;`,
        `if (!Client) throw new Error(\`unknown ${first.service} API version \${String(version)}; known: \${Object.keys(${clients}).join(", ")}\`);`,
        "return new Client(config);",
      ],
    });
  });
}
