/**
 * Shared by the NHN dialect's tests only: scrape one page through the whole pipeline, and validate every
 * example of the resulting OpenAPI document against its schema with ajv (JSON Schema 2020-12, formats
 * asserted), as a client generated from the spec would.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { fileURLToPath } from "node:url";
import { sharedPath } from "../../../core/testing/shared-dir.js";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { isSourceLocation } from "../../../core/diagnostics.js";
import type { PageFormat, ScrapeResult } from "../../run.js";
import { scrapePages } from "../../run.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const BUNDLED_PAGE = "scraper/pages/nhn-block-storage-api-v2.txt";
/** The development corpus beside the repository; tests using it skip when it is absent. */
export const CORPUS_DIR = `${sharedPath("corpus/nhn-block-storage")}/`;

export type OpenApi = {
  servers?: Array<{ url: string; description?: string }>;
  security?: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Schema>; securitySchemes?: Record<string, Schema> };
};
export type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; type?: string | string[] };
export type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags: string[];
  parameters?: Array<{ name: string; in: string; required: boolean; schema: Schema }>;
  requestBody?: { required: boolean; content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema; example?: unknown }> }>;
};

export interface NhnScrape {
  result: ScrapeResult;
  doc: OpenApi;
  diagnostics: Diagnostic[];
}

export function scrapeNhn(page: string, content: string, format: PageFormat): NhnScrape {
  const result = scrapePages([{ page, vendor: "nhn", format, content }]);
  const file = result.files[0];
  return { result, doc: (file?.document ?? { paths: {}, components: {} }) as unknown as OpenApi, diagnostics: result.diagnostics };
}

/** The first media type's entry of a `content` map (`application/json;charset=UTF-8` or whichever the page gave). */
export function firstMedia<T>(content: Record<string, T> | undefined): T | undefined {
  return Object.values(content ?? {})[0];
}

/** The error diagnostics as `[ruleId, line]` pairs (line -1 for a pointer location). */
export function errorsAt(diagnostics: readonly Diagnostic[]): Array<[string, number]> {
  return diagnostics.filter((d) => d.severity === "error").map((d) => [d.ruleId, isSourceLocation(d.at) ? d.at.line : -1]);
}

export function operations(doc: OpenApi): Array<{ method: string; path: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));
}

/** The component schema a `$ref` names. */
export function resolve(doc: OpenApi, schema: Schema | undefined): Schema {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema ?? {};
  return doc.components.schemas?.[ref.replace("#/components/schemas/", "")] ?? {};
}

export interface ExampleCheck {
  checked: number;
  failures: Array<{ where: string; errors: unknown }>;
}

/** Validates every request and response example against its schema. */
export function checkExamples(doc: OpenApi): ExampleCheck {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const [name, schema] of Object.entries(doc.components.schemas ?? {})) ajv.addSchema(schema, `#/components/schemas/${name}`);
  const check: ExampleCheck = { checked: 0, failures: [] };
  for (const { method, path, op } of operations(doc)) {
    const media = [{ where: "request", m: op.requestBody?.content["application/json"] }, ...Object.entries(op.responses).map(([code, r]) => ({ where: code, m: r.content?.["application/json"] }))];
    for (const { where, m } of media) {
      if (!m || m.example === undefined) continue;
      check.checked++;
      const validate = typeof m.schema.$ref === "string" ? ajv.getSchema(m.schema.$ref) : ajv.compile(m.schema);
      if (validate && !validate(m.example)) check.failures.push({ where: `${method} ${path} ${where}`, errors: validate.errors });
    }
  }
  return check;
}

/** One API section of a hand-written guide: title, request line, the Request part (token header first, then `requestRows`), then the Response part. */
export function guideApi(title: string, requestLine: string, requestRows: string[], response: string[]): string[] {
  return [
    `### ${title}`,
    "",
    "```",
    requestLine,
    "X-Auth-Token: {tokenId}",
    "```",
    "",
    "#### Request",
    ...(requestLine.startsWith("GET ") || requestLine.startsWith("DELETE ") ? ["This API does not require a request body."] : []),
    "",
    "| Name | Type | Format | Required | Description |",
    "|---|---|---|---|---|",
    "| tokenId | Header | String | O | Token ID |",
    ...requestRows,
    "",
    "#### Response",
    ...response,
  ];
}
