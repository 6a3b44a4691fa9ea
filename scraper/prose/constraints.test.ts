import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../core/diagnostics.js";
import type { JsonSchema } from "../api-model.js";
import { applyProseConstraints, proseLines, readProseConstraints } from "./constraints.js";

const pos = { page: "p.txt", line: 7 };
const INT: JsonSchema = { type: "integer" };
const STR: JsonSchema = { type: "string" };

function read(text: string, schema: JsonSchema) {
  const r = readProseConstraints(proseLines(text, pos), schema);
  return { taken: Object.fromEntries(r.constraints.map((c) => [c.keyword, c.value])), notes: r.notes.length };
}

describe("prose constraints: unambiguous sentences give keywords", () => {
  it.each<[string, string, JsonSchema, Record<string, unknown>]>([
    ["NHN default", "Block storage count to return\nDefault is 1000", INT, { default: 1000 }],
    ["NHN default and maximum", "Block storage count to return\nDefault is 100, up to max 1000", INT, { default: 100, maximum: 1000 }],
    ["maximum N", "Number of rows, maximum 500", INT, { maximum: 500 }],
    ["tilde range", "Port 1 ~ 65535", INT, { minimum: 1, maximum: 65535 }],
    ["between", "Enter a value between 1 and 100.", INT, { minimum: 1, maximum: 100 }],
    ["Min/Max", "Size in GB. Min: 1, Max: 1000", INT, { minimum: 1, maximum: 1000 }],
    ["SCP at least / up to with thousands", "Enter the value between at least 5,000 IOPS and up to 20,000 IOPS.", INT, { minimum: 5000, maximum: 20000 }],
    ["Huawei string length", "Backup name. The value is a string of 1 to 64 characters that can contain digits.", STR, { minLength: 1, maxLength: 64 }],
    ["Huawei 0 to 255 characters", "The value consists of 0 to 255 characters and must not contain >.", STR, { minLength: 0, maxLength: 255 }],
    ["Huawei boolean default", "Whether to forcibly back up. The value defaults to false.", { type: "boolean" }, { default: false }],
    ["Korean maximum and default", "반환할 개수. 최대 1000, 기본값은 100", INT, { default: 100, maximum: 1000 }],
    ["Korean length range", "이름 (1~255자)", STR, { minLength: 1, maxLength: 255 }],
    ["Korean 이하", "100 이하의 값", INT, { maximum: 100 }],
    ["enum default", "Sort direction. Default: asc", { type: "string", enum: ["asc", "desc"] }, { default: "asc" }],
    ["quoted string default", "Default is `ssd`", STR, { default: "ssd" }],
    ["nullable integer", "up to 50 items per page", { type: ["integer", "null"] }, { maximum: 50 }],
    ["array item count", "At most 10 tags", { type: "array", items: { type: "string" } }, { maxItems: 10 }],
    ["number range", "Ratio from 0.5 to 2.5", { type: "number" }, { minimum: 0.5, maximum: 2.5 }],
    ["max length column kept in the description", "Sender number\nMax Length: 13", STR, { maxLength: 13 }],
    ["maximum length is", "The maximum length is 64.", STR, { maxLength: 64 }],
    ["Korean 최대 길이", "이름\n최대 길이: 20", STR, { maxLength: 20 }],
    ["en dash range", "Value range: 0–2147483647", INT, { minimum: 0, maximum: 2147483647 }],
    ["Max. N characters", "Gadget name. Max. 128 characters.", STR, { maxLength: 128 }],
    ["minimum length", "Minimum length: 2", STR, { minLength: 2 }],
    ["Chinese 最小长度 / 最大长度", "小工具名称 最小长度：1 最大长度：64", STR, { minLength: 1, maxLength: 64 }],
    ["Chinese 最小值 / 最大值", "总数 最小值:0 最大值:2147483647", INT, { minimum: 0, maximum: 2147483647 }],
    ["Chinese 最小值N,最大值N", "最小值0,最大值2000000", INT, { minimum: 0, maximum: 2000000 }],
    ["Chinese full-width tilde", "取值范围：1～100", INT, { minimum: 1, maximum: 100 }],
    ["Chinese sentences without spaces", "名称。最大长度:64", STR, { maxLength: 64 }],
    ["Chinese 缺省值", "实例数量。缺省值:0", INT, { default: 0 }],
    ["Chinese 默认值为N，…", "每页条数。默认值为10，最大值为100", INT, { default: 10, maximum: 100 }],
    ["Chinese 默认取值 of an enum", "排序方向 默认取值: asc", { type: "string", enum: ["asc", "desc"] }, { default: "asc" }],
    // Hyphen ranges, next to a range or length word (before or after them).
    ["Chinese 字符长度N-N位", "网关名称。字符长度1-256位", STR, { minLength: 1, maxLength: 256 }],
    ["Chinese 取值N-N", "带宽大小。取值10-200", INT, { minimum: 10, maximum: 200 }],
    ["Chinese 取值范围：N-N", "取值范围：64512-65534", INT, { minimum: 64512, maximum: 65534 }],
    ["Chinese 长度N-N and the same limits labelled", "模板名称,长度2-64 最小长度:2 最大长度:64", STR, { minLength: 2, maxLength: 64 }],
    ["Chinese 取值N-N位 on a string", "编码,取值1-64位", STR, { minLength: 1, maxLength: 64 }],
    ["Chinese 单位 is no length word", "磁盘大小,单位GB,取值范围：1-100", INT, { minimum: 1, maximum: 100 }],
    ["Chinese N-N个字符", "名称,1-64个字符", STR, { minLength: 1, maxLength: 64 }],
    ["N-N characters", "Gadget name, 1-64 characters.", STR, { minLength: 1, maxLength: 64 }],
    ["Value range: N-N", "Value range: 1-100", INT, { minimum: 1, maximum: 100 }],
    ["in the range of N-N", "Specify a value in the range of 0 - 2147483647.", INT, { minimum: 0, maximum: 2147483647 }],
    ["Length: N-N", "Length: 1-64", STR, { minLength: 1, maxLength: 64 }],
    ["数组长度 on an array", "标签列表 数组长度:0 - 2147483647", { type: "array", items: { type: "string" } }, { minItems: 0, maxItems: 2147483647 }],
    ["Array length on an array", "Tags. Array length: 1-10", { type: "array", items: { type: "string" } }, { minItems: 1, maxItems: 10 }],
  ])("%s", (_, text, schema, want) => {
    expect(read(text, schema)).toEqual({ taken: want, notes: 0 });
  });

  it("gives every constraint its line", () => {
    const lines = [
      { text: "Block storage count to return", pos: { page: "p", line: 112 } },
      { text: "Default is 100, up to max 1000", pos: { page: "p", line: 113 } },
    ];
    expect(readProseConstraints(lines, INT).constraints).toEqual([
      { keyword: "default", value: 100, phrase: "Default is 100", pos: { page: "p", line: 113 } },
      { keyword: "maximum", value: 1000, phrase: "up to max 1000", pos: { page: "p", line: 113 } },
    ]);
  });
});

