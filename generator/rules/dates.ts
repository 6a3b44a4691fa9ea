/**
 * Not Before dates: ISO calendar dates (`2026-03-31`) compared as strings and counted in whole days.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today in UTC as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `undefined` is "no date": later than any date. */
export function isEarlier(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && (b === undefined || a < b);
}

/** Whether a Not Before date is still ahead of `asOf` (the promise still holds). */
export function isAhead(notBefore: string | undefined, asOf: string): notBefore is string {
  return notBefore !== undefined && notBefore > asOf;
}
