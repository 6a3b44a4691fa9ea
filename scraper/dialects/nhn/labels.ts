/**
 * Every word the NHN Cloud dialect matches on a page, in one table: part labels, table column names,
 * the value vocabularies of the Type / Format / Required columns, the "no body" sentences and the
 * auth header. English and Korean renderings and older wordings ("Attribute" for "Format") differ
 * only here: supporting another rendering is one more string in a list.
 */
import { escapeRegExp, isWhitespace } from "../../text-utils.js";

export { escapeRegExp };
export interface NhnLabels {
  /** Part labels inside an API section. */
  request: string[];
  response: string[];
  example: string[];
  /** A heading over the table that follows it, saying no more than that (`###### Parameters` under `##### Request Body`). */
  tableHeadings: string[];
  /** A sentence of an API's description saying the API is deprecated ("This API has been deprecated. Please use API v2.4 …"). */
  deprecatedApi: string[];
  /** A heading inside an API over prose about it (`##### Description` in the Push guides): the API's description. */
  descriptionHeadings: string[];
  /** Notes that may stand alone on a line ("[Caution]"); never API titles. */
  notes: string[];
  /** Page chrome without API information ("TOP" link at the end of a captured page). */
  boilerplate: string[];
  noRequestBody: string[];
  noResponseBody: string[];
  /** Words of a page title that name the document, not the product ("API v2 Guide"). */
  guideWords: string[];
  /** Words that make a section title or field description about a status ("Block Storage Status"). */
  statusWords: string[];
  /** Small words that stay lower case in a Title Case heading. */
  minorWords: string[];
  columns: {
    name: string[];
    /** Where a field goes (URL / Query / Header / Body); "Type" in NHN tables. */
    location: string[];
    /** A column that can only be the location ("Name | In | Type | Description"): the Type column is then the Format. */
    locationOnly: string[];
    /** The value type (String, UUID, …): "Format" in request tables, "Property"/"Attribute" in some responses. */
    format: string[];
    required: string[];
    /** A column saying whether the field may be left out (`| Name | In | Type | Optional | Description |`, `O` or `-`): Required inverted. */
    optional: string[];
    description: string[];
    /** A column of notes on the field (`| Key | Value | Required | Note |`): kept in the description, after it. */
    note: string[];
    /**
     * A column holding the description in some guides (`| Name | Type | Value |`, Value saying what the field is):
     * the description column only in a table that is otherwise a field table (Name and Type) without one.
     */
    valueDescription: string[];
    /**
     * A column joining Required and the data type in one cell (`| Field | Usage | Description |` over `Required, String`,
     * `Optional, DateTime String`, `-, Object Array`; Push guides): read as both columns.
     */
    usage: string[];
    /** The field's default value (`Default value`, 기본값): the schema's `default` when it is a plain value of the field's type. */
    default: string[];
    /** The values the field accepts (`Valid range`, 유효 범위): kept in the description and read like prose ranges. */
    range: string[];
    /**
     * A first column holding the field names in some guides (`| Value | Type | Description |` in Notification and
     * Address Search, `| 필드 | 타입 | 설명 |`): the Name column only when it is the first one and the Type column holds
     * data types (see `dataTypeLayout`).
     */
    nameWhenFirst: string[];
    /** First column of a status table ("Status Name | Description"). */
    value: string[];
    /** Region table ("Type | Region | Endpoint"); its "Type" is the endpoint type, not a location. */
    endpointType: string[];
    region: string[];
    endpoint: string[];
  };
  /** Type-column values → parameter location. */
  locations: Record<string, "path" | "query" | "header" | "body">;
  /** Format-column values → format key (see formats.ts). */
  formats: Record<string, FormatKey>;
  requiredValues: string[];
  optionalValues: string[];
  /** A Default cell saying there is none (`-`, 없음): no `default`. */
  noDefaultValues: string[];
  /** Front matter of a guide split into one file per section (`source: api-guide.md`, `section: "Coupon"`). */
  frontMatter: {
    /** Keys naming the guide the section was split from (its file name). */
    source: string[];
    /** Keys naming the section. */
    section: string[];
    /** Keys naming the product, when the front matter gives it. */
    product: string[];
  };
  /** Headers carrying the auth token: a security scheme, not a parameter. */
  authHeaders: string[];
  /**
   * Headers sent together for authentication (a key and its secret), read as security schemes only from the page's
   * common request-header tables (an API's own table lists them as parameters).
   */
  commonAuthHeaders: string[];
  /** Summary lines of a folded example that are not part labels ("<summary>Unfold</summary>"). */
  disclosure: string[];
  /** Phrases of a part that is the page's common response ("This API responds with common information"). */
  commonResponse: string[];
  /**
   * Phrases of a sentence outside the APIs saying every API answers with one status code ("모든 API 요청에 '200 OK'로
   * 응답합니다", all API requests answer 200 OK): that code is the status of every response that names none.
   */
  allRequestsStatus: string[];
  /** Titles of a section holding the page's common response fields (the envelope every API answers with). */
  commonResponseSections: string[];
  /**
   * Guides describing each API as an "interface" (Contact Center): a heading over the `URL: https://…` line and a table
   * whose Call direction column holds the method, then Request Parameters and Result Data tables of
   * `Name | Variable | Data type | Required | Description`, where Variable is the field and Name its label (or, in
   * Result Data, the parent path of the rows below it).
   */
  interfaceGuide: {
    headings: string[];
    url: string[];
    methodColumns: string[];
    labelColumns: string[];
    variableColumns: string[];
    typeColumns: string[];
    /** A Variable cell standing for the body: the rows after it are the body's fields. */
    bodyMarkers: string[];
  };
  /** Phrases of a part that points at another API of the page ("Returns the same response as Get Image"). */
  sameAs: string[];
  /**
   * Columns of a result-code table inside an API (`| code | message | Description |`): the codes the body's
   * `resultCode` takes when the call fails, often with HTTP status 200.
   */
  resultCodeColumns: {
    code: string[];
    message: string[];
    /** A first column giving the HTTP status the code comes with (`| Response Code | resultCode | … |`). */
    status: string[];
  };
  /** Phrases that introduce a list of allowed values in a description ("One of `a`, `b`"). */
  enumLeads: string[];
  /** Words joining the values of such a list ("`a`, `b` or `c`"). */
  enumJoiners: string[];
  /** Phrases naming the HTTP status code of a response ("return status code 204"). */
  statusCodePhrases: string[];
  /** A Name cell standing for the whole body rather than a field ("-" for a binary upload). */
  wholeBodyNames: string[];
  /** The request line as a two-column table (`| Method | URI |`, one row `GET | /v1.0/appkeys/{appKey}/…`). */
  requestLineColumns: { method: string[]; uri: string[] };
  /** Bracketed captions over a part's pieces (`[URI]`, `[Path Parameter]`, `[Request Body]`). */
  captions: {
    /** Over the request line (its table or its `METHOD /path` block). */
    requestLine: string[];
    /**
     * Further words of a request-line caption that lists what its block holds (`Method, URL, Headers`): a caption
     * whose comma-separated pieces are all these or `requestLine` words, one of them a `requestLine` word.
     */
    requestLineParts: string[];
    /** Over a field table: where its rows are sent (the table's Type column is then the data type). */
    locations: Record<string, "path" | "query" | "header" | "body">;
    /** Over an example response (`[Success example]`, `[Failure example]`): the Response part starts, if it has not. */
    responseExamples: string[];
    /**
     * Words after a caption written without brackets that say no more than "information" (`URI情報`, `パラメータ情報`):
     * the caption is the words before.
     */
    infoSuffixes: string[];
    /** Name columns of a captioned table besides `columns.name` (`| Field | Type | Description |`). */
    nameColumns: string[];
  };
}

