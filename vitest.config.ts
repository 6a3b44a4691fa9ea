import { defineConfig } from "vitest/config";

// `cloudspec-source`: workspace packages (generator/runtime as @cloudspec/runtime) resolve to their
// TypeScript sources in this repository; installed elsewhere they resolve to their compiled dist/.
const conditions = ["cloudspec-source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["cloudspec-source"] } },
  test: {
    include: ["cli/**/*.test.ts", "core/**/*.test.ts", "scraper/**/*.test.ts", "generator/**/*.test.ts", "contract-tests/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 60_000,
  },
});
