/**
 * Reading SCP table rows whose cells do not line up with the header: captures drop empty trailing
 * cells and split cells at unescaped `|` (`Pattern : ^(ACTIVE|INACTIVE)$`, `Example : A | B`).
 * The schema column is found by its grammar; what lies left of it is the description, right of it the
 * default.
 */
import type { SchemaExpr } from "./schema-grammar.js";
import { parseSchemaExpr, referencedNames } from "./schema-grammar.js";

export interface AlignedRow {
  lead: string[];
  description: string;
  schemaText?: string;
  schema?: SchemaExpr;
  defaultText: string;
}

export interface SchemaRecogniser {
  /** Names of models the page defines; a plain name is a schema only if known or model-shaped. */
  knownModels: ReadonlySet<string>;
  /** Cell values that mean "nothing" and are never model names ("None"). */
  none: readonly string[];
  /**
   * Per-page memo of parsed cells (the same tables repeat in every version section). Optional; the
   * parsed trees are never mutated, so sharing them is safe.
   */
  parsed?: Map<string, SchemaExpr | undefined>;
}

const MODEL_SHAPED = /^[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*$/;
const LITERALS = new Set(["True", "False", "None", "Null", "Openapi"]);

/** How sure we are that a cell is a schema: 2 for grammar forms and known models, 1 for model-shaped names. */
export function schemaConfidence(text: string, rec: SchemaRecogniser): { expr: SchemaExpr; confidence: number } | undefined {
  if (rec.none.includes(text.trim())) return undefined;
  let expr: SchemaExpr | undefined;
  if (rec.parsed) {
    expr = rec.parsed.get(text);
    if (expr === undefined && !rec.parsed.has(text)) {
      expr = parseSchemaExpr(text, rec.knownModels);
      rec.parsed.set(text, expr);
    }
  } else {
    expr = parseSchemaExpr(text, rec.knownModels);
  }
  if (!expr) return undefined;
  const names = referencedNames(expr);
  if (names.length === 0) return { expr, confidence: 2 };
  if (names.every((n) => rec.knownModels.has(n))) return { expr, confidence: 2 };
  if (names.every((n) => MODEL_SHAPED.test(n) && !LITERALS.has(n))) return { expr, confidence: 1 };
  return undefined;
}

function join(parts: string[]): string {
  return parts.filter((p) => p.trim() !== "").join(" | ");
}

/**
 * Splits a row into `lead` (the fixed leading columns), description, schema and default.
 * `restColumns` is how many columns follow the lead in the header (description, schema[, default]);
 * `schemaOffset` is the schema column's index within them.
 */
export function alignRow(
  cells: readonly string[],
  leadCount: number,
  restColumns: number,
  schemaOffset: number,
  rec: SchemaRecogniser,
  /** Lowest confidence accepted when the schema is searched for (rows that do not line up). */
  fallbackMinConfidence = 1,
): AlignedRow {
  const lead = cells.slice(0, leadCount);
  const rest = cells.slice(leadCount);
  if (rest.length === restColumns && rec.none.includes((rest[schemaOffset] ?? "").trim()) && (rest[schemaOffset] ?? "").trim() !== "") {
    return { lead, description: join(rest.slice(0, schemaOffset)), schemaText: rest[schemaOffset], defaultText: join(rest.slice(schemaOffset + 1)) };
  }
  if (rest.length === restColumns) {
    const positional = schemaConfidence(rest[schemaOffset] ?? "", rec);
    if (positional) {
      return {
        lead,
        description: join(rest.slice(0, schemaOffset)),
        schemaText: rest[schemaOffset],
        schema: positional.expr,
        defaultText: join(rest.slice(schemaOffset + 1)),
      };
    }
  }
  for (const wanted of [2, 1].filter((c) => c >= fallbackMinConfidence)) {
    for (let j = rest.length - 1; j >= 0; j--) {
      const hit = schemaConfidence(rest[j]!, rec);
      if (hit && hit.confidence >= wanted) {
        return {
          lead,
          description: join(rest.slice(0, j)),
          schemaText: rest[j],
          schema: hit.expr,
          defaultText: join(rest.slice(j + 1)),
        };
      }
    }
  }
  return { lead, description: join(rest), defaultText: "" };
}
