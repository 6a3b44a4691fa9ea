/**
 * A field tree (after alignment with the example) → JSON Schema. The table gives names, descriptions,
 * formats and required flags; the example decides what the table cannot: whether an `Object` level is
 * really an array (`"attachments": []`), that a field can be null, and the type the server really sends
 * when the table says otherwise (`"bootable": "false"` for a Boolean). The schema never rejects the
 * vendor's own example; every place where the table had to give way is a `doc-…` warning.
 */
import type { JsonSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import { inferSchema } from "../../infer-schema.js";
import type { AlignEnv } from "./align-example.js";
import { childValues, isObject } from "./align-example.js";
import type { FieldNode } from "./field-tree.js";
import { formatKeyOf, formatSchema, jsonTypeOf, LENIENT_DATETIME_PATTERN, POSTFIX_ARRAY, stringFits, typeAccepts } from "./formats.js";
import type { FormatKey } from "./labels.js";
import type { OutlineSection } from "./outline.js";
import { statusTableFor } from "./status-tables.js";
import { applyProseConstraints, proseLines } from "../../prose/constraints.js";
import { enumFromDescription } from "./inline-enums.js";
import { placeholderName } from "./lines.js";
import { applyDefaultCell } from "./default-value.js";

export interface SchemaEnv extends AlignEnv {
  /** The group of the API, for status tables of the same group. */
  group?: OutlineSection;
}

/** The object schema of a node's children (a body, or one object level of it). */
export function objectSchema(node: FieldNode, holders: readonly unknown[], env: SchemaEnv): JsonSchema {
  // A map, not an object: a field named `constructor` or `__proto__` is a property like any other.
  const properties = new Map<string, JsonSchema>();
  const required: string[] = [];
  let additional: JsonSchema | undefined;
  const objects = holders.filter(isObject);
  for (const child of node.children) {
    const schema = fieldSchema(child, childValues(node, child, objects), node.key, env);
    if (!child.dynamic) {
      properties.set(child.key, schema);
      if (child.row?.required) required.push(child.key);
    } else if (additional) {
      env.ctx.sink.warn(
        "doc-several-dynamic-keys",
        `${env.where}: ${JSON.stringify(child.path)} is a second placeholder key at one level; only the first is used`,
        child.row?.pos ?? env.example?.pos ?? { page: env.ctx.page, line: 1 },
      );
    } else {
      additional = schema;
    }
  }
  const listed = properties.size > 0 || !additional;
  return {
    type: "object",
    ...(listed ? { properties: Object.fromEntries(properties) } : {}),
    ...(additional ? { additionalProperties: additional } : {}),
    ...(required.length > 0 ? { required } : {}),
  };
}

/** The schema of one field; `samples` are its values in the example (undefined where absent). */
export function fieldSchema(node: FieldNode, samples: readonly unknown[], parentKey: string | undefined, env: SchemaEnv): JsonSchema {
  const row = node.row;
  const key = row ? formatKeyOf(row.format, env.ctx.labels) : undefined;
  // `List<Integer>`, `String[]`, `List:String` read as arrays: their element type types the items.
  const element = row && (!key || key === "array") && node.children.length === 0 ? elementFormat(row.format, env.ctx.labels) : undefined;
  if (row && element) {
    // "Array[UUID]": an array of that format.
    applyDefaultCell({}, row, env.where, env.ctx);
    const schema: JsonSchema = { type: "array", items: formatSchema(element, "") };
    if (samples.some((v) => v === null)) allowNull(schema);
    return row.description ? { description: row.description, ...schema } : schema;
  }
  if (row && !key && row.format === "") {
    env.ctx.sink.warn("doc-missing-format", `${env.where}: field ${JSON.stringify(row.name)} has no Format; its type is left open`, row.pos);
  } else if (row && !key) {
    env.ctx.sink.warn(
      "nhn-unknown-format",
      `${env.where}: field ${JSON.stringify(row.name)} has Format ${JSON.stringify(row.format)}, which the dialect does not know; its type is left open`,
      row.pos,
    );
  }
  const present = samples.filter((v) => v !== undefined);
  const values = present.filter((v) => v !== null);
  const container = node.children.length > 0 || key === "object" || key === "array";
  // A Default cell of an object or array field is no plain value: kept in the description, reported.
  if (container && row) applyDefaultCell({}, row, env.where, env.ctx);
  const schema = container ? containerSchema(node, key, values, env) : scalarSchema(node, key, values, parentKey, env);
  if (present.some((v) => v === null)) allowNull(schema);
  return row?.description ? { description: row.description, ...schema } : schema;
}

/** The element format of `Array[<format>]` / `List<format>` / `List:<format>` / `<format>[]` / `<format> Array`, when that format is known. */
function elementFormat(format: string, labels: SchemaEnv["ctx"]["labels"]): FormatKey | undefined {
  const t = format.trim();
  const m = /^(?:array|list|set)\s*[[<(]([^\]>)]+)[\]>)]$/i.exec(t) ?? /^(?:array|list|set)\s*:\s*(\S+)$/i.exec(t) ?? /^([A-Za-z][\w ]*?)\s*\[\]$/.exec(t) ?? POSTFIX_ARRAY.exec(t);
  const element = m?.[1]!.trim();
  const inner = element ? formatKeyOf(element, labels) : undefined;
  return inner === "array" || inner === "object" ? undefined : inner;
}

