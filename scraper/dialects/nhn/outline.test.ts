/**
 * Page structure: titles of a text capture, the page title of a saved HTML page, groups as tags, and
 * APIs of one title in two groups.
 */
import { describe, expect, it } from "vitest";
import { NHN_LABELS } from "./labels.js";
import { isTitleLine } from "./outline.js";
import { operations, scrapeNhn } from "./test-support.js";

describe("isTitleLine (text captures)", () => {
  it.each([
    ["List Block Storage Types", true],
    ["Snapshot status", true],
    ["Create Image with Block Storage", true],
    ["List Flavors (Detail)", true],
    ["Returns the list of snapshots", false],
    ["Create image from block storage", false],
    ["Return the list of block storage included to a current tenant.", false],
    ["GET /v2/{tenantId}/types", false],
    ["X-Auth-Token: {tokenId}", false],
    ["Response", false],
    ["[Caution]", false],
    ["Name Type Format Required Default Description", false],
    ["e.g.) name:asc, created_at:desc", false],
  ])("%s → %s", (line, want) => {
    expect(isTitleLine(line, NHN_LABELS)).toBe(want);
  });
});

const api = (title: string, path: string) => `<h3>${title}</h3>
<pre><code>GET ${path}
X-Auth-Token: {tokenId}</code></pre>
<h4>Request</h4>
<table><tr><th>Name</th><th>Type</th><th>Format</th><th>Required</th><th>Description</th></tr>
<tr><td>tokenId</td><td>Header</td><td>String</td><td>O</td><td>Token ID</td></tr></table>
<h4>Response</h4>
<p>This API does not return a response body.</p>`;

const HTML = `<html><body>
<p>NHN Cloud Docs</p>
<h2>Network &gt; VPC &gt; API v2 Guide</h2>
<p>VPC API uses the network type endpoint.</p>
<h2>VPC</h2>
${api("List", "/v2.0/vpcs")}
<h2>Subnet</h2>
${api("List", "/v2.0/vpcsubnets")}
${api("List Subnets", "/v2.0/subnets")}
${api("List Subnets (Detail)", "/v2.0/subnets/detail")}
</body></html>`;

describe("a saved HTML page", () => {
  const { doc, diagnostics, result } = scrapeNhn("vpc.html", HTML, "html");

  it("takes the breadcrumb as the title and leaves the site chrome before it unread", () => {
    expect(result.files.map((f) => f.path)).toEqual(["nhn/vpc/v2.yaml"]);
    expect(result.report.pages[0]!.unconsumed.map((u) => u.text)).toEqual(["NHN Cloud Docs"]);
  });

  it("tags APIs with their group; tells same-titled APIs apart by it (reported), and parenthetical variants by their spelling", () => {
    const ops = operations(doc).map((o) => [o.path, o.op.operationId, o.op.tags[0]]);
    expect(ops).toEqual([
      ["/v2.0/subnets", "listSubnets", "Subnet"],
      ["/v2.0/subnets/detail", "listSubnetsDetail", "Subnet"],
      ["/v2.0/vpcs", "vpcList", "VPC"],
      ["/v2.0/vpcsubnets", "subnetList", "Subnet"],
    ]);
    expect(diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(["warning doc-duplicate-api-title", "warning doc-duplicate-api-title"]);
  });
});
