/**
 * The neutral diff: operations matched by method + normalised path, `$ref`s followed (a change inside a
 * referenced schema shows at every use, on the request or response side), cycles refused, both sides'
 * locations kept, and no opinions (no levels anywhere in the tree).
 */
import { describe, expect, it } from "vitest";
import { diffDocuments } from "./document-diff.js";
import { normalisePath, operationKey } from "./operation-key.js";
import { doc, spec } from "./test-support.js";
import type { SchemaDiff } from "./types.js";

const shared = (nameType: string) =>
  doc(
    `  /volumes:
    post:
      operationId: createVolume
      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/Volume" } } } }
      responses: { "201": { description: Created, content: { application/json: { schema: { $ref: "#/components/schemas/VolumeEnvelope" } } } } }
  /volumes/{id}:
    get:
      operationId: getVolume
      responses: { "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/VolumeEnvelope" } } } } }`,
    `    VolumeEnvelope:
      type: object
      properties: { volume: { $ref: "#/components/schemas/Volume" } }
    Volume:
      type: object
      x-source: { page: docs/volume.md, line: ${nameType === "string" ? 7 : 9} }
      properties: { name: { type: ${nameType} } }`,
  );

function nodes(d: SchemaDiff | undefined): SchemaDiff[] {
  if (!d) return [];
  return [d, ...d.properties.changed.flatMap(nodes), ...nodes(d.items), ...d.variants.flatMap(nodes)];
}

describe("operation keys", () => {
  it("blank parameter names so renamed path parameters match", () => {
    expect(normalisePath("/v2/{tenantId}/volumes/{volumeId}")).toBe("/v2/{}/volumes/{}");
    expect(operationKey("get", "/v2/{tenant_id}/volumes/{id}")).toBe(operationKey("GET", "/v2/{tenantId}/volumes/{volumeId}"));
  });
});

