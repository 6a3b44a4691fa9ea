/**
 * Real history: three dated versions of NHN Cloud's Block Storage API v2 guide (../shared/corpus, the
 * vendor's own markdown from 2020, 2023 and 2026), scraped and diffed as snapshots. The expected
 * findings were read off the markdown itself (tables compared column by column, descriptions aside):
 *
 * 2020 → 2023: every "Volume" title became "Block Storage" (and three snapshot titles changed), so ten
 *   operationIds — and generated method names — changed; `volume.multiattach` left the Create Volume
 *   request table. Nothing else: the rest is wording.
 * 2023 → 2026: the status list gained `reserved` (every status field using it), `nhn_encryption` was
 *   added to the create request and three responses, `volume.consistencygroup_id` left the Create
 *   response table. The tables also changed `bootable` from Boolean to String; the specs already said
 *   string in 2023 (the examples always showed "false" and the scraper follows them, with a
 *   doc-type-differs-from-example diagnostic), so that is rightly no spec change. New regions change
 *   `servers`, which the diff does not judge.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeWithShared, sharedPath } from "../core/testing/shared-dir.js";
import { scrapePages } from "../scraper/run.js";
import { buildFileReport } from "../generator/reports/build-report.js";
import type { SpecDoc } from "../generator/diff/types.js";

const CORPUS = sharedPath("corpus/nhn-block-storage");
const [V2020, V2023, V2026] = ["2020-09-10_daf161d", "2023-08-22_33543c8", "2026-04-13_569c2ec"];

function scraped(name: string): SpecDoc {
  const page = `corpus/nhn-block-storage/${name}.md`;
  const result = scrapePages([{ page, vendor: "nhn", format: "markdown", content: readFileSync(join(CORPUS, `${name}.md`), "utf8") }]);
  const file = result.files[0]!;
  return { path: file.path, label: page, document: file.document };
}

function allFindings(base: SpecDoc, revision: SpecDoc) {
  const report = buildFileReport(base, revision, { asOf: "2026-01-01", config: { severity: {}, suppress: [] }, baseLabel: base.label, revisionLabel: revision.label });
  return report.comparisons.flatMap((c) => c.findings);
}

function findings(base: SpecDoc, revision: SpecDoc): string[][] {
  return allFindings(base, revision)
    .filter((f) => f.data.clientImpact?.change !== "docs-only")
    .map((f) => [f.ruleId, f.data.operation ?? f.message.match(/server (\S+)/)?.[1] ?? "", f.data.field ?? f.data.clientImpact?.method ?? ""]);
}

function docsOnly(base: SpecDoc, revision: SpecDoc): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of allFindings(base, revision)) if (f.data.clientImpact?.change === "docs-only") out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

describeWithShared("corpus/nhn-block-storage", "NHN Block Storage guide, 2020 → 2023 → 2026 (../shared/corpus)", () => {
  const [a, b, c] = [V2020!, V2023!, V2026!].map(scraped);

  it("2020 → 2023: renamed operations, the multiattach request property and the Pyeongchon endpoint, nothing else", () => {
    expect(findings(a!, b!).sort()).toEqual(
      [
        ["operation-id-changed", "DELETE /v2/{tenantId}/snapshots/{snapshotId}", "deleteSnapshots"],
        ["operation-id-changed", "DELETE /v2/{tenantId}/volumes/{volumeId}", "deleteBlockStorage"],
        ["operation-id-changed", "GET /v2/{tenantId}/snapshots/detail", "listSnapshotsWithDetails"],
        ["operation-id-changed", "GET /v2/{tenantId}/snapshots/{snapshotId}", "viewSnapshot"],
        ["operation-id-changed", "GET /v2/{tenantId}/types", "listBlockStorageTypes"],
        ["operation-id-changed", "GET /v2/{tenantId}/volumes", "listBlockStorage"],
        ["operation-id-changed", "GET /v2/{tenantId}/volumes/detail", "listBlockStorageDetails"],
        ["operation-id-changed", "GET /v2/{tenantId}/volumes/{volumeId}", "getBlockStorage"],
        ["operation-id-changed", "POST /v2/{tenantId}/volumes", "createBlockStorage"],
        ["operation-id-changed", "POST /v2/{tenantId}/volumes/{volumeId}/action", "createImageWithBlockStorage"],
        // (2020's "Either`private`, or `shared`" and 2023's "One of `private` or `shared`" now read as the same enum.)
        ["request-property-removed", "POST /v2/{tenantId}/volumes", "body.volume.multiattach"],
        ["server-added", "https://kr2-api-block-storage.infrastructure.cloud.toast.com", ""],
      ].sort(),
    );
    expect(docsOnly(a!, b!)).toEqual({ "operation-description-changed": 11, "operation-summary-changed": 10, "operation-tag-added": 7, "operation-tag-removed": 7 });
  });

  it("2023 → 2026: the reserved status, nhn_encryption, consistencygroup_id gone from the create response, and the moved endpoints", () => {
    expect(findings(b!, c!).sort()).toEqual(
      [
        ["request-property-added", "POST /v2/{tenantId}/volumes", "body.volume.nhn_encryption"],
        ["response-enum-value-added", "GET /v2/{tenantId}/volumes/detail", "result.volumes[].status"],
        ["response-enum-value-added", "GET /v2/{tenantId}/volumes/{volumeId}", "result.volume.status"],
        ["response-enum-value-added", "POST /v2/{tenantId}/volumes", "result.volume.status"],
        ["response-enum-value-added", "POST /v2/{tenantId}/volumes/{volumeId}/action", "result.os-volume_upload_image.status"],
        ["response-property-added", "GET /v2/{tenantId}/volumes/detail", "result.volumes[].nhn_encryption"],
        ["response-property-added", "GET /v2/{tenantId}/volumes/{volumeId}", "result.volume.nhn_encryption"],
        ["response-property-added", "POST /v2/{tenantId}/volumes", "result.volume.nhn_encryption"],
        ["response-property-removed", "POST /v2/{tenantId}/volumes", "result.volume.consistencygroup_id"],
        ["server-added", "https://jp1-api-block-storage-infrastructure.nhncloudservice.com", ""],
        ["server-added", "https://kr1-api-block-storage-infrastructure.nhncloudservice.com", ""],
        ["server-added", "https://kr2-api-block-storage-infrastructure.nhncloudservice.com", ""],
        ["server-added", "https://kr3-api-block-storage-infrastructure.nhncloudservice.com", ""],
        ["server-removed", "https://jp1-api-block-storage.infrastructure.cloud.toast.com", ""],
        ["server-removed", "https://kr1-api-block-storage.infrastructure.cloud.toast.com", ""],
        ["server-removed", "https://kr2-api-block-storage.infrastructure.cloud.toast.com", ""],
      ].sort(),
    );
    expect(docsOnly(b!, c!)).toEqual({ "operation-description-changed": 1 });
  });

  it("names the change, the client method and both pages' lines", () => {
    const report = buildFileReport(b!, c!, { asOf: "2026-01-01", config: { severity: {}, suppress: [] }, baseLabel: "2023", revisionLabel: "2026" });
    const removed = report.comparisons[0]!.findings.find((f) => f.ruleId === "response-property-removed")!;
    expect(removed.message).toBe("POST /v2/{tenantId}/volumes: property volume.consistencygroup_id was removed from response 2XX application/json");
    expect(removed.severity).toBe("error");
    expect(removed.data.clientImpact).toMatchObject({ className: "BlockStorageV2Client", method: "createBlockStorage", change: "result-field-removed" });
    expect(removed.data.baseSource?.page).toBe(`corpus/nhn-block-storage/${V2023}.md`);
    expect(removed.data.revisionSource?.page).toBe(`corpus/nhn-block-storage/${V2026}.md`);
    const enumAdded = report.comparisons[0]!.findings.find((f) => f.ruleId === "response-enum-value-added")!;
    expect(enumAdded.message).toMatch(/may now be reserved$/);
  });
});
