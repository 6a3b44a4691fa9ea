/**
 * The JSON Schema (2020-12) of `cloudspec.config.yaml`, the one project configuration file: where pages
 * come from, where specs, clients and packages go, and the diff and contract settings. Command-line flags
 * override it; every key is optional (a missing file means the built-in defaults).
 */
export const CONFIG_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://cloudspec.dev/schemas/cloudspec.config.json",
  title: "cloudspec.config.yaml",
  type: "object",
  additionalProperties: false,
  properties: {
    sources: {
      description: "The pages to read. Without it, the bundled pages (scraper/pages/sources.json).",
      type: "object",
      additionalProperties: false,
      properties: {
        manifest: { description: "A sources manifest (JSON: {pages: [{file, vendor, format?, url?}]}), relative to this file.", type: "string", minLength: 1 },
        pages: {
          description: "Pages listed here: a local file or folder, its vendor, and optionally its format and published URL.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["vendor", "file"],
            properties: {
              vendor: { enum: ["scp", "nhn", "huawei"] },
              file: { description: "A page file or a folder of pages, relative to this file.", type: "string", minLength: 1 },
              format: { enum: ["text", "html", "markdown"] },
              url: { description: "Where the page is published (refresh fetches it).", type: "string", pattern: "^https?://" },
              title: { type: "string" },
            },
          },
        },
      },
    },
    scrape: {
      type: "object",
      additionalProperties: false,
      properties: {
        out: { description: "Spec folder (default spec).", type: "string", minLength: 1 },
        strict: { description: "Write nothing when any page has an error.", type: "boolean" },
      },
    },
    generate: {
      type: "object",
      additionalProperties: false,
      properties: {
        spec: { description: "Spec folder or file the clients are generated from (default: scrape.out).", type: "string", minLength: 1 },
        out: { description: "Client folder (default generated).", type: "string", minLength: 1 },
        package: { description: "Write each service's clients as an npm package with this name scope or name.", type: "string", minLength: 1 },
      },
    },
    diff: {
      description: "The diff settings of .cloudspec-diff.yaml, inline, or `file:` naming such a file.",
      type: "object",
      additionalProperties: false,
      properties: {
        file: { type: "string", minLength: 1 },
        asOf: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        severity: { type: "object", additionalProperties: { enum: ["breaking", "warning", "info", "off"] } },
        suppress: { type: "array", items: { type: "object" } },
      },
      not: { anyOf: [{ required: ["file", "asOf"] }, { required: ["file", "severity"] }, { required: ["file", "suppress"] }] },
    },
    contract: {
      type: "object",
      additionalProperties: false,
      properties: {
        specDir: { description: "Specs the contract suite checks (default: scrape.out).", type: "string", minLength: 1 },
        generatedDir: { description: "Clients generated for specDir (default: generate.out).", type: "string", minLength: 1 },
        allowlist: { description: "Known documentation bugs to tolerate (a JSON allowlist file).", type: "string", minLength: 1 },
      },
    },
  },
} as const;