function containerSchema(node: FieldNode, key: FormatKey | undefined, values: readonly unknown[], env: SchemaEnv): JsonSchema {
  const row = node.row;
  if (row && key && key !== "object" && key !== "array") {
    env.ctx.sink.warn("doc-scalar-with-children", `${env.where}: field ${JSON.stringify(row.name)} is given as ${row.format} but the table lists fields under it; read as an object`, row.pos);
  }
  const tableKind = key === "array" || (!row && node.indexed) ? "array" : "object";
  const kinds = [...new Set(values.map((v) => (isObject(v) ? "object" : jsonTypeOf(v))))];
  const containers = kinds.filter((k) => k === "array" || k === "object");
  const kind = containers.length === 1 ? containers[0]! : tableKind;
  const scalars = kinds.filter((k) => k !== "array" && k !== "object");
  if (row && (kind !== tableKind || scalars.length > 0)) {
    const shown = [...containers, ...scalars].join(" and ");
    mismatch(env, row.name, row.format || "an object", shown, row.pos);
  }
  const elements = kind === "array" ? values.filter(Array.isArray).flat() : [];
  let schema: JsonSchema;
  if (kind === "array") {
    const items = node.children.length > 0 ? objectSchema(node, elements, env) : itemsFromExample(elements);
    schema = { type: "array", items };
  } else {
    schema = node.children.length > 0 ? objectSchema(node, values, env) : { type: "object" };
  }
  if (scalars.length > 0) schema.type = [schema.type as string, ...scalars];
  return schema;
}

function itemsFromExample(elements: readonly unknown[]): JsonSchema {
  if (elements.length === 0) return {};
  return (inferSchema(elements).items as JsonSchema | undefined) ?? {};
}

function scalarSchema(node: FieldNode, key: FormatKey | undefined, values: readonly unknown[], parentKey: string | undefined, env: SchemaEnv): JsonSchema {
  const { ctx } = env;
  const row = node.row!;
  const schema = formatSchema(key, row.description);
  // Values the field's own description lists come first; a status section of the page otherwise.
  const listed = enumFromDescription(row.description, key, ctx.labels);
  const status = listed
    ? undefined
    : statusTableFor(
        { key: node.key, ...(parentKey ? { parentKey } : {}), description: row.description, isEnum: key === "enum", ...(env.group ? { group: env.group } : {}) },
        ctx.statusTables,
        ctx.labels,
      );
  if (listed) schema.enum = listed;
  else if (status) schema.enum = [...status.values];
  else if (key === "enum") ctx.sink.warn("nhn-enum-without-values", `${env.where}: Enum field ${JSON.stringify(row.name)} matches no status table; written as a plain string`, row.pos);
  // The table's Default cell first: a prose default that differs is then a note, the table's value kept.
  applyDefaultCell(schema, row, env.where, ctx);
  applyProseConstraints(schema, proseLines(row.description, row.pos), { sink: ctx.sink, where: `${env.where}: field ${JSON.stringify(row.name)}`, locate: true });
  fitToExample(schema, values, node, env, listed ? "among the values its description lists" : undefined);
  return schema;
}

/** Widens a scalar schema until every example value fits, reporting each widening. */
function fitToExample(schema: JsonSchema, values: readonly unknown[], node: FieldNode, env: SchemaEnv, enumSource = "in its status table"): void {
  const row = node.row!;
  const declared = typeof schema.type === "string" ? schema.type : undefined;
  // A placeholder (`"{Available}"` for a Boolean) stands in for a value and says nothing of its type.
  const types = [...new Set(values.filter((v) => !(declared !== "string" && typeof v === "string" && placeholderName(v) !== undefined)).map(jsonTypeOf))];
  if (declared && types.some((t) => !typeAccepts(declared, t))) {
    mismatch(env, row.name, row.format, types.map((t) => `${t} (${JSON.stringify(values.find((v) => jsonTypeOf(v) === t))})`).join(", "), row.pos);
    schema.type = types.length === 1 ? types[0] : types;
    for (const k of ["format", "pattern", "enum", "default", "minimum", "maximum", "minLength", "maxLength", "x-source"]) delete schema[k];
    return;
  }
  for (const v of values) {
    if (typeof v !== "string") continue;
    const fits = stringFits(schema, v);
    if (!fits.pattern || !fits.format) {
      env.ctx.sink.warn(
        "doc-example-violates-format",
        `${env.where}: example value ${JSON.stringify(v)} of ${JSON.stringify(row.name)} does not match its ${row.format} format${schema.pattern ? ` (${String(schema.pattern)})` : ""}; the format is relaxed`,
        row.pos,
        {
          table: row.pos,
          example: env.example?.pos,
          field: row.name,
          value: v,
        },
      );
      if (!fits.pattern) {
        if (schema.pattern !== LENIENT_DATETIME_PATTERN && new RegExp(LENIENT_DATETIME_PATTERN, "u").test(v)) schema.pattern = LENIENT_DATETIME_PATTERN;
        else delete schema.pattern;
      }
      if (!fits.format) delete schema.format;
    }
  }
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum as unknown[];
    for (const v of values) {
      if (allowed.includes(v)) continue;
      env.ctx.sink.warn("doc-example-value-not-in-enum", `${env.where}: example value ${JSON.stringify(v)} of ${JSON.stringify(row.name)} is not ${enumSource}; added to the enum`, row.pos, {
        table: row.pos,
        example: env.example?.pos,
        field: row.name,
        value: v,
      });
      allowed.push(v);
    }
  }
}

function mismatch(env: SchemaEnv, name: string, tableType: string, exampleType: string, at: Position): void {
  env.ctx.sink.warn("doc-type-differs-from-example", `${env.where}: the table gives ${JSON.stringify(name)} as ${tableType}, the example has ${exampleType}; following the example`, at, {
    table: at,
    example: env.example?.pos,
    field: name,
    tableType,
    exampleType,
  });
}

/** Lets a schema accept null (the example shows it). */
function allowNull(schema: JsonSchema): void {
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type) && !schema.type.includes("null")) schema.type = [...(schema.type as string[]), "null"];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...(schema.enum as unknown[]), null];
}
