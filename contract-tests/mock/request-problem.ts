import type { SourceLocation } from "../../core/diagnostics.js";

/** One thing wrong with a request, as the mock reports it (the members of Prism's `validation` list, located). */
export interface RequestProblem {
  /** Where in the request: `["query", "size"]`, `["header", "Scp-AccessKey"]`, `["body", "server_uuid"]`, `["content-type"]`. */
  location: string[];
  /** `security`, `content-type`, `unknown-parameter`, or the JSON Schema keyword that failed (`type`, `enum`, `required`, `format` …). */
  code: string;
  /** Errors refuse the request; warnings (an undocumented query parameter) are reported and the request is answered. */
  severity: "error" | "warning";
  message: string;
  /** `page:line` of the documentation that says what was violated (the parameter's or schema's `x-source`; the operation's for security). */
  documentedAt?: string;
  /** Pointer into the spec of what was violated (the parameter, the schema node, the security scheme). */
  pointer?: string;
}

/** Which refusal a set of problems calls for (Prism's order: security first, then the content type, then the rest). */
export type RefusalKind = "security" | "content-type" | "validation";

export function refusalKind(problems: readonly RequestProblem[]): RefusalKind | undefined {
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length === 0) return undefined;
  if (errors.some((p) => p.code === "security")) return "security";
  if (errors.some((p) => p.code === "content-type")) return "content-type";
  return "validation";
}

/** `page:line`, as problems name the documentation. */
export function docLine(source: SourceLocation): string {
  return `${source.page}:${source.line}`;
}
