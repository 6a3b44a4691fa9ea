/** What `cloudspec init` writes: every key of cloudspec.config.yaml, commented, with the defaults. */
export const STARTER_CONFIG = `# cloudspec.config.yaml — one place for what the commands read and write.
# Paths are relative to this file. Flags given on the command line override what is here.
# The file is checked when a command starts; a problem is reported as cloudspec.config.yaml:<line>.

# Pages to read. Without "sources", the bundled pages (scraper/pages/sources.json) are read.
sources:
  # A manifest of pages (JSON: {"pages": [{"file", "vendor", "format"?, "url"?}]}), and/or pages listed here.
  # manifest: pages/sources.json
  pages: []
    # - vendor: scp            # scp | nhn | huawei
    #   file: pages/scp/       # a saved page, or a folder of them (.txt/.md text captures, .html, .md)
    #   format: text           # text | html | markdown (default: from the file extension)
    #   url: https://docs.e.samsungsdscloud.com/en/apireference/storage/_print/   # for refresh

# cloudspec scrape
scrape:
  out: spec                  # one spec per service and API version: spec/<vendor>/<service>/<version>.yaml
  strict: false              # true: write nothing when any page has an error

# cloudspec generate
generate:
  spec: spec                 # the specs to generate clients from (a folder or one file)
  out: generated             # typed clients: generated/<vendor>/<service>/<version>/client.ts
  # package: "@acme/cloud-clients"   # also write each service as an npm package

# cloudspec diff — the settings of .cloudspec-diff.yaml, inline (or "file: .cloudspec-diff.yaml")
diff:
  # asOf: "2026-11-22"       # count Not Before dates from this day (default: today)
  severity: {}               # rule id → breaking | warning | info | off
  suppress: []               # - {rule, operation|pointer|document, reason}

# cloudspec contract
contract:
  specDir: spec
  generatedDir: generated
  # allowlist: contract-tests/doc-consistency/allowlist.json   # known documentation bugs
`;