describe("prose constraints: anything else is a note, never a guess", () => {
  it.each<[string, string, JsonSchema]>([
    ["a hedge", "It is recommended to request up to 100 rows", INT],
    ["an example", "e.g. between 1 and 10", INT],
    ["a string limit without a unit", "Name, up to 255", STR],
    ["a length on an integer", "up to 10 characters", INT],
    ["a Chinese value limit on a string", "小工具名称 最小值:1", STR],
    ["a Chinese length on an integer", "最大长度:10", INT],
    ["an en dash range on a string without a unit", "Gadget code 1–64", STR],
    ["an unknown type", "up to 100", {}],
    ["a default that is not an integer", "Default is unlimited", INT],
    ["an unquoted string default without enum", "Default is fast", STR],
    ["a default outside the enum", "Default: up", { type: "string", enum: ["asc", "desc"] }],
    ["an empty range", "between 100 and 1", INT],
    ["a fractional length", "1.5 to 3 characters", STR],
    ["a hyphen range of digits on an integer", "取值范围：1-8位", INT],
    ["an array length on a string", "数组长度:0 - 10", STR],
    ["an empty hyphen range", "取值范围：200-10", INT],
    ["a Chinese unquoted string default without enum", "消息体的类型 缺省值：application/json", STR],
  ])("%s", (_, text, schema) => {
    expect(read(text, schema)).toEqual({ taken: {}, notes: 1 });
  });

  it("two different values for one keyword: none taken", () => {
    expect(read("maximum 100. Up to 1000", INT)).toEqual({ taken: {}, notes: 1 });
    expect(read("maximum 100. Up to 100", INT)).toEqual({ taken: { maximum: 100 }, notes: 0 });
  });

  it("sentences without a constraint say nothing", () => {
    for (const text of [
      "Return as much as the limit after block storage specified as the marker",
      "In the YYYY-MM-DDThh:mm:ss.SSSSSS format",
      "Block storage size(GB)",
      // A default described, not given (CTS): no default "the", and no note.
      "The value contains 13 numbers and the default value is the timestamp of the last hour.",
      "The default is a value chosen by the system",
      "e.g.) name:asc, created_at:desc",
      "Version 2 of the API",
      // A list of what values mean ("200: normal / 10000 or more: an error"), not a limit.
      "200: 정상\n10000 이상: 오류",
      "1000 or more: an error",
      // Hyphens that are no ranges: signs, dates, versions, IDs, IP addresses, times, lists and alternatives, and
      // a hyphen with no range or length word beside it.
      "默认取值: 不涉及",
      "缺省值：无",
      "取值范围：-1-100",
      "Value range: -1",
      "-1表示不限制",
      "取值范围：2020-01-01",
      "Version range: 1.0-2.0",
      "Length: 1.5-3",
      "ID: abc-123-456",
      "取值范围：10-20-30",
      "IP address range: 10.0.0.1-10.0.0.255",
      "Time range: 00:00-23:59",
      "Port range: 30-40,60-90",
      "Specify a dedicated ASN in the range of 64512-65534 or 4200000000-4294967294.",
      "取值范围：1-100或200-300",
      "产品模板状态 0-启用 1-禁用",
      "The example value is 10-20",
      "Gadget code 1-64",
    ]) {
      expect(read(text, INT)).toEqual({ taken: {}, notes: 0 });
    }
  });
});

