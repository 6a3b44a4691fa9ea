/**
 * Dotted names → nested schemas, decided by table and example together, on a small made-up guide in
 * both renderings (markdown source and text capture): both must give the same spec.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../core/diagnostics.js";
import type { OpenApi, Schema } from "./test-support.js";
import { checkExamples, operations, resolve, scrapeNhn } from "./test-support.js";
import { withoutSources } from "../../test-support.js";

const REQUEST_EXAMPLE = `{
  "item": {
    "name": "web",
    "tags": ["a", "b"],
    "labels": { "env": "prod" },
    "extra": 1
  }
}`;
const RESPONSE_EXAMPLE = `{
  "items": [
    {
      "id": "f63af601-43cd-41ab-8905-e1e93995f366",
      "os-ext:state": "READY",
      "links": [{ "href": "https://example.com/items/1", "rel": "self" }],
      "flag": "false",
      "created_at": "2020-03-03T11:03:40.000000",
      "meta": { "k": "v" },
      "owner": { "name": null }
    }
  ]
}`;

const MARKDOWN = `## Compute > Widget Service > API v3 Guide

| Type | Region | Endpoint |
|---|---|---|
| widget | Korea (Pangyo) Region | https://kr1-widget.example.com |

## Item

### Item State

| Status Name | Description |
|---|---|
| \`READY\` | Ready |
| \`BUSY\` | Busy |

### Create Item
Creates an item.

\`\`\`
POST /v3/{tenantId}/items
X-Auth-Token: {tokenId}
\`\`\`

#### Request

| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| tenantId | URL | String | O | Tenant ID |
| tokenId | Header | String | O | Token ID |
| item | Body | Object | O | Item to create |
| item.name | Body | String | O | Item name |
| item.tags | Body | Array | - | Tags |
| item.labels | Body | Object | - | Labels |
| item.labels.{key} | Body | String | - | Label value by key |

<details><summary>Example</summary>

\`\`\`json
${REQUEST_EXAMPLE}
\`\`\`

</details>

#### Response

| Name | Type | Format | Description |
|---|---|---|---|
| items | Body | Array | Items |
| items.id | Body | UUID | Item ID |
| items.os-ext:state | Body | Enum | Item state |
| items.links | Body | Object | Links |
| items.flag | Body | Boolean | Flag |
| items.created_at | Body | Datetime | Creation time<br>\`YYYY-MM-DDThh:mm:ss.SSSSSS\` |
| items.meta | Body | Object | Metadata |
| items.owner.name | Body | String | Owner name |

<details><summary>Example</summary>

\`\`\`json
${RESPONSE_EXAMPLE}
\`\`\`

</details>
`;

const TEXT = `Compute > Widget Service > API v3 Guide

Type Region Endpoint
widget Korea (Pangyo) Region
https://kr1-widget.example.com

Item

Item State

Status Name Description
READY Ready
BUSY Busy

Create Item

Creates an item.

POST /v3/{tenantId}/items
X-Auth-Token: {tokenId}

Request

Name Type Format Required Description
tenantId URL String O Tenant ID
tokenId Header String O Token ID
item Body Object O Item to create
item.name Body String O Item name
item.tags Body Array - Tags
item.labels Body Object - Labels
item.labels.{key} Body String - Label value by key
Example

${REQUEST_EXAMPLE}

Response

Name Type Format Description
items Body Array Items
items.id Body UUID Item ID
items.os-ext:state Body Enum Item state
items.links Body Object Links
items.flag Body Boolean Flag
items.created_at Body Datetime Creation time
YYYY-MM-DDThh:mm:ss.SSSSSS
items.meta Body Object Metadata
items.owner.name Body String Owner name
Example

${RESPONSE_EXAMPLE}

TOP
`;

const renderings = [
  { name: "markdown", ...scrapeNhn("widget.md", MARKDOWN, "markdown") },
  { name: "text", ...scrapeNhn("widget.txt", TEXT, "text") },
];

function bodies(doc: OpenApi): { request: Schema; response: Schema } {
  const op = operations(doc)[0]!.op;
  return { request: resolve(doc, op.requestBody!.content["application/json"]!.schema), response: resolve(doc, op.responses["2XX"]!.content!["application/json"]!.schema) };
}

function rules(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity} ${d.ruleId}`).sort();
}

describe.each(renderings)("nesting, $name rendering", ({ doc, diagnostics, result }) => {
  it("derives service id and version from the title, uses every block", () => {
    expect(result.files.map((f) => f.path)).toEqual(["nhn/widget-service/v3.yaml"]);
    expect(result.report.pages[0]!.unconsumed).toEqual([]);
  });

  it("nests the request body, with required flags, an array of example-typed items and a placeholder key", () => {
    const item = bodies(doc).request.properties!.item!;
    expect(bodies(doc).request.required).toEqual(["item"]);
    expect(item.required).toEqual(["name"]);
    expect(item.properties!.tags).toEqual({ description: "Tags", type: "array", items: { type: "string" } });
    expect(item.properties!.labels).toEqual({ description: "Labels", type: "object", additionalProperties: { description: "Label value by key", type: "string" } });
  });

  it("decides array or object, nullability and types from the example", () => {
    const items = bodies(doc).response.properties!.items!;
    expect(items.type).toBe("array");
    const p = items.items!.properties!;
    expect(p.links!.type).toBe("array");
    expect(p.links!.items).toEqual({ type: "object", properties: { href: { type: "string" }, rel: { type: "string" } } });
    expect(p.flag).toEqual({ description: "Flag", type: "string" });
    expect(p.meta).toEqual({ description: "Metadata", type: "object" });
    expect(p.owner!.properties!.name!.type).toEqual(["string", "null"]);
    expect(p.id).toEqual({ description: "Item ID", type: "string", format: "uuid" });
    expect(p["os-ext:state"]!.enum).toEqual(["READY", "BUSY"]);
    expect(p.created_at!.pattern).toBe("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$");
  });

  it("reports where the table had to give way", () => {
    expect(rules(diagnostics)).toEqual([
      "warning doc-example-field-not-in-table", // item.extra
      "warning doc-type-differs-from-example", // items.flag: Boolean, example "false"
      "warning doc-type-differs-from-example", // items.links: Object, example array
    ]);
  });

  it("accepts both examples", () => {
    expect(checkExamples(doc)).toEqual({ checked: 2, failures: [] });
  });
});

describe("nesting, both renderings", () => {
  it("give the same spec", () => {
    expect(withoutSources(renderings[1]!.doc)).toEqual(withoutSources(renderings[0]!.doc));
  });
});