describe("document diff", () => {
  it("of a document with itself is empty", () => {
    const d = diffDocuments(shared("string"), shared("string"));
    expect(d.kind).toBe("changed");
    expect(d.operations).toEqual({ added: [], removed: [], changed: [] });
  });

  it("sees a change inside a referenced schema at every use, on the request and the response side", () => {
    const d = diffDocuments(shared("string"), shared("integer"));
    const found = d.operations.changed
      .flatMap((op) => [
        ...(op.requestBody?.media.changed ?? []).flatMap((m) => nodes(m.schema)).map((n) => ({ op: op.key, n })),
        ...op.responses.changed.flatMap((r) => r.media.changed.flatMap((m) => nodes(m.schema))).map((n) => ({ op: op.key, n })),
      ])
      .filter(({ n }) => n.type);
    expect(found.map(({ op, n }) => [op, n.direction, n.where, n.property, n.type])).toEqual([
      ["POST /volumes", "request", "request body application/json", "name", { base: ["string"], revision: ["integer"] }],
      ["POST /volumes", "response", "response 201 application/json", "volume.name", { base: ["string"], revision: ["integer"] }],
      ["GET /volumes/{}", "response", "response 200 application/json", "volume.name", { base: ["string"], revision: ["integer"] }],
    ]);
    const n = found[0]!.n;
    expect(n.base).toEqual({ pointer: "#/components/schemas/Volume/properties/name", source: { page: "docs/volume.md", line: 7 } });
    expect(n.revision.source).toEqual({ page: "docs/volume.md", line: 9 });
    expect(JSON.stringify(d)).not.toMatch(/breaking|"level"/);
  });

  it("stops at recursive schemas (direct and mutual) and still reports the change", () => {
    const tree = (t: string) =>
      doc(
        `  /nodes:
    get:
      operationId: listNodes
      responses: { "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Node" } } } } }`,
        `    Node:
      type: object
      properties:
        name: { type: ${t} }
        children: { type: array, items: { $ref: "#/components/schemas/Node" } }
        owner: { $ref: "#/components/schemas/Owner" }
    Owner:
      type: object
      properties: { nodes: { type: array, items: { $ref: "#/components/schemas/Node" } } }`,
      );
    const d = diffDocuments(tree("string"), tree("integer"));
    const changed = d.operations.changed[0]!.responses.changed[0]!.media.changed.flatMap((m) => nodes(m.schema)).filter((n) => n.type);
    // Node → Owner → Node is the pair (Node, Node) again: entered once, so the change is reported once.
    expect(changed.map((n) => n.property)).toEqual(["name"]);
  });

  it("merges path-level parameters, follows parameter $refs, keys path parameters by position", () => {
    const a = spec(`openapi: 3.1.0
info: { title: T, version: "1.0" }
paths:
  /v/{vid}:
    parameters: [{ $ref: "#/components/parameters/Vid" }]
    get: { operationId: g, parameters: [{ name: q, in: query, schema: { type: string } }], responses: { "200": { description: OK } } }
components:
  parameters:
    Vid: { name: vid, in: path, required: true, schema: { type: string } }`);
    const b = doc(`  /v/{volume_id}:
    get:
      operationId: g
      parameters:
        - { name: volume_id, in: path, required: true, schema: { type: string } }
        - { name: q, in: query, required: true, schema: { type: string } }
      responses: { "200": { description: OK } }`);
    const [op] = diffDocuments(a, b).operations.changed;
    expect(op!.parameters.added).toEqual([]);
    expect(op!.parameters.removed).toEqual([]);
    expect(op!.parameters.changed.map((p) => [p.key, p.name, p.required])).toEqual([
      ["path:#0", { base: "vid", revision: "volume_id" }, undefined],
      ["query:q", undefined, { base: false, revision: true }],
    ]);
    expect(op!.parameters.changed[0]!.base.pointer).toBe("#/components/parameters/Vid");
  });

  it("merges allOf and reads nullability from type arrays, nullable, enum null and anyOf null", () => {
    const s = (body: string) =>
      doc(`  /x:
    get: { operationId: x, responses: { "200": { description: OK, content: { application/json: { schema: ${body} } } } } }`);
    const base = s(`{ allOf: [{ type: object, properties: { a: { type: string } } }, { properties: { b: { type: [integer, "null"] } }, required: [b] }] }`);
    const rev = s(`{ type: object, properties: { a: { anyOf: [{ type: string }, { type: "null" }] }, b: { type: integer } }, required: [b] }`);
    const changes = diffDocuments(base, rev)
      .operations.changed[0]!.responses.changed[0]!.media.changed.flatMap((m) => nodes(m.schema))
      .filter((n) => n.nullable);
    expect(changes.map((n) => [n.property, n.nullable])).toEqual([
      ["a", { base: false, revision: true }],
      ["b", { base: true, revision: false }],
    ]);
  });

  it("records operations, parameters, statuses and media types added and removed, with both sides' sources", () => {
    const a = doc(`  /a:
    get: { operationId: a, x-source: { page: p.md, line: 3 }, responses: { "200": { description: OK }, "404": { description: NF } } }
  /gone:
    delete: { operationId: gone, deprecated: true, x-not-before: "2099-01-01", responses: { "204": { description: D } } }`);
    const b = doc(`  /a:
    get: { operationId: a, x-source: { page: p.md, line: 5 }, responses: { "200": { description: OK }, "409": { description: C } } }
  /new:
    put: { operationId: fresh, responses: { "200": { description: OK } } }`);
    const d = diffDocuments(a, b);
    expect(d.operations.removed).toMatchObject([{ key: "DELETE /gone", operationId: "gone", deprecated: true, notBefore: "2099-01-01" }]);
    expect(d.operations.added).toMatchObject([{ key: "PUT /new", operationId: "fresh" }]);
    const [op] = d.operations.changed;
    expect(op!.base.source).toEqual({ page: "p.md", line: 3 });
    expect(op!.revision.source).toEqual({ page: "p.md", line: 5 });
    expect(op!.responses.removed.map((r) => r.status)).toEqual(["404"]);
    expect(op!.responses.added.map((r) => r.status)).toEqual(["409"]);
  });

  it("treats a spec missing on one side as a version added or removed", () => {
    const a = doc(`  /a:
    get: { operationId: a, responses: { "200": { description: OK } } }`);
    expect(diffDocuments(undefined, a)).toMatchObject({ kind: "added", revision: { service: "svc", version: "1.0", operationCount: 1 } });
    expect(diffDocuments(a, undefined).kind).toBe("removed");
  });
});
