/**
 * Every word the SCP dialect matches on the page, in one table. The English site, the Korean site and
 * older renderings ("Supported Until" for "Not Before") differ only here: supporting another rendering
 * is one more string in a list.
 */
import { escapeRegExp } from "../../text-utils.js";

export { escapeRegExp };

export interface ScpLabels {
  overview: string[];
  apis: string[];
  models: string[];
  description: string[];
  parameters: string[];
  responses: string[];
  exampleRequest: string[];
  requestPath: string[];
  requestHeader: string[];
  requestBody: string[];
  exampleResponse: string[];
  /** "Response 202": the word before the status code. */
  response: string[];
  /** "State ACTIVE (CURRENT)": the word before the state. */
  state: string[];
  version: string[];
  openapiUrl: string[];
  environmentRegionList: string[];
  /** Paragraphs that carry no API information (print banners, the deprecation notice). */
  boilerplate: string[];
  columns: {
    version: string[];
    status: string[];
    notBefore: string[];
    type: string[];
    name: string[];
    description: string[];
    schema: string[];
    default: string[];
    httpCode: string[];
    environment: string[];
    region: string[];
  };
  /** Values of a Parameters table's Type column (where a run-together row's name starts after them). */
  parameterLocations: string[];
  required: string[];
  optional: string[];
  /** Schema cell meaning "no schema", and default cell meaning "no default". */
  none: string[];
  /** Labels run together inside description cells ("… Example : xPattern : ^a$Minimum length : 1"). */
  descriptionFields: {
    example: string[];
    pattern: string[];
    minLength: string[];
    maxLength: string[];
    minimum: string[];
    maximum: string[];
  };
  /** The example request header naming service and version: `Scp-Api-Version = backup 1.2`. */
  versionHeader: string[];
}

export const SCP_LABELS: ScpLabels = {
  overview: ["Overview", "개요"],
  apis: ["APIs", "API"],
  models: ["Models", "모델"],
  description: ["Description", "설명"],
  parameters: ["Parameters", "파라미터", "매개변수"],
  responses: ["Responses", "응답"],
  exampleRequest: ["Example HTTP request", "HTTP 요청 예시", "요청 예시"],
  requestPath: ["Request path", "요청 경로"],
  requestHeader: ["Request header", "요청 헤더"],
  requestBody: ["Request body", "요청 본문", "요청 바디"],
  exampleResponse: ["Example HTTP response", "HTTP 응답 예시", "응답 예시"],
  response: ["Response", "응답"],
  state: ["State", "상태"],
  version: ["Version", "버전"],
  openapiUrl: ["OpenAPI URL"],
  environmentRegionList: ["Environment and Region List", "환경 및 리전 목록", "Environment and region list"],
  boilerplate: [
    "This is the multi-page printable view of this section.",
    "Return to the regular view of this page.",
    "이 섹션의 다중 페이지 출력 화면임.",
    "이 페이지의 일반 화면으로 돌아가기",
    "Deprecated versions with Not Before dates that have arrived or expired are no longer supported.",
    "Deprecated versions with Supported Until dates that have arrived or expired are no longer supported.",
    "최소 지원 보장일이 도래했거나 만료된 Deprecated 버전은 더 이상 지원되지 않습니다.",
  ],
  columns: {
    version: ["Version", "버전"],
    status: ["Status", "상태"],
    notBefore: ["Not Before", "Supported Until", "최소 지원 보장일"],
    type: ["Type", "유형", "타입"],
    name: ["Name", "이름"],
    description: ["Description", "설명"],
    schema: ["Schema", "스키마"],
    default: ["Default", "기본값"],
    httpCode: ["HTTP Code", "HTTP 코드", "Code"],
    environment: ["environment", "환경"],
    region: ["region", "리전"],
  },
  parameterLocations: ["query", "path", "header", "cookie", "body"],
  required: ["required", "필수"],
  optional: ["optional", "선택"],
  none: ["None", "none", ""],
  descriptionFields: {
    example: ["Example", "예시"],
    pattern: ["Pattern", "패턴"],
    minLength: ["Minimum length", "최소 길이"],
    maxLength: ["Maximum length", "최대 길이"],
    minimum: ["Minimum", "최솟값"],
    maximum: ["Maximum", "최댓값"],
  },
  versionHeader: ["Scp-Api-Version"],
};

/** Case- and space-insensitive comparison of a page string with a label. */
export function sameLabel(text: string, label: string): boolean {
  return normaliseLabel(text) === normaliseLabel(label);
}

export function matchesAny(text: string, labels: readonly string[]): boolean {
  // Labels are short: a long text (a description, a JSON line) is rejected without normalising it.
  let longest = 0;
  for (const l of labels) if (l.length > longest) longest = l.length;
  if (text.length > longest * 2 + 8) return false;
  return normalisedSet(labels).has(normaliseLabel(text));
}

/**
 * The normalised form of every list in `SCP_LABELS`, computed once when this module loads and never
 * changed afterwards (a constant, not a cache). Lists that are not part of the table (tests, ad-hoc
 * lists) are normalised on each use.
 */
const NORMALISED: ReadonlyMap<readonly string[], ReadonlySet<string>> = new Map(labelLists(SCP_LABELS).map((list) => [list, new Set(list.map(normaliseLabel))] as const));

function labelLists(table: object): (readonly string[])[] {
  return Object.values(table).flatMap((v: unknown) => (Array.isArray(v) ? [v as string[]] : v && typeof v === "object" ? labelLists(v) : []));
}

function normalisedSet(labels: readonly string[]): ReadonlySet<string> {
  return NORMALISED.get(labels) ?? new Set(labels.map(normaliseLabel));
}

export function normaliseLabel(text: string): string {
  const t = text.trim().toLowerCase();
  return /\s\s|[\t\n\r\u00a0]/.test(t) ? t.replace(/\s+/g, " ") : t;
}

/** True when a paragraph is (or starts with) a boilerplate sentence. */
export function isBoilerplate(text: string, labels: ScpLabels): boolean {
  return isBoilerplateNormalised(normaliseLabel(text.slice(0, 400)), labels);
}

/** Cheap pre-check: could this text be boilerplate (does it start like one of the sentences)? */
export function mayBeBoilerplate(text: string, labels: ScpLabels): boolean {
  const first = text.trimStart().charAt(0).toLowerCase();
  for (const b of normalisedSet(labels.boilerplate)) if (b.charAt(0) === first) return true;
  return false;
}

/** `isBoilerplate` for a text already passed through `normaliseLabel`. */
export function isBoilerplateNormalised(normalised: string, labels: ScpLabels): boolean {
  // Boilerplate sentences are matched on their first 120 characters.
  for (const b of normalisedSet(labels.boilerplate)) if (normalised.startsWith(b.slice(0, 120))) return true;
  return false;
}
