/**
 * One in-memory ts-morph project per run, shared by every file the run prints (a project per file set
 * up a compiler host and file system each time). Each file is removed from the project once printed.
 */
import type { SourceFile, StatementStructures } from "ts-morph";
import { loadTsMorph } from "./load-cjs.js";

export interface TsPrinter {
  /** Prints statements through one source file of the shared project. */
  print(statements: StatementStructures[]): string;
  /** Builds a file with ts-morph's incremental API (`build` adds to the empty file) and prints it. */
  build(fileName: string, build: (file: SourceFile) => void): string;
}

export function createTsPrinter(): TsPrinter {
  const project = new (loadTsMorph().Project)({ useInMemoryFileSystem: true });
  const printed = (file: SourceFile, build?: (file: SourceFile) => void): string => {
    try {
      build?.(file);
      return file.getFullText();
    } finally {
      project.removeSourceFile(file);
    }
  };
  return {
    print: (statements) => printed(project.createSourceFile("out.ts", { statements }, { overwrite: true })),
    build: (fileName, build) => printed(project.createSourceFile(fileName, "", { overwrite: true }), build),
  };
}
