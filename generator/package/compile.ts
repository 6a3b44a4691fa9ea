/**
 * Compiles a client package's src/ into dist/ (ESM JavaScript and .d.ts) with the TypeScript compiler
 * ts-morph ships, in-process. The runtime's types are found through `runtimeTypes` (its index.d.ts), so
 * the package compiles before anything is installed next to it. Returns the emitted files as data.
 */
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { RUNTIME_PACKAGE } from "../generate.js";

export interface CompiledFile {
  /** Path inside the package folder (`dist/scp/backup/1.2/client.js`). */
  path: string;
  content: string;
}

export class PackageCompileError extends Error {}

/** `sources`: the package's files by path inside it (its package.json among them: "type" decides the module format). */
export function compilePackage(packageFolder: string, sources: ReadonlyArray<{ path: string; content: string }>, runtimeTypes: string): CompiledFile[] {
  // The compiler asks for absolute paths.
  const packageDir = resolve(packageFolder).split("\\").join("/");
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    declaration: true,
    skipLibCheck: true,
    rootDir: join(packageDir, "src"),
    outDir: join(packageDir, "dist"),
    baseUrl: packageDir,
    paths: { [RUNTIME_PACKAGE]: [runtimeTypes] },
    types: [],
    newLine: ts.NewLineKind.LineFeed,
  };
  const byPath = new Map(sources.map((s) => [join(packageDir, s.path).split("\\").join("/"), s.content]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => byPath.get(file) ?? readFile(file);
  host.fileExists = (file) => byPath.has(file) || fileExists(file);
  // The sources are not on disk yet: their folders exist for module resolution too.
  const dirs = new Set([...byPath.keys()].flatMap((f) => f.split("/").map((_, i, parts) => parts.slice(0, i).join("/"))));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => dirs.has(dir) || (directoryExists?.(dir) ?? false);
  const out: CompiledFile[] = [];
  host.writeFile = (file, text) => out.push({ path: relative(packageDir, file).split("\\").join("/"), content: text });
  const program = ts.createProgram(
    [...byPath.keys()].filter((f) => f.endsWith(".ts")),
    options,
    host,
  );
  const emitted = program.emit();
  const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0) {
    const text = problems.slice(0, 20).map((d) => {
      const where = d.file && d.start !== undefined ? `${relative(packageDir, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : "";
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    throw new PackageCompileError(`the generated package does not compile (${problems.length} errors):\n${text.join("\n")}`);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Builds a TypeScript project from its tsconfig file, in-process (what `tsc -p <file>` does); returns the files written. */
export function buildTsProject(configPath: string): string[] {
  const problems: string[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => problems.push(ts.flattenDiagnosticMessageText(d.messageText, "\n")) });
  if (!parsed) throw new PackageCompileError(`${configPath}: ${problems.join("; ")}`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const written: string[] = [];
  const emitted = program.emit(undefined, (file, text) => {
    ts.sys.writeFile(file, text);
    written.push(file);
  });
  const errors = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) throw new PackageCompileError(`${configPath}: ${errors.length} errors, first: ${ts.flattenDiagnosticMessageText(errors[0]!.messageText, "\n")}`);
  return written;
}
