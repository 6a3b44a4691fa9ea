/**
 * A spec set `copies` times the size of a folder of cloudspec specs: copy k of a spec is the same
 * document with the service renamed (`x-service-id: <id>-x<k>`, title suffixed), so every copy is a
 * client of its own under `<out>/<vendor>/<id>-x<k>/<version>.yaml`.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(name) ? [full] : [];
    });
}

/** Writes the copies and returns their paths (relative to `root`, sorted as the CLI lists them). */
export function writeSyntheticSpecs(specDir: string, out: string, copies: number, root: string): string[] {
  const written: string[] = [];
  for (const file of yamlFiles(specDir)) {
    const text = readFileSync(file, "utf8");
    const [vendor, service, name] = relative(specDir, file).split("/") as [string, string, string];
    for (let k = 1; k <= copies; k++) {
      const id = `${service}-x${k}`;
      const copy = text.replace(/^ {2}x-service-id: .*$/m, `  x-service-id: ${id}`).replace(/^ {2}title: (.*)$/m, (_, title: string) => `  title: ${title} x${k}`);
      const path = join(out, vendor, id, name);
      mkdirSync(join(out, vendor, id), { recursive: true });
      writeFileSync(path, copy);
      written.push(relative(root, path));
    }
  }
  return written.sort();
}
