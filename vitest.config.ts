import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["cli/**/*.test.ts", "core/**/*.test.ts", "scraper/**/*.test.ts", "generator/**/*.test.ts", "contract-tests/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
