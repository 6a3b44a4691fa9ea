/** `--limit name=N` (repeatable) for the commands that walk page or spec data; a bad value is a usage error. */
import { InvalidArgumentError } from "commander";
import type { Limits } from "../core/limits.js";
import { LIMIT_NAMES, parseLimitAssignment } from "../core/limits.js";

export const LIMIT_HELP = `raise a depth or size limit (repeatable): ${Object.values(LIMIT_NAMES).join(", ")} (docs/fuzz.md)`;

export function collectLimit(text: string, previous: Partial<Limits> = {}): Partial<Limits> {
  const parsed = parseLimitAssignment(text);
  if (typeof parsed === "string") throw new InvalidArgumentError(parsed);
  return { ...previous, [parsed.key]: parsed.value };
}
