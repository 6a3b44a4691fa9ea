/**
 * Names and formats derived from what the page prints, never from known service names.
 */
import { describe, expect, it } from "vitest";
import { datetimeMask, maskPattern } from "./formats.js";
import { NHN_LABELS } from "./labels.js";
import { readPageTitle, versionFromPaths } from "./page-title.js";

describe("readPageTitle", () => {
  it.each([
    ["Storage > Block Storage > API v2 Guide", { product: "Block Storage", id: "block-storage", version: "v2" }],
    ["Compute > Instance > API v2 Guide", { product: "Instance", id: "instance", version: "v2" }],
    ["Network > VPC > API v2.0 Guide", { product: "VPC", id: "vpc", version: "v2.0" }],
    ["Storage > Object Storage > API Guide", { product: "Object Storage", id: "object-storage" }],
    ["Storage > Block Storage > API v2 가이드", { product: "Block Storage", id: "block-storage", version: "v2" }],
    ["Key Manager API v1 Guide", { product: "Key Manager", id: "key-manager", version: "v1" }],
    // A breadcrumb whose segment before the last is guide words too: the product is the segment before that.
    ["Dev Tools > Pipeline > API Guide > API v1.1 Guide", { product: "Pipeline", id: "pipeline", version: "v1.1" }],
    // Segments after the guide segment name a section of the guide (one API a page).
    ["Storage > Widget Store > API Guide > Widget > PutWidget", { product: "Widget Store", id: "widget-store" }],
    // Japanese: the guide word run into the version, or into "API".
    ["Search > Widget Search > API v2.0ガイド", { product: "Widget Search", id: "widget-search", version: "v2.0" }],
    ["Security > Widget Watch > APIガイド", { product: "Widget Watch", id: "widget-watch" }],
  ])("%s", (title, want) => {
    expect(readPageTitle(title, NHN_LABELS)).toEqual(want);
  });

  it("gives up on a title that names no product", () => {
    expect(readPageTitle("API v2 Guide", NHN_LABELS)).toBeUndefined();
  });

  it("takes the version from the paths when they agree", () => {
    expect(versionFromPaths(["/v1/{account}", "/v1/{account}/{container}"])).toBe("v1");
    expect(versionFromPaths(["/v1/a", "/v2/b"])).toBeUndefined();
    // After a leading path parameter (Contact Center); two literal segments before it are no version place.
    expect(versionFromPaths(["/{serviceId}/openapi/v1/ticket/add.json"])).toBe("v1");
    expect(versionFromPaths(["/standard/inapp/v1/consumable/list"])).toBeUndefined();
  });
});

describe("datetime masks", () => {
  it.each([
    ["In theYYYY-MM-DDThh:mm:ss.SSSSSS format", "YYYY-MM-DDThh:mm:ss.SSSSSS", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"],
    ["YYYY-MM-DDThh:mm:ss.SSSSSSformat", "YYYY-MM-DDThh:mm:ss.SSSSSS", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"],
    ["Creation time, `YYYY-MM-DDThh:mm:ssZ`", "YYYY-MM-DDThh:mm:ssZ", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"],
    ["YYYY-MM-DDThh:mm:ss+hh:mm", "YYYY-MM-DDThh:mm:ss+hh:mm", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"],
  ])("%s", (description, mask, pattern) => {
    expect(datetimeMask(description)).toBe(mask);
    expect(maskPattern(mask)).toBe(pattern);
  });

  it("builds patterns that accept the service's zone-less datetimes and reject others", () => {
    const p = new RegExp(maskPattern("YYYY-MM-DDThh:mm:ss.SSSSSS"), "u");
    expect(p.test("2020-03-02T13:51:33.318695")).toBe(true);
    expect(p.test("2020-03-02T13:51:33Z")).toBe(false);
  });
});
