/**
 * Default values printed in a description line ("Default is 1000", "Default is false"). Only values the
 * schema can state exactly are taken: numbers, booleans, and strings of an enum.
 */
import type { JsonSchema } from "../../api-model.js";
import type { NhnLabels } from "./labels.js";
import { escapeRegExp } from "./labels.js";

/** The "Default is <value>" line pattern of a label table; compiled once per page (see NhnContext). */
export function defaultPhrasePattern(labels: NhnLabels): RegExp {
  return new RegExp(`^(?:${labels.defaultPhrases.map(escapeRegExp).join("|")})\\s*\`?([^\\s\`]+?)\`?\\.?$`, "i");
}

export function defaultFrom(description: string, schema: JsonSchema, phrase: RegExp): unknown {
  for (const line of description.split("\n")) {
    const m = phrase.exec(line.trim());
    if (!m) continue;
    const text = m[1]!;
    switch (schema.type) {
      case "integer":
        if (/^-?\d+$/.test(text)) return Number(text);
        break;
      case "number":
        if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
        break;
      case "boolean":
        if (text === "true" || text === "false") return text === "true";
        break;
      case "string":
        if (Array.isArray(schema.enum) && schema.enum.includes(text)) return text;
        break;
    }
  }
  return undefined;
}
