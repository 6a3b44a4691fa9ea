/** npm package names (`@acme/scp-backup`, `scp-backup`): the registry's rules, checked before anything is written. */
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** Why `name` is not a usable npm package name, or undefined when it is. */
export function packageNameProblem(name: string): string | undefined {
  if (name.length === 0) return "is empty";
  if (name.length > 214) return "is longer than 214 characters";
  if (name !== name.toLowerCase()) return "has capital letters (npm names are lower case)";
  if (!NAME.test(name)) return "may hold only lower-case letters, digits, '-', '.', '_', '~' and one '@scope/' prefix, and must not start with '.' or '_'";
  return undefined;
}

/** `1.2` → `1.2.0`, `v2` → `2.0.0`: the newest API version as a package version when none is given. */
export function versionFromApiVersion(version: string): string | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(version);
  if (!m) return undefined;
  return `${Number(m[1])}.${Number(m[2] ?? 0)}.${Number(m[3] ?? 0)}`;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function isSemver(version: string): boolean {
  return SEMVER.test(version);
}
