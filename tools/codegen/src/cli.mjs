#!/usr/bin/env node
// @ts-check
// Usage: session-apis-codegen <api…> | --all [--check]
//   <api>    a name registered in redocly.yaml (each client package's `generate` script passes its own)
//   --check  regenerate in memory and fail if the committed file differs (the drift check)
import { runCodegen } from './run.mjs';

const code = await runCodegen(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
process.exit(code); // now: a handle left open by a dependency must not keep the command alive
