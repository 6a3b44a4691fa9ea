/** This package's own root and version, found from the running module (works from the sources and from dist/). */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) {
      const name = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string }).name;
      if (name === "cloudspec") return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json of cloudspec above ${fileURLToPath(from)}`);
    dir = up;
  }
}

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
