/**
 * The schema of one parameter or model property: the Schema cell's type, plus the constraints, example
 * and default carried by the description and default cells.
 */
import type { JsonSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import { applyProseConstraints, proseLines } from "../../prose/constraints.js";
import type { ScpContext } from "./context.js";
import type { DescriptionFields } from "./description.js";
import { convertValue } from "./description.js";
import type { ReadRow } from "./rows.js";
import type { SchemaExpr } from "./schema-grammar.js";
import { primaryType, toJsonSchema } from "./schema-grammar.js";
import { memoisedSchema } from "./schema-memo.js";

/** The schema of the parameter a row (read by `readRow`) describes; memoised per page by the row. */
export function rowParameterSchema(read: ReadRow, ctx: ScpContext, pos: Position): JsonSchema {
  return memoisedSchema(ctx, read, "parameter", pos, (c) => parameterSchema(read.row.schema, read.fields, read.row.defaultText, c, pos));
}

/** The schema of the model property a row describes; memoised per page by the row. */
export function rowPropertySchema(read: ReadRow, ctx: ScpContext, pos: Position): JsonSchema {
  return memoisedSchema(ctx, read, "property", pos, (c) => propertySchema(read.row.schema, read.fields, read.row.defaultText, c, pos));
}

export function parameterSchema(expr: SchemaExpr | undefined, fields: DescriptionFields, defaultText: string, ctx: ScpContext, pos: Position): JsonSchema {
  const schema: JsonSchema = expr ? toJsonSchema(expr) : {};
  const type = primaryType(schema);
  if (fields.pattern !== undefined) {
    if (isValidRegExp(fields.pattern)) schema.pattern = fields.pattern;
    else ctx.sink.warn("scp-invalid-pattern", `pattern ${JSON.stringify(fields.pattern)} is not a valid regular expression; left out`, pos);
  }
  if (fields.minLength !== undefined) schema.minLength = fields.minLength;
  if (fields.maxLength !== undefined) schema.maxLength = fields.maxLength;
  if (fields.minimum !== undefined) schema.minimum = fields.minimum;
  if (fields.maximum !== undefined) schema.maximum = fields.maximum;
  const d = defaultText.trim();
  if (d !== "" && !ctx.labels.none.includes(d)) {
    const value = type || schema.enum ? convertValue(d, schema) : d;
    if (value === undefined) {
      ctx.sink.warn("scp-bad-default", `default ${JSON.stringify(d)} is not a ${type ?? "value"} of this schema; left out`, pos);
    } else if (Array.isArray(schema.enum) && !(schema.enum as unknown[]).includes(value)) {
      ctx.sink.warn("scp-bad-default", `default ${JSON.stringify(d)} is not one of the enum values; left out`, pos);
    } else {
      schema.default = value;
    }
  }
  applyProseConstraints(schema, proseLines(fields.description, pos), { sink: ctx.sink, where: "description" });
  return schema;
}

/** A model property: the parameter schema plus description and example on the schema itself. */
export function propertySchema(expr: SchemaExpr | undefined, fields: DescriptionFields, defaultText: string, ctx: ScpContext, pos: Position): JsonSchema {
  const schema = parameterSchema(expr, fields, defaultText, ctx, pos);
  const out: JsonSchema = {};
  if (fields.description) out.description = fields.description;
  Object.assign(out, schema);
  if (fields.example !== undefined && fields.example !== "") {
    const example = convertValue(fields.example, schema);
    if (example !== undefined && !schema.$ref) out.examples = [example];
  }
  return out;
}

function isValidRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
