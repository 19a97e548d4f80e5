#!/usr/bin/env node
// @ts-check
// `pnpm new-api <name> [--title "…"] [--summary "…"]`: scaffolds a new API from tools/new-api/template (spec
// package, registry entry, client package, docs site dependency) and generates its types. Then: pnpm install && pnpm build && pnpm test.
// The command itself is src/run.mjs.
import { runNewApi } from './run.mjs';

// process.exit, not exitCode: a handle left open by a dependency (codegen loads Redocly) must not keep the command alive.
process.exit(await runNewApi(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }));