export type FormatKey = "string" | "integer" | "number" | "boolean" | "uuid" | "datetime" | "date" | "enum" | "object" | "array" | "uri" | "binary";

export const NHN_LABELS: NhnLabels = {
  request: ["Request", "요청", "Request Parameters", "요청 파라미터 정의", "リクエスト"],
  response: ["Response", "응답", "Success Response", "성공 응답", "Result Data", "결과 데이터", "Result", "レスポンス"],
  example: ["Example", "Examples", "예시", "예제", "cURL", "例"],
  descriptionHeadings: ["Description", "Descriptions", "설명"],
  tableHeadings: ["Parameters", "Parameter", "Fields", "Field", "파라미터", "필드"],
  deprecatedApi: [
    "This API has been deprecated",
    "This API is deprecated",
    "This API is no longer supported",
    "This API will be deprecated",
    "이 API는 더 이상 사용되지 않습니다",
    "이 API는 지원이 종료되었습니다",
    "이 API는 지원 종료되었습니다",
    "지원 종료된 API입니다",
  ],
  notes: ["[Caution]", "[Note]", "[Reference]", "[Notes]", "Caution", "Note", "[주의]", "[참고]", "주의", "참고"],
  boilerplate: ["TOP"],
  noRequestBody: ["This API does not require a request body", "No request body", "이 API는 요청 본문을 요구하지 않습니다"],
  // "… does not return a request body" is printed in Response parts (read as "no response body", reported).
  noResponseBody: ["This API does not return a response body", "This API does not return a request body", "No response body", "이 API는 응답 본문을 반환하지 않습니다"],
  guideWords: ["API", "Guide", "가이드", "Developer's", "Developers'", "Developer", "개발자", "ガイド", "APIガイド"],
  statusWords: ["status", "statuses", "state", "states", "상태"],
  minorWords: ["a", "an", "the", "of", "with", "for", "to", "in", "on", "by", "and", "or", "from", "at", "as", "into", "per"],
  columns: {
    name: ["Name", "이름", "名前", "Header name", "헤더 이름", "헤더명", "Property name", "Field name", "Parameter name", "Attribute name", "속성명", "필드명", "파라미터명", "속성 이름", "필드 이름"],
    location: ["Type", "종류", "타입", "タイプ"],
    locationOnly: ["In", "Location", "위치", "Category"],
    format: ["Format", "Property", "Properties", "Attribute", "Attributes", "Data Type", "DataType", "형식", "속성", "데이터 타입", "데이터 유형", "자료형"],
    required: ["Required", "필수", "필수 여부", "必須かどうか", "必須"],
    optional: ["Optional", "선택 여부"],
    description: ["Description", "설명", "필드 설명", "説明"],
    note: ["Note"],
    valueDescription: ["Value", "값", "値"],
    usage: ["Usage", "용도", "사용"],
    default: ["Default", "Default value", "Default Value", "Defaults", "기본값", "기본 값", "디폴트", "デフォルト値"],
    range: ["Valid range", "Range", "Valid values", "Allowed range", "유효 범위", "범위", "허용 범위", "유효 값", "有効範囲"],
    nameWhenFirst: ["Value", "값", "値", "Field", "Fields", "필드", "フィールド", "Key", "키", "Parameter", "파라미터", "Path"],
    value: ["Status Name", "Status", "상태 이름", "상태"],
    endpointType: ["Type", "타입", "종류"],
    region: ["Region", "리전", "Environment", "환경", "リージョン", "環境"],
    endpoint: ["Endpoint", "Domain", "URI", "엔드포인트", "도메인", "ドメイン"],
  },
  locations: { URL: "path", Path: "path", "URL Path": "path", "Path Variable": "path", Query: "query", "Query String": "query", Header: "header", Body: "body" },
  formats: {
    String: "string",
    Integer: "integer",
    Int: "integer",
    Long: "integer",
    Short: "integer",
    SmallInt: "integer",
    Number: "number",
    Float: "number",
    Double: "number",
    Boolean: "boolean",
    Bool: "boolean",
    UUID: "uuid",
    Datetime: "datetime",
    DateTime: "datetime",
    Timestamp: "datetime",
    LocalDateTime: "datetime",
    ZonedDateTime: "datetime",
    OffsetDateTime: "datetime",
    LocalDate: "date",
    Date: "date",
    // Push guides name the JSON type after the value's form: "DateTime String", "Date String", "Time String".
    "DateTime String": "datetime",
    "Date Time String": "datetime",
    "Date String": "date",
    "Time String": "string",
    Enum: "enum",
    Object: "object",
    Map: "object",
    Array: "array",
    List: "array",
    Set: "array",
    // "Array[Object]" (Gamebase): an array of the objects whose fields the rows under it list.
    "Array[Object]": "array",
    URI: "uri",
    Binary: "binary",
    // A multipart upload's file part (Face Recognition `| imageFile | file | O |`).
    File: "binary",
  },
  requiredValues: ["O", "Y", "Yes", "Required", "Mandatory", "필수", "必須"],
  optionalValues: ["-", "X", "N", "No", "Optional", "Not required", "선택", "任意"],
  noDefaultValues: ["-", "–", "—", "None", "N/A", "(none)", "없음", "해당 없음", "なし"],
  frontMatter: { source: ["source"], section: ["section"], product: ["product", "service", "title"] },
  authHeaders: ["X-Auth-Token", "Authorization", "X-NHN-Authorization"],
  commonAuthHeaders: ["X-TC-AUTHENTICATION-ID", "X-TC-AUTHENTICATION-SECRET"],
  disclosure: ["Unfold", "Expand", "펼치기"],
  interfaceGuide: {
    headings: ["Interface Description", "인터페이스 설명"],
    url: ["URL"],
    methodColumns: ["Call direction", "호출방향", "호출 방향"],
    labelColumns: ["Name", "명칭"],
    variableColumns: ["Variable", "변수"],
    typeColumns: ["Data type", "데이터 타입"],
    bodyMarkers: ["request body", "요청 본문"],
  },
  allRequestsStatus: ["모든 API 요청에", "모든 요청에", "all API requests", "every API request", "all requests", "すべてのAPIリクエストに", "全てのAPIリクエストに"],
  commonResponseSections: ["Common Response", "Common Response Body", "Common Response Information", "API 응답 공통 정보", "공통 응답", "공통 응답 본문", "응답 공통 정보"],
  commonResponse: [
    "responds with common information",
    // "This API responds with the common information only" (NCR).
    "공통 정보만 응답합니다",
    "responds with the common information",
    "common response information only",
    "same as the common response body",
    "same as common response body",
    "same as the common response",
    "공통 응답 본문과 같습니다",
    "공통 응답과 같습니다",
    // "The response body holds nothing but the header fields" (Online NAS): the common response only.
    "헤더 필드 외의 내용이 포함되지 않습니다",
    "헤더 외의 내용이 포함되지 않습니다",
    "contains nothing but the header",
    "contains only the header",
  ],
  resultCodeColumns: {
    code: ["code", "Error Code", "Result Code", "resultCode", "Error code", "Result code", "에러 코드", "오류 코드", "결과 코드", "코드"],
    message: ["message", "Error Message", "Result Message", "resultMessage", "메시지", "에러 메시지", "오류 메시지", "결과 메시지"],
    status: ["Response Code", "HTTP Status", "HTTP Status Code", "Status Code", "응답 코드", "HTTP 상태 코드"],
  },
  sameAs: ["same as", "same response as", "same request as", "와 같습니다", "과 같습니다", "와 동일합니다", "과 동일합니다", "와 동일", "과 동일"],
  enumLeads: ["one of", "either", "among", "중 하나", "중에서"],
  enumJoiners: ["or", "and", ",", "또는", "및", "중", "하나"],
  statusCodePhrases: ["status code", "상태 코드"],
  wholeBodyNames: ["-"],
  requestLineColumns: { method: ["Method", "HTTP Method", "메서드", "메소드", "メソッド"], uri: ["URI", "URL", "Path", "Request URL", "Request URI", "경로", "요청 URL"] },
  captions: {
    requestLine: ["URI", "URL", "API", "Method, URI", "Request URI", "Request URL"],
    requestLineParts: ["Method", "HTTP Method", "Header", "Headers", "Request Header", "Request Headers", "메서드", "메소드", "헤더", "요청 헤더", "メソッド", "ヘッダ", "ヘッダー"],
    responseExamples: ["Success example", "Failure example", "Success response", "Failure response", "Response example", "Example response", "성공 예시", "실패 예시", "응답 예시", "응답 예제"],
    locations: {
      "Path Parameter": "path",
      "Path Parameters": "path",
      "Path Variable": "path",
      "Path Variables": "path",
      // The AI-service guides print the query under `[URL Parameter]` beside `[Path Variable]`; a row named like a
      // path placeholder is moved to the path (see checkPathParameters).
      "URL Parameter": "query",
      "URL Parameters": "query",
      "Query Parameter": "query",
      "Query Parameters": "query",
      "Query String": "query",
      "QueryString Parameter": "query",
      "Query String Parameter": "query",
      "Request Parameter": "query",
      "Request Parameters": "query",
      Parameter: "query",
      Parameters: "query",
      Header: "header",
      Headers: "header",
      "Request Header": "header",
      "Request Headers": "header",
      "HTTP Header": "header",
      "HTTP Headers": "header",
      "Request Body": "body",
      RequestBody: "body",
      "Response Body": "body",
      ResponseBody: "body",
      Response: "body",
      Field: "body",
      Fields: "body",
      "경로 변수": "path",
      "경로 파라미터": "path",
      "쿼리 파라미터": "query",
      "요청 파라미터": "query",
      헤더: "header",
      "요청 헤더": "header",
      "요청 본문": "body",
      "응답 본문": "body",
      응답: "body",
      필드: "body",
      パラメータ: "query",
      ヘッダ: "header",
      ヘッダー: "header",
      リクエスト本文: "body",
      レスポンス本文: "body",
      フィールド: "body",
      Pathパラメータ: "path",
      パスパラメータ: "path",
      クエリパラメータ: "query",
    },
    infoSuffixes: ["情報", "정보", "Information"],
    nameColumns: ["Field", "Fields", "Key", "필드", "키", "フィールド"],
  },
};

