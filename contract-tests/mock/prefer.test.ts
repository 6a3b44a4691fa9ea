/**
 * `Prefer` as Prism reads it (code=, example=, dynamic=true), header parameters and other security schemes, on
 * the bundled specs and on a small spec written here for what the bundled pages never document (named examples,
 * header parameters, bearer tokens, optional authentication).
 */
import { describe, expect, it } from "vitest";
import { checkExchange } from "../validate/check-exchange.js";
import { VENDOR_FORMATS } from "../validate/formats.js";
import { clientHeaders, compileBundled, compileText } from "../test-support.js";
import { DYNAMIC_FORMATS } from "./dynamic-body.js";
import { parsePrefer } from "./prefer.js";
import { createResponder, type MockResponse } from "./responder.js";

const backup = compileBundled("scp/backup/1.2");
const auth = clientHeaders(backup);

const FIXTURE = `
openapi: 3.1.0
info: { title: Pets, version: "1.0" }
security:
  - bearer: []
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
paths:
  /pets:
    get:
      operationId: listPets
      security: [{}, { bearer: [] }]
      parameters:
        - name: X-Page-Size
          in: header
          required: true
          schema: { type: integer, maximum: 50 }
          x-source: { page: pets.md, line: 7 }
        - name: X-Mode
          in: header
          schema: { type: string, enum: [fast, slow] }
          x-source: { page: pets.md, line: 8 }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: { type: object, properties: { name: { type: string } }, required: [name] }
              examples:
                cat: { value: [{ name: Fluffy }] }
                dog: { value: [{ name: Spot }] }
  /pets/{id}:
    get:
      operationId: showPet
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses:
        "200": { description: ok }
`;
const pets = compileText(FIXTURE, "test/pets/1.0");

const get = (r: ReturnType<typeof createResponder>, url: string, headers: Record<string, string> = {}): MockResponse => r.respond({ method: "GET", url: `http://127.0.0.1${url}`, headers });

describe("parsePrefer", () => {
  it("reads code, example and dynamic, comma- or semicolon-separated, quoted or not", () => {
    expect(parsePrefer('code=404, example="dog"; dynamic=true')).toEqual({ code: "404", example: "dog", dynamic: true });
    expect(parsePrefer("dynamic=false")).toEqual({ dynamic: false });
    expect(parsePrefer(undefined)).toEqual({ dynamic: false });
  });
});

describe("Prefer: example=<name>", () => {
  const r = createResponder(pets);
  it("serves the named example, the first one without a preference", () => {
    const headers = { "x-page-size": "10" };
    expect(JSON.parse(get(r, "/pets", headers).body!)).toEqual([{ name: "Fluffy" }]);
    const dog = get(r, "/pets", { ...headers, prefer: "example=dog" });
    expect(dog.headers["x-mock-origin"]).toBe("example:dog");
    expect(JSON.parse(dog.body!)).toEqual([{ name: "Spot" }]);
  });

  it("an unknown name is Prism's 404 problem listing the names, flagged as undocumented", () => {
    const answer = get(r, "/pets", { "x-page-size": "10", prefer: "example=bird" });
    expect(answer.status).toBe(404);
    expect(answer.headers["x-cloudspec-undocumented-status"]).toBe("true");
    expect(JSON.parse(answer.body!)).toMatchObject({ error: "unknown-example", examples: ["cat", "dog"] });
  });
});

describe("header parameters and other security schemes (fixture)", () => {
  const r = createResponder(pets);
  it("validates header parameters with coercion: required, maximum, enum", () => {
    expect(get(r, "/pets", { "x-page-size": "10", "x-mode": "fast" }).status).toBe(200);
    const missing = get(r, "/pets");
    expect(missing.status).toBe(422);
    expect(JSON.parse(missing.body!).validation).toMatchObject([{ location: ["header", "X-Page-Size"], code: "required", documentedAt: "pets.md:7" }]);
    const tooBig = JSON.parse(get(r, "/pets", { "x-page-size": "51", "x-mode": "quick" }).body!);
    expect(tooBig.validation).toMatchObject([
      { location: ["header", "X-Page-Size"], code: "maximum", documentedAt: "pets.md:7" },
      { location: ["header", "X-Mode"], code: "enum", documentedAt: "pets.md:8" },
    ]);
  });

  it("optional security ({} alternative) needs nothing; document-level bearer wants `Authorization: Bearer …`", () => {
    expect(get(r, "/pets", { "x-page-size": "1" }).status).toBe(200);
    const none = get(r, "/pets/1");
    expect(none.status).toBe(401);
    expect(none.headers["www-authenticate"]).toBe('Bearer realm="test/pets/1.0"');
    expect(JSON.parse(none.body!).validation).toMatchObject([{ location: ["header", "Authorization"], code: "security" }]);
    expect(get(r, "/pets/1", { authorization: "Basic abc" }).status).toBe(401);
    expect(get(r, "/pets/1", { authorization: "Bearer abc" }).status).toBe(200);
    expect(get(r, "/pets/x", { authorization: "Bearer abc" }).status).toBe(422);
  });
});

describe("Prefer: dynamic=true", () => {
  const listBackups = "/v1/backups";
  it("generates a body from the response schema that validates", () => {
    const r = createResponder(backup, { seed: 7 });
    const plainGets = backup.operations.filter((e) => e.operation.method === "get" && !e.operation.path.includes("{") && e.operation.parameters.every((p) => !p.required || p.in === "header"));
    expect(plainGets.length).toBeGreaterThanOrEqual(3);
    for (const entry of plainGets) {
      const answer = get(r, entry.operation.path, { ...auth, prefer: "dynamic=true" });
      expect(answer.status, entry.operation.operationId).toBe(200);
      expect(answer.headers["x-mock-origin"]).toBe("dynamic");
      const check = checkExchange(backup, { request: { method: "GET", url: entry.operation.path }, response: { status: answer.status, headers: answer.headers, body: answer.body! } });
      expect(check.diagnostics).toEqual([]);
    }
  });

  it("is deterministic for a seed, and the seed changes it", () => {
    const bodies = (seed: number): string[] =>
      backup.operations
        .filter((e) => e.operation.method === "get" && !e.operation.path.includes("{") && e.operation.parameters.every((p) => !p.required || p.in === "header"))
        .map((e) => get(createResponder(backup, { seed }), e.operation.path, { ...auth, prefer: "dynamic=true" }).body!);
    expect(bodies(7)).toEqual(bodies(7));
    expect(bodies(8)).not.toEqual(bodies(7));
  });

  it("combines with code=, and without the preference the page's example is served", () => {
    const r = createResponder(backup);
    const accepted = r.respond({
      method: "POST",
      url: "http://127.0.0.1/v1/backup-agents",
      headers: { ...auth, "content-type": "application/json", prefer: "code=202, dynamic=true" },
      body: JSON.stringify({ server_uuid: "89f5ef44-1021-4a5c-8e06-fbb289eac366" }),
    });
    expect(accepted.status).toBe(202);
    expect(accepted.headers["x-mock-origin"]).toBe("dynamic");
    expect(get(r, listBackups, auth).headers["x-mock-origin"]).toBe("example");
  });

  it("has a generator for every vendor format", () => {
    expect(Object.keys(DYNAMIC_FORMATS).sort()).toEqual(Object.keys(VENDOR_FORMATS).sort());
  });
});
