/**
 * Formats beyond ajv-formats that the pages declare (the scraper copies a type's parenthesised format verbatim:
 * `string (numeric-string)`). Each is a check, so a wrong value in an example or a response is caught.
 */
import type { Format } from "ajv";

export const VENDOR_FORMATS: Readonly<Record<string, { type: "string" | "number"; format: Format; description: string }>> = {
  "numeric-string": {
    type: "string",
    format: /^-?\d+(\.\d+)?$/,
    description: 'SCP: a decimal number written as a JSON string (`"20"`)',
  },
};

/** Formats every schema may use without registering (ajv-formats' full set, OpenAPI's numeric formats included). */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  "date",
  "time",
  "date-time",
  "iso-time",
  "iso-date-time",
  "duration",
  "uri",
  "uri-reference",
  "uri-template",
  "url",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "regex",
  "uuid",
  "json-pointer",
  "json-pointer-uri-fragment",
  "relative-json-pointer",
  "byte",
  "int32",
  "int64",
  "float",
  "double",
  "password",
  "binary",
  ...Object.keys(VENDOR_FORMATS),
]);
