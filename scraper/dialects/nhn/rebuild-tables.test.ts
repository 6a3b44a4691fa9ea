/**
 * Rebuilding tables from a text capture's whitespace-separated lines, by the header's column names and
 * the Type / Format / Required vocabularies.
 */
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import type { TableBlock } from "../../document/model.js";
import { parseTextPage } from "../../document/text-frontend.js";
import { NHN_LABELS } from "./labels.js";
import { rebuildTables } from "./rebuild-tables.js";

function rebuild(text: string) {
  const sink = new DiagnosticSink();
  const doc = parseTextPage("fixture.txt", text, sink);
  const out = rebuildTables(doc.blocks, NHN_LABELS, sink);
  const tables = out.blocks.filter((b): b is TableBlock => b.kind === "table");
  return {
    sink,
    blocks: out.blocks,
    origins: out.origins,
    tables: tables.map((t) => ({ header: t.header.map((c) => c.text), rows: t.rows.map((r) => r.cells.map((c) => c.text)) })),
  };
}

const cases: Array<[string, { given: string; want: Array<{ header: string[]; rows: string[][] }> }]> = [
  [
    "request table: names, Type, Format, Required, description continued on the next lines",
    {
      given: [
        "Name Type Format Required Description",
        "tenantId URL String O Tenant ID",
        "sort Query String - Name of field for sorting",
        "e.g.) name:asc, created_at:desc",
        "server.block_device_mapping_v2.boot_index Body Integer - Boot order",
        "Default is 0",
      ].join("\n"),
      want: [
        {
          header: ["Name", "Type", "Format", "Required", "Description"],
          rows: [
            ["tenantId", "URL", "String", "O", "Tenant ID"],
            ["sort", "Query", "String", "-", "Name of field for sorting\ne.g.) name:asc, created_at:desc"],
            ["server.block_device_mapping_v2.boot_index", "Body", "Integer", "-", "Boot order\nDefault is 0"],
          ],
        },
      ],
    },
  ],
  [
    "response table with Property for Format and no Required column; the Example line ends it",
    {
      given: ["Name Type Property Description", "items Body Array List of items", "items.os-ext:state Body Enum State of the item", "Example", "", "{}"].join("\n"),
      want: [
        {
          header: ["Name", "Type", "Property", "Description"],
          rows: [
            ["items", "Body", "Array", "List of items"],
            ["items.os-ext:state", "Body", "Enum", "State of the item"],
          ],
        },
      ],
    },
  ],
  [
    "a name with spaces and a Format the vocabulary does not know yet",
    {
      given: ["Name Type Format Required Description", 'addresses."Network Name" Body Map - Addresses by network'].join("\n"),
      want: [{ header: ["Name", "Type", "Format", "Required", "Description"], rows: [['addresses."Network Name"', "Body", "Map", "-", "Addresses by network"]] }],
    },
  ],
  [
    "status table: a value and its description per line, stray backtick dropped later",
    {
      given: ["Status Name Description", "creating Creating a snapshot", "`backing-up Backing up a snapshot"].join("\n"),
      want: [
        {
          header: ["Status Name", "Description"],
          rows: [
            ["creating", "Creating a snapshot"],
            ["`backing-up", "Backing up a snapshot"],
          ],
        },
      ],
    },
  ],
  [
    "region table spread one column per line, two endpoint types",
    {
      given: ["Type Region Endpoint", "compute Korea (Pangyo)", "Japan", "https://kr1.example.com", "https://jp1.example.com", "image Korea (Pangyo)", "https://kr1-image.example.com"].join("\n"),
      want: [
        {
          header: ["Type", "Region", "Endpoint"],
          rows: [
            ["compute", "Korea (Pangyo)\nJapan", "https://kr1.example.com\nhttps://jp1.example.com"],
            ["image", "Korea (Pangyo)", "https://kr1-image.example.com"],
          ],
        },
      ],
    },
  ],
  [
    "a blank line ends a table; prose is not a header",
    {
      given: ["Name Type Format Required Description", "tenantId URL String O Tenant ID", "", "tokenId Header String O Token ID", "", "The name and type are described below."].join("\n"),
      want: [{ header: ["Name", "Type", "Format", "Required", "Description"], rows: [["tenantId", "URL", "String", "O", "Tenant ID"]] }],
    },
  ],
];

describe("rebuildTables", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const got = rebuild(given);
    expect(got.tables).toEqual(want);
    expect(got.sink.items).toEqual([]);
  });

  it("remembers the captured lines of each rebuilt table", () => {
    const got = rebuild(["Name Type Format Required Description", "tenantId URL String O Tenant ID", "Tenant of the caller"].join("\n"));
    const table = got.blocks[0]!;
    expect(got.origins.get(table)?.map((b) => b.pos.line)).toEqual([1, 2, 3]);
  });

  it("keeps a row whose Type is unknown as a row, so the field reader rejects it", () => {
    const got = rebuild(["Name Type Format Required Description", "tenantId URL String O Tenant ID", "body Form String O Form field"].join("\n"));
    expect(got.tables[0]!.rows).toEqual([
      ["tenantId", "URL", "String", "O", "Tenant ID"],
      ["body", "Form", "String", "O", "Form field"],
    ]);
  });

  it("reports a line right after a header that fits no row", () => {
    const got = rebuild(["Name Type Format Required Description", "this line is not a row"].join("\n"));
    expect(got.sink.items.map((d) => [d.ruleId, d.severity, "line" in d.at ? d.at.line : 0])).toEqual([["nhn-unreadable-row", "error", 2]]);
  });

  it("reports a header line with columns the dialect does not know", () => {
    const got = rebuild(["Name Type Format Required Since Description", "tenantId URL String O - Tenant ID"].join("\n"));
    expect(got.tables).toEqual([]);
    expect(got.sink.items.map((d) => [d.ruleId, d.severity, "line" in d.at ? d.at.line : 0])).toEqual([["nhn-unknown-table", "error", 1]]);
  });
});
