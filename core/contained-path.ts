/**
 * The last line of defence at every write: a relative path computed from page or spec data must stay
 * inside the folder it is written under. Names are validated where they are read (core/safe-name.ts);
 * this check holds even if a future code path forgets to.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";

export class PathOutsideRootError extends Error {
  constructor(
    readonly root: string,
    readonly path: string,
  ) {
    super(`refusing to write ${JSON.stringify(path)}: it resolves outside the output folder ${JSON.stringify(root)}`);
  }
}

/** `root/relativePath`, resolved; throws `PathOutsideRootError` when it is not strictly inside `root`. */
export function pathInside(root: string, relativePath: string): string {
  if (isAbsolute(relativePath) || relativePath.includes("\0")) throw new PathOutsideRootError(root, relativePath);
  const base = resolve(root);
  const target = resolve(base, relativePath);
  assertInside(base, target);
  return target;
}

/** Throws `PathOutsideRootError` unless `path` (absolute or relative to cwd) lies strictly inside `root`. */
export function assertInside(root: string, path: string): void {
  const rel = relative(resolve(root), resolve(path));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new PathOutsideRootError(root, path);
}
