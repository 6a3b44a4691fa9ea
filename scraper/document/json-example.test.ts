import { describe, expect, it } from "vitest";
import { readJsonExample } from "./json-example.js";

describe("readJsonExample", () => {
  it("reads JSON as JSON.parse does", () => {
    expect(readJsonExample('{"a": "http://x"}')).toEqual({ ok: true, value: { a: "http://x" } });
  });

  it("reads an example annotated with comments and trailing commas, and says it was", () => {
    expect(readJsonExample('{\n  "a": 1, // one\n  /* more */ "b": [2,],\n}')).toEqual({ ok: true, value: { a: 1, b: [2] }, annotated: true });
  });

  it("still refuses what is no JSON with comments: prose values, ellipses, single quotes", () => {
    for (const text of ['{ "a": true or false } // flag', '{ "a": 1, ... } // more', "{ 'a': 1, } // quoted"]) expect(readJsonExample(text).ok, text).toBe(false);
  });

  it("does not read leniently an example nested deeper than it can read without overflowing the stack", () => {
    const deep = `${"[".repeat(5_000)}1,${"]".repeat(5_000)}`;
    expect(readJsonExample(deep).ok).toBe(false);
  });
});
