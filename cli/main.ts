#!/usr/bin/env node
/** The `cloudspec` binary: runs the command line on this process's arguments and standard streams. */
import { processIo } from "../core/command-io.js";
import { runCli } from "./program.js";

process.exitCode = await runCli(process.argv.slice(2), processIo());
