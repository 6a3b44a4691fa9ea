/**
 * The one problem shape of the whole tool: scrape problems, spec checks, doc-consistency findings,
 * diff rules and contract failures all produce `Diagnostic`s; formatters only render them.
 */
export type Severity = "error" | "warning" | "info";

export interface SourceLocation {
  /** Page id (the repository-relative path of the page, or the path given on the command line). */
  page: string;
  /** 1-based line in the page's source (for HTML, the line of the element). */
  line: number;
}

export interface PointerLocation {
  /** JSON Pointer into a document, e.g. `#/components/schemas/Pet/properties/type`. */
  pointer: string;
  /** The document the pointer is into. */
  document?: string;
}

export interface Diagnostic {
  /** Stable kebab-case id; suppressions and severity overrides key on it. */
  ruleId: string;
  severity: Severity;
  message: string;
  at: SourceLocation | PointerLocation;
  data?: Record<string, unknown>;
}

export function isSourceLocation(at: Diagnostic["at"]): at is SourceLocation {
  return "page" in at;
}

export function formatLocation(at: Diagnostic["at"]): string {
  if (isSourceLocation(at)) return `${at.page}:${at.line}`;
  return at.document ? `${at.document}${at.pointer}` : at.pointer;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d.at)}: ${d.severity} ${d.ruleId}: ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Collects diagnostics for one run; passed explicitly (no module-level state). */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  report(d: Diagnostic): void {
    this.items.push(d);
  }

  error(ruleId: string, message: string, at: Diagnostic["at"], data?: Record<string, unknown>): void {
    this.items.push({ ruleId, severity: "error", message, at, ...(data ? { data } : {}) });
  }

  warn(ruleId: string, message: string, at: Diagnostic["at"], data?: Record<string, unknown>): void {
    this.items.push({ ruleId, severity: "warning", message, at, ...(data ? { data } : {}) });
  }

  info(ruleId: string, message: string, at: Diagnostic["at"], data?: Record<string, unknown>): void {
    this.items.push({ ruleId, severity: "info", message, at, ...(data ? { data } : {}) });
  }
}
