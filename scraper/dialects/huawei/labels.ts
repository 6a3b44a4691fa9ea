/**
 * Every word the Huawei dialect matches on a page, in one table. Huawei's API reference exists in
 * several renderings (the published HTML, its text capture with one table cell per paragraph, the
 * documentation export in markdown with raw HTML tables) and in several generations of headings
 * ("Request" / "Request Message" / "Request Parameters", "Status Codes" / "Returned Values"):
 * supporting another one is one more string in a list here.
 */
import { escapeRegExp } from "../../text-utils.js";

export { escapeRegExp };
export interface HuaweiLabels {
  /** Section headings (h2 in the export, a paragraph of their own in a text capture). */
  sections: {
    function: string[];
    uri: string[];
    request: string[];
    response: string[];
    statusCodes: string[];
    errorCodes: string[];
    /** Sections of examples only (newer pages): read as the Request / Response section's examples. */
    exampleRequests: string[];
    exampleResponses: string[];
    /** Sections that carry no API information the dialect reads (kept unconsumed, no warning). */
    other: string[];
    /**
     * Headings of a section holding the example request and response together ("Example:"), told
     * apart by their bullet labels. Read as headings only: in running text the word is a bullet label.
     */
    examples: string[];
    /** Headings of the Response section that read as bullet labels elsewhere ("## Normal Response"). */
    responseHeadings: string[];
    /** Headings of a section holding the Function text under bullets ("## Description" / "API name" / "Function"). */
    functionHeadings: string[];
  };
  /** Bullet labels inside a section ("• URI format", "-   Example request"). */
  sub: {
    uriFormat: string[];
    parameters: string[];
    headerParameters: string[];
    exampleRequest: string[];
    exampleResponse: string[];
    normal: string[];
    abnormal: string[];
    /** "None" under Request: the operation has no request body. */
    none: string[];
    /** "or" between alternative example bodies. */
    alternative: string[];
    /** "Example:" before an example: of the request under URI and Request, of the response under Response. */
    example: string[];
    /** "API name" before the API's name ("DeleteTopic"), which is not part of the description. */
    apiName: string[];
  };
  /**
   * Sentences that introduce a table or an example and carry nothing the dialect reads ("Table 1
   * describes the parameters."); `{any}` is free text. Marked read.
   */
  prose: string[];
  /**
   * Captions of tables describing one field: `{name}` stands for the field name
   * ("backup field description", "service_metadata parameter description").
   */
  nestedCaptions: string[];
  /** "Table 4 route objects": numbered captions naming an object type; only a single name counts (not "all objects"). */
  objectCaptions: string[];
  /** "Status code: 200" before the body of one status in newer pages; `{code}` is the status. */
  statusCaption: string[];
  /** An example response saying there is no body, with its status: "None (STATUS CODE 204)". */
  noBodyStatus: string[];
  /** Printed before captions: "Table 2 keypair field data structure description". */
  tableNumber: string[];
  /** Table header words, by column. */
  columns: {
    name: string[];
    mandatory: string[];
    type: string[];
    description: string[];
    statusCode: string[];
    /** The reason phrase of a status-code table ("Status Code | Status | Description": OK). */
    reason: string[];
  };
  yes: string[];
  no: string[];
  /** Page furniture of the published page before the title ("Updated on 2024-05-30 GMT+08:00"); `{any}` is free text. */
  pageChrome: string[];
  /**
   * The first segment of the published page's breadcrumb ("Help Center/ Log Tank Service/ API Reference/ …"): the
   * line is page furniture, and the segment after it names the product.
   */
  breadcrumbRoots: string[];
  /** Paragraphs that only point elsewhere ("For details, see Error Codes."); `{any}` is free text. */
  crossReferences: string[];
  /** Type words of the Type column → JSON Schema type (`object`/`array` hold fields). */
  types: {
    string: string[];
    integer: string[];
    /** Integer words that mean 64 bits. */
    int64: string[];
    number: string[];
    boolean: string[];
    object: string[];
    array: string[];
    /** Structures that are an object or a list of objects, as the example shows ("List data structure"). */
    structure: string[];
  };
  /** "list<dict>", "Array of strings", "String array", "dict[]": `{item}` is the item type word. */
  arrayForms: string[];
  /** "CreateBackupOption object" (newer pages): `{name}` is an object type a nested table describes. */
  objectForms: string[];
  /** "Map<String,String>": free-form objects; `{any}` is the key/value types. */
  mapForms: string[];
  /**
   * "Array of route objects": arrays of an object type named in any case (`{name}`), whose fields a
   * nested table ("route objects") lists.
   */
  objectArrayForms: string[];
  /** Headers sent on every call for authentication: carried by the security scheme, not parameters. */
  securityHeaders: string[];
  /** A URI given as two labelled lines ("PATH: /v1/{project_id}/…", "Method: POST"): `{path}`, `{method}`. */
  uriPath: string[];
  uriMethod: string[];
  /** A sentence naming the normal status in the Response section ('If status code "200 OK" is returned, …'). */
  successSentences: string[];
  /** Capitalised words in titles that are not service names (for the service id). */
  notServiceAcronyms: string[];
  /**
   * Description cells of newer pages, in parts: "Definition: Specifies the project ID." then "Constraints: N/A",
   * "Range: …", "Default value: N/A" (or all on one line, without colons). `definition` leads; `parts` follow.
   */
  descriptionTemplate: { definition: string[]; parts: string[] };
  /** The line before a description cell's list of the field's values, one per line ("Enumeration values:"). */
  enumerationLead: string[];
  /**
   * Labels of the limits generated pages print after every field ("Minimum: 1", "Maximum: 64"), whatever its type:
   * on a string they are its length (`limit-labels.ts`).
   */
  lengthLimitLabels: { min: string[]; max: string[] };
  /** Marks a capture keeps after a heading, of the heading's permalink (`URI¶` in captures of Sphinx-built pages). */
  headingPermalinks: string[];
}

