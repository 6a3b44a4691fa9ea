/**
 * `contract` and `mock` for the cloudspec CLI (cli/program.ts registers them with one call each). Options are
 * declared here; the implementations load only when their command runs.
 */
import { Command } from "commander";
import type { CliContext } from "../context.js";

export function registerContractCommand(program: Command, ctx: CliContext): void {
  program
    .command("contract")
    .summary("check responses (mocked, live or recorded) and the pages' examples against the specs")
    .description(
      [
        "Contract tests for specs (ids like scp/backup/1.2, or scp/backup, or scp; none: all).",
        "Default: call every operation through the generated client against the spec's mock, once per documented",
        "status, and validate each response. --live: against the vendor's API (credentials from the environment;",
        "read-only operations unless --allow-mutating). --recorded <dir>: validate HAR files / JSON pairs.",
        "--doc-consistency: check every example on the pages against its schema. Exit 1 on a failure that is not",
        "an allowlisted documentation bug, 2 on bad usage.",
      ].join(" "),
    )
    .argument("[specs...]", "spec ids")
    .option("--live", "run against the live API (see contract-tests/README.md for the environment variables)")
    .option("--allow-mutating", "live: also call POST/PUT/PATCH/DELETE operations")
    .option("--require-live", "live: exit 1 when credentials are missing instead of skipping")
    .option("--base-url <url>", "live: base URL instead of the spec's server (also CONTRACT_BASE_URL)")
    .option("--params <file>", "live: JSON file of parameter values by name (also CONTRACT_PARAMS)")
    .option("--recorded <path>", "validate recorded exchanges (a directory of .har/.json files, or one file)")
    .option("--host <hosts...>", "recorded: hosts to accept besides the spec's servers")
    .option("--doc-consistency", "validate the pages' examples against their schemas")
    .option("--report-dir <dir>", "doc-consistency: write doc-consistency.md and .json here")
    .option("--allowlist <file>", "known documentation bugs", "contract-tests/doc-consistency/allowlist.json")
    .option("--spec-dir <dir>", "folder of specs", "spec")
    .option("--generated-dir <dir>", "folder of generated clients", "generated")
    .option("--json <file>", "also write every result (diagnostics, patches, coverage) as JSON")
    .option("--coverage-summary <dir>", "print the coverage the vitest suites wrote (CONTRACT_COVERAGE_DIR) and exit")
    .option("--quiet", "print only errors and summaries")
    .action(async (specs: string[], opts: Record<string, unknown>) => {
      let runContract;
      try {
        ({ runContract } = await import("../../contract-tests/cli/contract-command.js"));
      } catch (e) {
        // The installed (compiled) CLI: the contract suite drives the generated TypeScript clients through the
        // runtime, which only a checkout (npm run contract, tsx) has.
        if ((e as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw e;
        ctx.io.err(`error: contract needs @cloudspec/runtime and the generated TypeScript clients; run it from a cloudspec checkout (npm run contract -- …). ${(e as Error).message.split("\n")[0]}\n`);
        ctx.exit(2);
        return;
      }
      ctx.exit(await runContract(specs, opts, ctx.io));
    });
}

export function registerMockCommand(program: Command, ctx: CliContext): void {
  program
    .command("mock")
    .summary("serve a spec's mock on 127.0.0.1: the pages' examples, requests checked like Prism")
    .description(
      [
        "Serve a spec's mock over HTTP. Each request is checked as Prism checks it: the documented credentials present",
        "(securitySchemes), path/query/header/cookie parameters and the body valid against the spec; a refusal is an",
        "RFC 7807 problem naming the parameter and the doc page:line, with 401, 415, 422 or 400 — the operation's",
        "documented status where it has one, else Prism's, marked x-cloudspec-undocumented-status: true. Undocumented",
        "query parameters are reported in x-cloudspec-violations. Answers: the pages' examples per operation and",
        "status; Prefer: code=404 picks a documented status, example=<name> a named example, dynamic=true a body",
        "generated from the schema (json-schema-faker, seeded). 404/405 list the documented paths. Stops on",
        "SIGINT/SIGTERM/SIGHUP and when the process that started it (or a piped stdin) goes away.",
      ].join(" "),
    )
    .argument("<spec>", "spec id, e.g. scp/backup/1.2")
    .option("--port <port>", "port (0: any free one)", "4010")
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--valid-only", "serve a synthesised valid body where the page's example breaks its own schema")
    .option("--lenient", "answer every request without checking credentials, parameters or body")
    .option("--seed <n>", "seed of Prefer: dynamic=true bodies (same seed, same bodies)", "1")
    .option("--no-parent-watch", "keep serving when the launching process exits or stdin closes (signals still stop it)")
    .option("--spec-dir <dir>", "folder of specs", "spec")
    .option("--quiet", "do not log requests")
    .action(async (spec: string, opts: { port: string; host: string; validOnly?: boolean; lenient?: boolean; seed?: string; parentWatch?: boolean; specDir: string; quiet?: boolean }) => {
      const { runMock } = await import("../../contract-tests/cli/mock-command.js");
      ctx.exit(await runMock(spec, opts, ctx.io));
    });
}
