/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), one per finding, as
 * oasdiff's `--format githubactions` writes them: breaking → error, warning → warning, info → notice.
 * A finding is annotated at its spec line when `locate` finds one (the spec file and the pointer's line),
 * else at its documentation page and line, else at the spec file alone.
 */
import { isSourceLocation } from "../../core/diagnostics.js";
import type { Finding } from "../rules/judge.js";
import type { Level } from "../rules/types.js";
import { clientText } from "./labels.js";
import type { DiffReport } from "./model.js";
import { lineOfPointer, pointerLines } from "./pointer-lines.js";

const COMMAND: Readonly<Record<Level, string>> = { breaking: "error", warning: "warning", info: "notice" };

export interface GithubOptions {
  /** The repository path of a spec (`scp/backup/1.2.yaml` in the base or revision tree) and the line of a pointer in it. */
  locate?: (spec: string, side: "base" | "revision", pointer: string) => { file: string; line?: number } | undefined;
}

/** Workflow-command escaping: `%`, CR and LF in the message; also `:` and `,` in properties. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function place(f: Finding, options: GithubOptions): { file?: string; line?: number } {
  const side = f.data.pointerIn;
  const spec = side === "base" ? f.data.base : f.data.revision;
  const found = spec ? options.locate?.(spec, side, f.data.pointer) : undefined;
  if (found) return found;
  if (isSourceLocation(f.at)) return { file: f.at.page, line: f.at.line };
  return spec ? { file: spec } : {};
}

export function renderGithub(report: DiffReport, options: GithubOptions = {}): string {
  const lines: string[] = [];
  for (const c of report.comparisons) {
    for (const f of c.findings) {
      const at = place(f, options);
      const props = [...(at.file ? [`file=${escapeProperty(at.file)}`] : []), ...(at.line ? [`line=${at.line}`] : []), `title=${escapeProperty(`${f.ruleId} (${c.service})`)}`];
      const client = clientText(f);
      const impact = f.data.clientImpact && client ? ` — client: ${client}: ${f.data.clientImpact.detail}` : "";
      lines.push(`::${COMMAND[f.data.level]} ${props.join(",")}::${escapeData(`${f.message}${impact}`)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** A `locate` reading each spec once: `read` gives the repository path and text of a spec of one side. */
export function specLocator(read: (spec: string, side: "base" | "revision") => { file: string; text: string } | undefined): NonNullable<GithubOptions["locate"]> {
  const cache = new Map<string, { file: string; lines: ReadonlyMap<string, number> } | undefined>();
  return (spec, side, pointer) => {
    const key = `${side}:${spec}`;
    if (!cache.has(key)) {
      const r = read(spec, side);
      cache.set(key, r ? { file: r.file, lines: pointerLines(r.text) } : undefined);
    }
    const hit = cache.get(key);
    if (!hit) return undefined;
    const line = lineOfPointer(hit.lines, pointer);
    return { file: hit.file, ...(line !== undefined ? { line } : {}) };
  };
}
