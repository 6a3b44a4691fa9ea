/**
 * Which service a Huawei page belongs to, from the clues a captured page keeps: the IAM actions of its
 * Authorization Information table, a concrete regional endpoint in an example, the product its breadcrumb
 * names; and the breadcrumb and update line are page furniture, not the title.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(lines: readonly string[]) {
  const result = scrapePages([{ page: "capture.txt", vendor: "huawei", format: "text", content: lines.join("\n\n") }]);
  return { result, paths: result.files.map((f) => f.path), doc: result.files[0]?.document as Doc };
}

/** A small page: its title, a Function text naming `acronym`, the URI and one table. */
function page(head: readonly string[], title: string, functionText: string, extra: readonly string[] = []) {
  return [
    ...head,
    title,
    "Function",
    functionText,
    ...extra,
    "URI",
    "GET /v2/{project_id}/alarms",
    "Table 1 Path Parameters",
    "Parameter",
    "Mandatory",
    "Type",
    "Description",
    "project_id",
    "Yes",
    "String",
    "Project ID.",
    "Response Parameters",
    "Status code: 200",
    "Table 2 Response body parameters",
    "Parameter",
    "Type",
    "Description",
    "count",
    "Integer",
    "Number of alarms.",
    "Status Codes",
    "Status Code",
    "Description",
    "200",
    "OK",
  ];
}

const AUTHORIZATION = ["Authorization Information", "Action", "Access Level", "Dependencies", "workspace:alarms:list", "List", "ces:alarmHistory:list"];

describe("Huawei service ids from what a captured page keeps", () => {
  it("the IAM action's service wins over the title's acronym (the Action column before Dependencies)", () => {
    const { paths } = read(page([], "Querying LTS Alarms", "This API is used to query alarms.", AUTHORIZATION));
    expect(paths).toEqual(["huawei/workspace/v2.yaml"]);
  });

  it("a concrete regional endpoint in an example names the service", () => {
    const { paths } = read(
      page([], "Querying LTS Log Configurations", "This API is used to query LTS log configurations.", ["URI example", "https://dds.cn-north-1.myhuaweicloud.com/v2/0a1b/alarms"]),
    );
    expect(paths).toEqual(["huawei/dds/v2.yaml"]);
  });

  it("the breadcrumb names the product (its initials, or an acronym in it) and is not the title; nor is the update line", () => {
    for (const [product, id] of [
      ["Log Tank Service", "lts"],
      ["Identity and Access Management", "iam"],
      ["NAT Gateway", "nat"],
      ["FunctionGraph", "functiongraph"],
    ] as const) {
      const { result, paths, doc } = read(
        page([`Help Center/ ${product}/ API Reference/ APIs/ Querying Alarms`, "Updated on 2024-10-28 GMT+08:00"], "Querying Alarms", "This API is used to query alarms using SQL statements."),
      );
      expect(paths, product).toEqual([`huawei/${id}/v2.yaml`]);
      const op = doc.paths["/v2/{project_id}/alarms"].get;
      expect(op.summary).toBe("Querying Alarms");
      expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    }
  });

  it("a zh-cn update line is page furniture too", () => {
    const { doc } = read(page(["更新时间:2024-11-08 GMT+08:00"], "查询告警", "This API is used to query VPC alarms."));
    expect(doc.paths["/v2/{project_id}/alarms"].get.summary).toBe("查询告警");
  });

  it("without those clues the title's acronym is used, as before", () => {
    expect(read(page([], "Querying VPC Alarms", "This API is used to query alarms.")).paths).toEqual(["huawei/vpc/v2.yaml"]);
  });
});
