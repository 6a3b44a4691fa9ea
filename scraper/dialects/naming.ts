/**
 * Identifiers from documentation titles. "CancelArchiving" → cancelArchiving,
 * "List Backup Agents" → listBackupAgents, "Create a snapshot" → createASnapshot,
 * "Restoring a Disk Using a VBS Backup (Native OpenStack API)" → restoringADiskUsingAVbsBackup
 * (a trailing parenthetical qualifies the page, not the operation).
 */
export function operationIdFrom(title: string): string {
  const core = title.replace(/\s*\([^()]*\)\s*$/, "").trim() || title;
  const words = core
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "");
  if (words.length === 0) return "operation";
  const [first, ...rest] = words;
  const id = first!.toLowerCase() + rest.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join("");
  return /^[0-9]/.test(id) ? `op${id}` : id;
}
