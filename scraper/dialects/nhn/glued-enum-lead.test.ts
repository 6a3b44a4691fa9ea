/**
 * A lead phrase run into its first value: the guides write "Either`private`, or `shared`" (no space before the
 * code span), which reads "Eitherprivate, or shared" once the markup is text. Hand-written guide.
 */
import { describe, expect, it } from "vitest";
import { guideApi as api, resolve, scrapeNhn } from "./test-support.js";

const guide = (rows: string[]) =>
  [
    "## Network > Gadget Balancer > API v2 Guide",
    "",
    ...api("List Gadgets", "GET /v2.0/gadgets", [], ["", "| Name | Type | Format | Description |", "|---|---|---|---|", "| gadgets | Body | Array | Gadgets |", ...rows, ""]),
  ].join("\n");

const itemOf = (rows: string[]) => {
  const { doc, diagnostics } = scrapeNhn("gadget.md", guide(rows), "markdown");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const list = resolve(doc, doc.paths["/v2.0/gadgets"]!.get!.responses["2XX"]!.content!["application/json"]!.schema);
  return resolve(doc, list.properties!.gadgets!.items);
};

describe("NHN enum lead glued to its first value", () => {
  it("String field: Either`A`, `B` lists A and B", () => {
    const item = itemOf(["| gadgets.state | Body | String | Gadget state<br>Either`NORMAL`, `ERROR` |", "| gadgets.visibility | Body | String | Visibility<br>Either`private`, or `shared` |"]);
    expect(item.properties!.state!.enum).toEqual(["NORMAL", "ERROR"]);
    expect(item.properties!.visibility!.enum).toEqual(["private", "shared"]);
  });

  it("Enum field: the lead is not read as part of the first value", () => {
    expect(itemOf(["| gadgets.mode | Body | Enum | Mode<br>One of`fast` or `slow` |"]).properties!.mode!.enum).toEqual(["fast", "slow"]);
  });

  it("a word that merely starts like a lead, followed by prose, is no list", () => {
    expect(itemOf(["| gadgets.note | Body | String | Eitherway, it is kept as text |"]).properties!.note!.enum).toBeUndefined();
  });
});
