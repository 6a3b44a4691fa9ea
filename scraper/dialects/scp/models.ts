/**
 * A model section of an SCP page ("2.2.19 - BackupCreateRequest"): a `Name | Description | Schema |
 * Default` table → an object schema with required properties.
 */
import type { JsonSchema, NamedSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import { rowTexts } from "../../document/model.js";
import type { Section } from "../../document/sections.js";
import { readRow } from "./rows.js";
import type { ScpContext } from "./context.js";
import { cellsText, headerIs, noteReferences } from "./context.js";
import { isBoilerplate, matchesAny } from "./labels.js";
import { rowPropertySchema } from "./property-schema.js";
import { referencedNames } from "./schema-grammar.js";

export interface ModelRead {
  model: NamedSchema;
  referenced: string[];
  /** The row that first names each of them. */
  referencedAt: Map<string, Position>;
}

export function readModelSection(section: Section, ctx: ScpContext): ModelRead {
  const { labels, sink } = ctx;
  const c = labels.columns;
  const source = section.heading?.pos ?? { page: ctx.page, line: 1 };
  // A map, not an object: a property named `constructor` or `__proto__` is a property like any other.
  const properties = new Map<string, JsonSchema>();
  const required: string[] = [];
  const refs = { referenced: [] as string[], referencedAt: new Map<string, Position>() };
  const description: string[] = [];
  let tables = 0;
  for (const block of section.blocks) {
    if (block.kind === "table" && headerIs(block.header, [c.name, c.description, c.schema, c.default])) {
      tables++;
      ctx.consumed.add(block);
      for (const row of block.rows) {
        const read = readRow(ctx, rowTexts(row), 1, 3, 1);
        const aligned = read.row;
        const parts = (aligned.lead[0] ?? "").trim().split(/\s+/);
        const flag = parts.length > 1 ? parts[parts.length - 1]! : "";
        const isRequired = matchesAny(flag, labels.required);
        const isOptional = matchesAny(flag, labels.optional);
        const name = isRequired || isOptional ? parts.slice(0, -1).join(" ") : parts.join(" ");
        if (name === "") {
          sink.error("scp-unreadable-row", `model ${section.title}: row has no property name: | ${cellsText(rowTexts(row))} |`, row.pos);
          continue;
        }
        if (!isRequired && !isOptional) {
          sink.warn("scp-missing-required-flag", `model ${section.title}: property ${JSON.stringify(name)} says neither required nor optional; taken as optional`, row.pos);
        }
        if (!aligned.schema) {
          sink.warn("scp-missing-schema-cell", `model ${section.title}: property ${JSON.stringify(name)} has no schema cell (row: | ${cellsText(rowTexts(row))} |); its type is left open`, row.pos);
        } else {
          noteReferences(refs, referencedNames(aligned.schema), row.pos);
        }
        if (properties.has(name)) sink.warn("scp-duplicate-property", `model ${section.title}: property ${JSON.stringify(name)} is listed twice; the last row wins`, row.pos);
        properties.set(name, rowPropertySchema(read, ctx, row.pos));
        if (isRequired && !required.includes(name)) required.push(name);
      }
      continue;
    }
    if (block.kind === "table") {
      sink.error("scp-unknown-table", `model ${section.title}: table with columns [${block.header.map((h) => h.text).join(", ")}] is not a model table`, block.pos);
      continue;
    }
    if (block.kind === "paragraph" && !isBoilerplate(block.text, labels)) {
      description.push(block.text);
      ctx.consumed.add(block);
    }
  }
  if (tables === 0) sink.warn("scp-model-without-table", `model ${section.title} has no property table; written as an open object`, source);
  const schema: JsonSchema = { type: "object" };
  if (description.length > 0) schema.description = description.join("\n");
  schema.properties = Object.fromEntries(properties);
  if (required.length > 0) schema.required = required;
  return { model: { name: section.title, schema, inferred: false, source }, ...refs };
}