/** "Request/Response": one heading over both parts (the "no body" sentences under it then say which is empty). */
export function isCombinedPartLabel(text: string, labels: NhnLabels): boolean {
  const halves = text.split("/");
  return halves.length === 2 && matchesAny(halves[0]!.trim(), labels.request) && matchesAny(halves[1]!.trim(), labels.response);
}

/** The words that open or close an API part (Request, Response, Example, notes, "no body" sentences), as one list. */
export function apiPartLabels(labels: NhnLabels): readonly string[] {
  return labels === NHN_LABELS ? NHN_PART_LABELS : partLabels(labels);
}

function partLabels(labels: NhnLabels): readonly string[] {
  return [...labels.request, ...labels.response, ...labels.example, ...labels.notes, ...labels.noRequestBody, ...labels.noResponseBody];
}

/** Case- and space-insensitive comparison of page text with labels. */
export function matchesAny(text: string, labels: readonly string[]): boolean {
  const set = NORMALISED.get(labels) ?? normalisedSet(labels);
  // Labels are short: a long text is rejected without normalising it.
  if (text.length > set.longest * 2 + 8) return false;
  // Nor is a text whose first visible character starts no label (most lines of a page).
  if (set.firsts !== undefined) {
    const first = firstVisible(text);
    if (first !== undefined && !set.firsts.has(first)) return false;
  }
  return set.values.has(normaliseLabel(text));
}

