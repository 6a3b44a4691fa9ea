/**
 * Compile-time checks of OperationOptions / OperationResult against a hand-written `paths` type shaped like
 * openapi-typescript's output. `npx tsc --noEmit` is what checks them (each `@ts-expect-error` must see an
 * error); vitest only runs the trivial bodies.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { ApiClient, ErrorStatusOf, OperationOptions, OperationResult } from "./index.js";

interface components {
  schemas: {
    Backup: { id: string; name: string; readonly state?: "ACTIVE" | "ERROR" };
    Error: { message: string };
  };
}

interface paths {
  "/v1/backups": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["listBackups"];
    post: operations["createBackup"];
  };
  "/v1/backups/{backup_id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations["showBackup"];
    delete: operations["deleteBackup"];
  };
}

interface operations {
  listBackups: {
    parameters: {
      query?: { size?: number; state?: ("ACTIVE" | "ERROR")[] };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Backup"][] } };
    };
  };
  createBackup: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { "application/json": { name: string; policy_id?: string } } };
    responses: {
      202: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Backup"] } };
      400: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Error"] } };
      409: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Error"] } };
    };
  };
  showBackup: {
    parameters: {
      query: { detail: boolean };
      header?: { "X-Tenant-Id"?: string };
      path: { backup_id: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Backup"] } };
      404: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Error"] } };
    };
  };
  deleteBackup: {
    parameters: { query?: never; header?: never; path: { backup_id: string }; cookie?: never };
    requestBody?: never;
    responses: { 204: { headers: { [name: string]: unknown }; content?: never } };
  };
}

type List = paths["/v1/backups"]["get"];
type Create = paths["/v1/backups"]["post"];
type Show = paths["/v1/backups/{backup_id}"]["get"];
type Delete = paths["/v1/backups/{backup_id}"]["delete"];

/** What the generator emits for one operation. */
class ShowOnly {
  readonly #api: ApiClient;
  constructor(api: ApiClient) {
    this.#api = api;
  }
  async showBackup(options: OperationOptions<Show>): Promise<OperationResult<Show>> {
    return (await this.#api.request("get", "/v1/backups/{backup_id}", "showBackup", options)) as OperationResult<Show>;
  }
  async listBackups(options: OperationOptions<List> = {}): Promise<OperationResult<List>> {
    // The generator's current form, with a cast, must keep compiling too.
    return (await this.#api.request("get", "/v1/backups", "listBackups", options as Record<string, unknown>)) as OperationResult<List>;
  }
}

describe("OperationOptions / OperationResult typing", () => {
  it("types results from the success response", () => {
    expectTypeOf<OperationResult<Show>>().toEqualTypeOf<components["schemas"]["Backup"]>();
    expectTypeOf<OperationResult<List>>().toEqualTypeOf<components["schemas"]["Backup"][]>();
    expectTypeOf<OperationResult<Delete>>().toEqualTypeOf<undefined>();
    expectTypeOf<ErrorStatusOf<Create>>().toEqualTypeOf<400 | 409>();
    expectTypeOf<ShowOnly["showBackup"]>().returns.resolves.toEqualTypeOf<components["schemas"]["Backup"]>();
  });

  it("types the flat options", () => {
    expectTypeOf<OperationOptions<Show>["path"]>().toEqualTypeOf<{ backup_id: string }>();
    expectTypeOf<OperationOptions<Show>["query"]>().toEqualTypeOf<{ detail: boolean }>();
    // openapi-fetch wraps bodies in Writable<> (drops readOnly properties), so compare by assignability.
    expectTypeOf<OperationOptions<Create>["body"]>().toExtend<{ name: string; policy_id?: string }>();
    expectTypeOf<{ name: string; policy_id?: string }>().toExtend<OperationOptions<Create>["body"]>();
    expectTypeOf<Record<never, never>>().toExtend<OperationOptions<List>>();
    expectTypeOf<OperationOptions<List>>().toExtend<Record<string, unknown>>();

    const ok: OperationOptions<Show>[] = [
      { path: { backup_id: "b-1" }, query: { detail: true } },
      { path: { backup_id: "b-1" }, query: { detail: false }, header: { "X-Tenant-Id": "t" }, timeoutMs: 5, headers: { "X-A": "1" } },
      { path: { backup_id: "b-1" }, query: { detail: true }, signal: new AbortController().signal },
    ];
    const list: OperationOptions<List>[] = [{}, { query: { size: 10, state: ["ACTIVE", "ERROR"] } }];
    const create: OperationOptions<Create> = { body: { name: "nightly" } };
    expectTypeOf(ok).not.toBeAny();
    expectTypeOf(list).not.toBeAny();
    expectTypeOf(create).not.toBeAny();
  });

  it("rejects wrong names, wrong types and missing required parts", () => {
    const wrong: OperationOptions<Show>[] = [
      // @ts-expect-error wrong path parameter name
      { path: { backupId: "b-1" }, query: { detail: true } },
      // @ts-expect-error wrong path parameter type
      { path: { backup_id: 1 }, query: { detail: true } },
      // @ts-expect-error missing required path parameters
      { query: { detail: true } },
      // @ts-expect-error missing required query parameter
      { path: { backup_id: "b-1" } },
      // @ts-expect-error wrong query parameter type
      { path: { backup_id: "b-1" }, query: { detail: "yes" } },
      // @ts-expect-error unknown top-level option (openapi-fetch's nested shape)
      { params: { path: { backup_id: "b-1" } }, path: { backup_id: "b-1" }, query: { detail: true } },
      // @ts-expect-error no body on a GET without requestBody
      { path: { backup_id: "b-1" }, query: { detail: true }, body: {} },
      // @ts-expect-error header values must be strings
      { path: { backup_id: "b-1" }, query: { detail: true }, headers: { "X-A": 1 } },
    ];
    // @ts-expect-error unknown query parameter
    const badList: OperationOptions<List> = { query: { sise: 10 } };
    // @ts-expect-error enum item outside the union
    const badEnum: OperationOptions<List> = { query: { state: ["DELETED"] } };
    // @ts-expect-error required body missing
    const noBody: OperationOptions<Create> = {};
    // @ts-expect-error body of the wrong shape
    const badBody: OperationOptions<Create> = { body: { title: "x" } };
    // @ts-expect-error no path parameters on an operation without any
    const extraPath: OperationOptions<List> = { path: { backup_id: "b" } };
    expectTypeOf([wrong, badList, badEnum, noBody, badBody, extraPath]).not.toBeAny();
  });
});
