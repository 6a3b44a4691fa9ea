/**
 * A synthetic large SCP "_print" document: the storage page repeated with renamed services, so every
 * copy is a distinct set of services (ids, titles and section numbers shifted), as a real category page
 * with many services would be.
 */
export function syntheticStoragePage(storage: string, targetBytes: number): string {
  const body = storage.slice(storage.search(/^1 - /m));
  const services = (body.match(/^\d+ - /gm) ?? []).length;
  const parts: string[] = ["This is the multi-page printable view of this section. Click here to print.", "Storage"];
  let bytes = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    const renamed = body
      .replace(/^(\d+)((?:\.\d+)* - )/gm, (_m, top: string, rest: string) => `${Number(top) + copy * services}${rest}`)
      .replace(/Scp-Api-Version = ([a-z-]+) /g, (_m, id: string) => `Scp-Api-Version = ${id}-c${copy} `)
      .replace(/^(\d+ - )(.*)$/gm, (_m, num: string, title: string) => (/^\d+(\.\d+)+$/.test(title) ? `${num}${title}` : `${num}${title} ${copy}`));
    parts.push(renamed);
    bytes += Buffer.byteLength(renamed);
  }
  return parts.join("\n");
}
