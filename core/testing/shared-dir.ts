/**
 * Tests that read the development folder beside the repository (`../shared`: the vendors' corpus and
 * reference documents, never copied into the repository). A user's clone has no such folder, CI has
 * it: every such test goes through `describeWithShared`, which decides before vitest collects the
 * suite's body, so a missing folder is one visibly skipped test with the reason in its name, never an
 * ENOENT at collection.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "vitest";

/** `CLOUDSPEC_SHARED` when set, else `../shared` next to the repository. */
export function sharedDir(): string {
  return resolve(process.env.CLOUDSPEC_SHARED ?? join(import.meta.dirname, "../../../shared"));
}

/** An absolute path inside the development folder (`corpus/nhn-block-storage`, …). */
export function sharedPath(relative: string): string {
  return join(sharedDir(), relative);
}

export function hasShared(relative: string): boolean {
  return existsSync(sharedPath(relative));
}

/** `describe(name, body)` when `../shared/<relative>` exists; otherwise one skipped test saying why. */
export function describeWithShared(relative: string, name: string, body: () => void): void {
  if (hasShared(relative)) {
    describe(name, body);
    return;
  }
  const reason = `skipped: ${sharedPath(relative)} is absent (the development folder ../shared; CI has it)`;
  describe(name, () => {
    it.skip(reason, () => {});
  });
}
