/** The case conventions shared by the generated clients and the tools that call them (operation ids → method names). */

/** "baremetal-blockstorage" → "BaremetalBlockstorage", "block-storage" → "BlockStorage". */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** "list-backups" → "listBackups", "ShowBackup" → "showBackup". */
export function camelCase(text: string): string {
  const p = pascalCase(text);
  return p.length > 0 ? p[0]!.toLowerCase() + p.slice(1) : p;
}
