#!/usr/bin/env node
// @ts-check
// pnpm spec-diff [--base <ref>] [--api <name>] [--json | --markdown]
//   Classifies the changes of every registered spec (and its client's exported type names) between <ref>
//   (default: the newest tag, else the first commit) and the working tree. Exit code 0 whatever it finds: it
//   reports; `pnpm check:changeset` is the gate. The command itself is src/command.mjs.
import { runSpecDiff } from './command.mjs';

process.exitCode = await runSpecDiff(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
