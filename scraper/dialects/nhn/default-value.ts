/**
 * A field table's Default value column (`| targetType | Integer | Optional | 0 | 0, 1 | … |`) → the schema's
 * `default`, only when the cell is one plain value of the field's type: `0` for an Integer, `true` for a
 * Boolean, one word for a String (one of its values for an enum). Anything else (`Current date`, `N-1 day`,
 * a value of another type) is no default: it is kept in the description (`Default value: …`) and reported
 * (`nhn-default-not-read`), never guessed.
 */
import type { JsonSchema } from "../../api-model.js";
import type { NhnContext } from "./context.js";
import type { FieldRow } from "./field-table.js";

/** Sets `schema.default` from the row's Default cell, or keeps the cell in the description and says why. */
export function applyDefaultCell(schema: JsonSchema, row: FieldRow, where: string, ctx: NhnContext): void {
  const text = row.defaultValue;
  if (text === undefined) return;
  const value = plainValue(text, schema);
  if (value === undefined) {
    ctx.sink.warn(
      "nhn-default-not-read",
      `${where}: field ${JSON.stringify(row.name)}: Default value ${JSON.stringify(text)} is not one value of its type${typeof schema.type === "string" ? ` (${schema.type})` : ""}; kept in the description, no default written`,
      row.pos,
    );
    row.description = [row.description, `Default value: ${text}`].filter((t) => t !== "").join("\n");
    return;
  }
  schema.default = value;
}

function plainValue(cell: string, schema: JsonSchema): unknown {
  const t = cell.replace(/^`(.*)`$/, "$1").trim();
  const value = typedValue(t, schema.type);
  if (value === undefined) return undefined;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return undefined;
  return value;
}

function typedValue(t: string, type: JsonSchema["type"]): unknown {
  switch (type) {
    case "integer":
      return /^[+-]?\d{1,15}$/.test(t) ? Number(t) : undefined;
    case "number":
      return /^[+-]?(?:\d{1,15}(?:\.\d{1,15})?|\.\d{1,15})$/.test(t) ? Number(t) : undefined;
    case "boolean":
      return /^(?:true|false)$/i.test(t) ? t.toLowerCase() === "true" : undefined;
    case "string": {
      const quoted = /^"([^"]*)"$|^'([^']*)'$/.exec(t);
      if (quoted) return quoted[1] ?? quoted[2];
      // One word: a sentence or phrase ("Current date", "N-1 day") is no value.
      return /^\S{1,100}$/.test(t) ? t : undefined;
    }
    default:
      return undefined;
  }
}