export const HUAWEI_LABELS: HuaweiLabels = {
  sections: {
    function: ["Function", "Functions", "Function Description", "功能介绍", "接口功能"],
    uri: ["URI", "URI Format", "URI格式"],
    request: ["Request", "Requests", "Request Message", "Request Parameters", "Request Parameter", "请求参数", "请求消息"],
    response: ["Response", "Responses", "Response Message", "Response Parameters", "Response Parameter", "响应参数", "响应消息"],
    statusCodes: ["Status Codes", "Status Code", "Returned Values", "Returned Value", "Return Codes", "状态码", "返回值"],
    errorCodes: ["Error Codes", "Error Code", "错误码"],
    exampleRequests: ["Example Requests", "Request Examples", "请求示例"],
    exampleResponses: ["Example Responses", "Response Examples", "响应示例"],
    other: [
      "Constraints",
      "Restrictions",
      "Calling Method",
      "Debugging",
      "Authorization",
      "Authorization Information",
      "SDK Sample Code",
      "约束与限制",
      "约束限制",
      "接口约束",
      "调用方法",
      "调试",
      "授权信息",
      "SDK代码示例",
    ],
    examples: ["Example", "Examples", "示例"],
    responseHeadings: ["Normal Response", "Normal Responses", "正常响应"],
    functionHeadings: ["Description"],
  },
  sub: {
    uriFormat: ["URI format", "URI格式"],
    parameters: [
      "Parameter description",
      "Parameter descriptions",
      "Request parameters",
      "Response parameters",
      "Parameters in the URI",
      "Path parameters",
      "Query parameters",
      "Request body parameters",
      "Response body parameters",
      "Request filter parameters",
      "Request filter parameter",
      "Element description",
      "Element descriptions",
      "URI parameter description",
      "Path parameter description",
      "Query parameter description",
      "Request parameter description",
      "Request body parameter description",
      "Response parameter description",
      "Response body parameter description",
      "参数说明",
      "路径参数",
      "Query参数",
      "查询参数",
      "请求Body参数",
      "响应Body参数",
      "请求参数",
      "响应参数",
      "要素说明",
      "请求样例的要素说明",
      "响应样例的要素说明",
    ],
    headerParameters: [
      "Request header parameters",
      "Header parameters",
      "Response header parameters",
      "Request header parameter description",
      "Header parameter description",
      "请求Header参数",
      "响应Header参数",
      "请求头参数",
      "消息头参数",
    ],
    exampleRequest: ["Example request", "Request example", "Sample request", "请求示例", "请求样例"],
    exampleResponse: ["Example response", "Response example", "Sample response", "响应示例", "响应样例"],
    normal: ["Normal", "Normal values", "Normal response", "Normal status code", "正常", "正常响应"],
    abnormal: ["Abnormal", "Abnormal values", "Abnormal response", "Abnormal status codes", "异常", "异常响应"],
    none: ["None", "N/A", "No request body", "Not involved", "无", "不涉及"],
    alternative: ["or", "Or", "或"],
    example: ["Example", "Examples", "示例"],
    apiName: ["API name"],
  },
  prose: ["{any} describes the {any}", "{any} example shows {any}", "In the preceding example, {any}", "An example is provided as follows", "参数说明见{any}", "参数说明请参见{any}"],
  nestedCaptions: [
    "{name} field description",
    "{name} field descriptions",
    "{name} parameter description",
    "{name} parameter descriptions",
    "{name} field data structure description",
    "{name} data structure description",
    "{name} structure description",
    "Description of field {name}",
    "Description of the {name} field",
    "Data structure of {name}",
    "Data structure description of {name}",
    "Parameter in the {name} field",
    "Parameters in the {name} field",
    "Description of parameter {name}",
    "Description of {name} parameters",
    "Parameter description of the {name} array",
    "Parameter description of the {name} field",
    "{name} 字段数据结构说明",
    "{name}字段数据结构说明",
    "{name} 数据结构说明",
    "{name}数据结构说明",
    "{name} 字段说明",
    "{name}字段说明",
  ],
  objectCaptions: ["{name} objects", "{name} object"],
  statusCaption: ["Status code: {code}", "Status code {code}", "Status Code: {code}", "状态码：{code}", "状态码:{code}", "状态码 {code}"],
  noBodyStatus: ["None (STATUS CODE {code})", "None (Status code: {code})"],
  tableNumber: ["Table", "表"],
  columns: {
    name: ["Parameter", "Parameters", "Parameter Name", "Name", "Field", "参数", "参数名", "参数名称", "名称", "字段", "字段名"],
    mandatory: ["Mandatory", "Required", "Is Mandatory", "Mandatory or Not", "是否必选", "必选", "是否必填", "必填"],
    type: ["Type", "Data Type", "Value Type", "参数类型", "类型", "数据类型"],
    description: ["Description", "描述", "说明"],
    statusCode: ["Status Code", "Status Codes", "Returned Value", "Returned Values", "HTTP Status Code", "Return Code", "状态码", "返回值"],
    reason: ["Status", "Reason", "Reason Phrase", "状态"],
  },
  yes: ["Yes", "Mandatory", "Required", "True", "是", "必选"],
  no: ["No", "Optional", "False", "否", "可选"],
  pageChrome: ["Updated on {any}", "Updated at {any}", "Updated: {any}", "更新时间:{any}", "更新时间：{any}", "Share", "分享"],
  breadcrumbRoots: ["Help Center", "帮助中心"],
  crossReferences: ["For details, see {any}", "For details about {any}, see {any}", "See {any}", "请参见{any}", "详细请参见{any}", "详情请参见{any}"],
  types: {
    string: ["string", "str", "char", "text", "uuid", "date", "datetime", "timestamp"],
    integer: ["int", "integer", "int32", "short", "long", "int64", "bigint"],
    int64: ["long", "int64", "bigint"],
    number: ["float", "double", "number", "decimal", "bigdecimal", "float32", "float64"],
    boolean: ["boolean", "bool"],
    object: ["dict", "object", "map", "json", "dictionary", "hash", "struct", "json object", "dictionary data structure"],
    array: ["list", "array", "jsonarray", "json array"],
    structure: ["data structure", "list data structure", "structure"],
  },
  arrayForms: [
    "list<{item}>",
    "list[{item}]",
    "array<{item}>",
    "array[{item}]",
    "{item}[]",
    "{item} array",
    "{item} list",
    "list of {item}",
    "array of {item}",
    "array of {item} objects",
    "array of {item}s",
  ],
  objectForms: ["{name} object", "{name} objects", "object<{name}>"],
  mapForms: ["map<{any}>", "dict<{any}>", "map[{any}]", "dict[{any}]"],
  objectArrayForms: ["array of {name} objects", "list of {name} objects", "array of {name} object", "{name} object array"],
  securityHeaders: ["X-Auth-Token"],
  uriPath: ["PATH: {path}", "Path: {path}", "URI: {path}"],
  uriMethod: ["Method: {method}", "HTTP method: {method}"],
  descriptionTemplate: { definition: ["Definition", "Explanation", "参数解释"], parts: ["Constraints", "Range", "Value range", "Default value", "Default Value", "约束限制", "取值范围", "默认取值"] },
  enumerationLead: ["Enumeration values", "Enumerated values", "枚举值"],
  headingPermalinks: ["¶"],
  lengthLimitLabels: { min: ["Minimum"], max: ["Maximum"] },
  successSentences: ['If status code "{code}" is returned{any}', "If status code {code} is returned{any}"],
  notServiceAcronyms: [
    "API",
    "APIS",
    "ID",
    "IDS",
    "URI",
    "URL",
    "HTTP",
    "HTTPS",
    "JSON",
    "XML",
    "REST",
    "SDK",
    "AZ",
    "IP",
    "VM",
    "OS",
    "MB",
    "GB",
    "TB",
    "SSH",
    "UUID",
    "CPU",
    "GPU",
    "CLI",
    "AK",
    "SK",
    "OK",
    "ACL",
    "TCP",
    "UDP",
    "DB",
    // Admonition labels ("NOTE:") and HTTP methods in prose ("-X GET") are not service names either.
    "NOTE",
    "NOTICE",
    "CAUTION",
    "WARNING",
    "TIP",
    "DANGER",
    "GET",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "HEAD",
  ],
};