interface NormalisedList {
  values: ReadonlySet<string>;
  longest: number;
  /**
   * The first character of every normalised label: a normalised text starts with its first visible character,
   * lower-cased. Undefined when a label normalises to nothing (then any text may match).
   */
  firsts: ReadonlySet<string> | undefined;
}

function normalisedSet(labels: readonly string[]): NormalisedList {
  const values = new Set(labels.map(normaliseLabel));
  const firsts = values.has("") ? undefined : new Set([...values].map((v) => String.fromCodePoint(v.codePointAt(0)!)));
  return { values, longest: Math.max(0, ...labels.map((l) => l.length)), firsts };
}

/** The first character of a text that is not white space, lower-cased as a whole string would lower-case it. */
function firstVisible(text: string): string | undefined {
  for (let k = 0; k < text.length; k++) {
    if (isWhitespace(text.charCodeAt(k))) continue;
    const lower = String.fromCodePoint(text.codePointAt(k)!).toLowerCase();
    return String.fromCodePoint(lower.codePointAt(0)!);
  }
  return undefined;
}

function labelLists(table: object): (readonly string[])[] {
  return Object.values(table).flatMap((v: unknown) => (Array.isArray(v) ? (v.every((x) => typeof x === "string") ? [v as string[]] : []) : v && typeof v === "object" ? labelLists(v) : []));
}

