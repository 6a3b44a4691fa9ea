/**
 * The schema notation of SCP's Parameters and Models tables:
 *
 *   expr := "any of" "[" expr ("," expr)* "]"
 *         | "array" "[" expr "]"
 *         | "enum" "(" value ("," value)* ")"
 *         | primitive [ "(" format ")" ]          primitive: string integer number boolean object
 *         | "null"
 *         | ModelName
 *
 * A word spelled like a primitive but not in lowercase (`Object`) is a model name when the page defines
 * a model of exactly that name: `array[Object]` refers to the model, `array[object]` is a list of objects.
 *
 * parse → SchemaExpr (a small typed tree) → toJsonSchema (OpenAPI 3.1: nullability as type arrays).
 */
import type { JsonSchema } from "../../api-model.js";

export type PrimitiveType = "string" | "integer" | "number" | "boolean" | "object";

export type SchemaExpr =
  | { kind: "primitive"; type: PrimitiveType; format?: string }
  | { kind: "null" }
  | { kind: "array"; items: SchemaExpr }
  | { kind: "enum"; values: string[] }
  | { kind: "anyOf"; options: SchemaExpr[] }
  | { kind: "ref"; name: string };

const PRIMITIVES = new Set<string>(["string", "integer", "number", "boolean", "object"]);
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly models?: ReadonlySet<string>,
  ) {}

  parseAll(): SchemaExpr | undefined {
    const e = this.expr(0);
    this.ws();
    return e && this.i === this.s.length ? e : undefined;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  private eat(token: string): boolean {
    this.ws();
    if (this.s.startsWith(token, this.i)) {
      this.i += token.length;
      return true;
    }
    return false;
  }

  private word(): string | undefined {
    this.ws();
    const m = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(this.s.slice(this.i, this.i + 200));
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  private expr(depth: number): SchemaExpr | undefined {
    if (depth > 32) return undefined;
    this.ws();
    const start = this.i;
    if (/^any\s+of\s*\[/i.test(this.s.slice(this.i, this.i + 16))) {
      this.i = this.s.indexOf("[", this.i) + 1;
      const options: SchemaExpr[] = [];
      for (;;) {
        const o = this.expr(depth + 1);
        if (!o) return undefined;
        options.push(o);
        if (this.eat(",")) continue;
        if (this.eat("]")) break;
        return undefined;
      }
      return { kind: "anyOf", options };
    }
    const w = this.word();
    if (w === undefined) return undefined;
    const lw = w.toLowerCase();
    if (lw === "array" && this.eat("[")) {
      const items = this.expr(depth + 1);
      if (!items || !this.eat("]")) return undefined;
      return { kind: "array", items };
    }
    if (lw === "enum" && this.eat("(")) {
      const close = this.s.indexOf(")", this.i);
      if (close < 0) return undefined;
      const values = this.s
        .slice(this.i, close)
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");
      this.i = close + 1;
      return values.length > 0 ? { kind: "enum", values } : undefined;
    }
    if (lw === "null") return { kind: "null" };
    if (PRIMITIVES.has(lw) && !(w !== lw && this.models?.has(w))) {
      const save = this.i;
      if (this.eat("(")) {
        const close = this.s.indexOf(")", this.i);
        const format = close < 0 ? "" : this.s.slice(this.i, close).trim();
        if (close >= 0 && /^[A-Za-z0-9_.-]+$/.test(format)) {
          this.i = close + 1;
          return { kind: "primitive", type: lw as PrimitiveType, format };
        }
        this.i = save;
      }
      return { kind: "primitive", type: lw as PrimitiveType };
    }
    if (NAME.test(w)) return { kind: "ref", name: w };
    this.i = start;
    return undefined;
  }
}

/**
 * Parses a schema cell; undefined when the text is not in the notation. `models`: the names of the models
 * the page defines (decides whether `Object` is the model or the primitive).
 */
export function parseSchemaExpr(text: string, models?: ReadonlySet<string>): SchemaExpr | undefined {
  const t = text.trim();
  if (t === "" || t.length > 2000) return undefined;
  return new Parser(t, models).parseAll();
}

/** Model names an expression refers to. */
export function referencedNames(e: SchemaExpr, out: string[] = []): string[] {
  switch (e.kind) {
    case "ref":
      out.push(e.name);
      break;
    case "array":
      referencedNames(e.items, out);
      break;
    case "anyOf":
      for (const o of e.options) referencedNames(o, out);
      break;
    default:
      break;
  }
  return out;
}

export function refTo(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/** OpenAPI 3.1 schema of an expression; `any of [X, null]` becomes a type array where X allows it. */
export function toJsonSchema(e: SchemaExpr): JsonSchema {
  switch (e.kind) {
    case "primitive":
      return e.format ? { type: e.type, format: e.format } : { type: e.type };
    case "null":
      return { type: "null" };
    case "array":
      return { type: "array", items: toJsonSchema(e.items) };
    case "enum":
      return { type: "string", enum: [...e.values] };
    case "ref":
      return refTo(e.name);
    case "anyOf": {
      const rest = e.options.filter((o) => o.kind !== "null");
      const nullable = rest.length < e.options.length;
      if (rest.length === 1) {
        const s = toJsonSchema(rest[0]!);
        return nullable ? withNull(s) : s;
      }
      if (rest.length === 0) return { type: "null" };
      return { anyOf: [...rest.map(toJsonSchema), ...(nullable ? [{ type: "null" }] : [])] };
    }
  }
}

function withNull(s: JsonSchema): JsonSchema {
  if (typeof s.type === "string") {
    const out: JsonSchema = { ...s, type: [s.type, "null"] };
    if (Array.isArray(s.enum)) out.enum = [...(s.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [s, { type: "null" }] };
}

/** The non-null JSON type of a schema, for converting example and default strings. */
export function primaryType(s: JsonSchema): string | undefined {
  if (typeof s.type === "string") return s.type;
  if (Array.isArray(s.type)) return (s.type as string[]).find((t) => t !== "null");
  return undefined;
}