/** Case- and space-insensitive form of a page string: bullet glyphs, a trailing colon and `Table N` dropped. */
export function normaliseLabel(text: string, labels: HuaweiLabels = HUAWEI_LABELS): string {
  let t = text.replace(/\s+/g, " ").trim();
  t = t.replace(/^[•◦▪‣·\-*+]\s+/, "");
  for (const mark of labels.headingPermalinks) if (t.endsWith(mark)) t = t.slice(0, -mark.length).trimEnd();
  const m = tableNumberPrefix(labels).exec(t);
  if (m) t = t.slice(m[0].length);
  return t
    .replace(/\s*[:：]$/, "")
    .trim()
    .toLowerCase();
}

export function matchesAny(text: string, labels: readonly string[], vocabulary: HuaweiLabels = HUAWEI_LABELS): boolean {
  return labelMatcher(text, vocabulary)(labels);
}

/** `matchesAny` for one text against many label lists: the text is normalised once, when first needed. */
export function labelMatcher(text: string, vocabulary: HuaweiLabels = HUAWEI_LABELS): (labels: readonly string[]) => boolean {
  let normalised: string | undefined;
  return (labels) => {
    // Labels are short: a long text (with room for a bullet and a "Table 12" prefix) is rejected unnormalised.
    let longest = 0;
    for (const l of labels) if (l.length > longest) longest = l.length;
    if (text.length > longest * 2 + 24) return false;
    const t = (normalised ??= normaliseLabel(text, vocabulary));
    return labels.some((l) => l.toLowerCase() === t);
  };
}