describe("applyProseConstraints", () => {
  it("writes the keywords, keeps a table's own value and notes the disagreement", () => {
    const sink = new DiagnosticSink();
    const schema: JsonSchema = { type: "integer", maximum: 500 };
    const taken = applyProseConstraints(schema, proseLines("Default is 100, up to max 1000", pos), { sink, where: "List volumes: limit" });
    expect(schema).toEqual({ type: "integer", maximum: 500, default: 100 });
    expect(taken.map((c) => c.keyword)).toEqual(["default"]);
    expect(sink.items).toEqual([
      expect.objectContaining({
        ruleId: "prose-constraint-unclear",
        severity: "info",
        at: pos,
        message: expect.stringMatching(/^List volumes: limit: maximum is 500 in the table but 1000 in the prose/),
      }),
    ]);
  });

  it("notes a default outside the range, and locates a property schema at its first constraint", () => {
    const sink = new DiagnosticSink();
    const schema: JsonSchema = { type: "integer" };
    applyProseConstraints(schema, proseLines("Default is 5000, up to max 1000", pos), { sink, where: "w", locate: true });
    expect(schema).toEqual({ type: "integer", default: 5000, maximum: 1000, "x-source": pos });
    expect(sink.items.map((d) => d.message)).toEqual(["w: default 5000 lies outside … … 1000"]);
  });
});

describe("prose constraints: ranges of cases", () => {
  it("drops a range whole when its other end disagrees with another range's (no minimum from conditional ranges)", () => {
    expect(read("Storage space:\n300–300,000 GB for small gadgets\n300–600,000 GB for large gadgets", INT)).toEqual({ taken: {}, notes: 2 });
  });
});