/** Text as labels are compared: case, spacing, English articles and final periods ignored ("… request body. ."). */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\s.。]+$/, "")
    .trim()
    .toLowerCase()
    .replace(/ (?:a|an|the) /g, " ");
}

/** Looks a value up in a vocabulary record case-insensitively. */
export function lookup<T>(record: Readonly<Record<string, T>>, text: string): T | undefined {
  const t = text.trim().toLowerCase();
  const lowered = LOWERED.get(record);
  if (lowered) return lowered.get(t) as T | undefined;
  for (const [k, v] of Object.entries(record)) if (k.toLowerCase() === t) return v;
  return undefined;
}

/** A vocabulary record by lower-cased key, the first key of each spelling winning (as `lookup` reads the record). */
function loweredRecord(record: Readonly<Record<string, unknown>>): ReadonlyMap<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(record)) if (!out.has(k.toLowerCase())) out.set(k.toLowerCase(), v);
  return out;
}

/** The labels that open an API part or a note, without the "no body" sentences: a heading that is one of them is not an API. */
export function partHeadingLabels(labels: NhnLabels): readonly string[] {
  return labels === NHN_LABELS ? NHN_PART_HEADINGS : partHeadings(labels);
}

function partHeadings(labels: NhnLabels): readonly string[] {
  return [...labels.request, ...labels.response, ...labels.example, ...labels.notes];
}

/**
 * Derived from `NHN_LABELS` once, when this module loads, and never changed afterwards (constants, not
 * caches): the API-part lists, the normalised form of every list and the vocabulary records by lower-cased key. Other label tables (tests) are
 * derived on each use.
 */
const NHN_PART_LABELS: readonly string[] = partLabels(NHN_LABELS);
const NHN_PART_HEADINGS: readonly string[] = partHeadings(NHN_LABELS);
const NORMALISED: ReadonlyMap<readonly string[], NormalisedList> = new Map([...labelLists(NHN_LABELS), NHN_PART_LABELS, NHN_PART_HEADINGS].map((list) => [list, normalisedSet(list)] as const));
const LOWERED: ReadonlyMap<object, ReadonlyMap<string, unknown>> = new Map(
  [NHN_LABELS.locations, NHN_LABELS.formats, NHN_LABELS.captions.locations].map((record) => [record, loweredRecord(record)] as const),
);