/**
 * A template with one `{slot}` (and `{any}`) as a regular expression over normalised text; the slot is
 * captured from the original text so its case is kept.
 */
export function templateRegExp(template: string, slot: string): RegExp {
  // By slot, then by the template string itself (a label table's constant, whose hash the engine keeps).
  return COMPILED.templates.get(slot)?.get(template) ?? compileTemplate(template, slot);
}

/** "Table 3 " / "表 3 " prefix of a caption, for every word in `labels.tableNumber`. */
/** Whether a text starts with a table number ("Table 2 …", "表2 …"). */
export function startsWithTableNumber(text: string, labels: HuaweiLabels = HUAWEI_LABELS): boolean {
  return tableNumberPrefix(labels).test(text.replace(/\s+/g, " ").trim());
}

function tableNumberPrefix(labels: HuaweiLabels): RegExp {
  return labels === HUAWEI_LABELS ? COMPILED.tableNumber : compileTableNumber(labels);
}

function compileTableNumber(labels: HuaweiLabels): RegExp {
  return new RegExp(`^(?:${labels.tableNumber.map(escapeRegExp).join("|")})\\s*\\d+[.:]?\\s+`, "i");
}

/** Global: used only through `matchAll`, which copies it (no shared lastIndex). */
function compileTableReference(labels: HuaweiLabels): RegExp {
  // A word boundary before "Table", none before "表" (CJK text has no spaces: "详细参数请参见表2").
  const words = labels.tableNumber.map((w) => (/^\w/.test(w) ? `\\b${escapeRegExp(w)}` : escapeRegExp(w)));
  return new RegExp(`(?:${words.join("|")})\\s*(\\d+)\\b`, "gi");
}

