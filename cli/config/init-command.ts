/** `cloudspec init`: writes the commented starter config, never over an existing file unless --force. */
import { existsSync } from "node:fs";
import { writeFileAtomic } from "../../core/write-atomic.js";
import { STARTER_CONFIG } from "./starter.js";

export interface InitIo {
  out(text: string): void;
  err(text: string): void;
}

export function runInit(opts: { file: string; force?: boolean }, io: InitIo): number {
  if (existsSync(opts.file) && !opts.force) {
    io.err(`error: ${opts.file} exists; rerun with --force to overwrite it\n`);
    return 2;
  }
  writeFileAtomic(opts.file, STARTER_CONFIG);
  io.out(`wrote ${opts.file}: edit sources.pages to point at your saved pages, then run \`cloudspec scrape\`\n`);
  return 0;
}
