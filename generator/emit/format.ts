/** Formats generated TypeScript with the pinned, in-process prettier and explicit options (never the user's config). */
import { format } from "prettier";

export const PRETTIER_OPTIONS = {
  parser: "babel-ts",
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
} as const;

export async function formatTypeScript(text: string): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS });
}