/**
 * A template as a pattern over text whose whitespace is already one space each (every caller collapses it):
 * words are joined by a literal space, not `\s+`, which beside a lazy `.+?` backtracked cubically on a long run.
 */
function compileTemplate(template: string, slot: string): RegExp {
  const parts = template.split(/(\{[a-z]+\})/);
  const body = parts
    .map((p) => {
      if (p === `{${slot}}`) return "(.+?)";
      if (/^\{[a-z]+\}$/.test(p)) return ".+?";
      return escapeRegExp(p).replace(/\s+/g, " ");
    })
    .join("");
  return new RegExp(`^${body}$`, "i");
}

/** The `{slot}` value when `text` matches one of the templates, else undefined. */
export function matchTemplate(text: string, templates: readonly string[], slot: string, labels: HuaweiLabels = HUAWEI_LABELS): string | undefined {
  const t = stripDecorations(text, labels);
  for (const template of templates) {
    const m = templateRegExp(template, slot).exec(t);
    if (m) return (m[1] ?? "").trim();
  }
  return undefined;
}

/** The text with bullet, `Table N` prefix and trailing colon removed, case kept. */
export function stripDecorations(text: string, labels: HuaweiLabels = HUAWEI_LABELS): string {
  let t = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[•◦▪‣·\-*+]\s+/, "");
  const m = tableNumberPrefix(labels).exec(t);
  if (m) t = t.slice(m[0].length);
  return t.replace(/\s*[:：]$/, "").trim();
}

/** The number of a caption ("Table 3 keypairs field description" → "3"), when it has one. */
export function captionNumber(text: string, labels: HuaweiLabels = HUAWEI_LABELS): string | undefined {
  const t = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[•◦▪‣·\-*+]\s+/, "");
  return /(\d+)/.exec(tableNumberPrefix(labels).exec(t)?.[0] ?? "")?.[1];
}

/** Numbers of the tables a text points to ("For details, see Table 4." → ["4"]). */
export function tableReferences(text: string, labels: HuaweiLabels = HUAWEI_LABELS): string[] {
  const re = labels === HUAWEI_LABELS ? COMPILED.tableReference : compileTableReference(labels);
  return [...text.matchAll(re)].map((m) => m[1]!);
}

/**
 * The patterns of `HUAWEI_LABELS`, compiled once when this module loads and never changed afterwards (a
 * constant, not a cache): every `{slot}` template of every list, the `Table N` prefix and reference.
 * Other label tables (tests) are compiled on each use. Regular expressions without the `g` flag keep no
 * state between `exec`s.
 */
const COMPILED = {
  templates: compileTemplates(HUAWEI_LABELS),
  tableNumber: compileTableNumber(HUAWEI_LABELS),
  tableReference: compileTableReference(HUAWEI_LABELS),
};

function compileTemplates(table: HuaweiLabels): ReadonlyMap<string, ReadonlyMap<string, RegExp>> {
  const all = templateLists(table);
  return new Map(slotNames(all).map((slot) => [slot, new Map(all.map((t) => [t, compileTemplate(t, slot)] as const))] as const));
}

/** Every string of the table's lists (templates and plain labels alike: a slot may be asked of either). */
function templateLists(table: object): string[] {
  return Object.values(table).flatMap((v: unknown) => (Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === "string") : v && typeof v === "object" ? templateLists(v) : []));
}

/** The slot names used anywhere in the templates. */
function slotNames(templates: readonly string[]): string[] {
  return [...new Set(templates.flatMap((t) => [...t.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]!)))].sort();
}
