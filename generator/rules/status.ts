/**
 * Version statuses in the order a version moves through them (`CURRENT` → `SUPPORTED` → `DEPRECATED`);
 * anything else counts as current.
 */
const RANK: Readonly<Record<string, number>> = { CURRENT: 0, SUPPORTED: 1, DEPRECATED: 2 };

export function statusRank(status: string | undefined): number {
  return RANK[(status ?? "").toUpperCase()] ?? 0;
}
