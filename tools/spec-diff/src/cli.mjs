#!/usr/bin/env node
// @ts-check
// pnpm spec-diff [--base <ref>] [--api <name>] [--json | --markdown]
//   Classifies the changes of every registered spec (and its client's exported type names) between <ref>
//   (default: the newest tag, else the first commit) and the working tree. Exit code 0 whatever it finds: it
//   reports; `pnpm check:changeset` is the gate.
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@session-apis/registry';
import { diffApis, toJson } from './api.mjs';
import { formatMarkdown, formatText } from './format.mjs';
import { describeBase, findBaseRef, resolveRef } from './git.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    api: { type: 'string' },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: spec-diff [--base <ref>] [--api <name>] [--json | --markdown]');
  process.exit(0);
}

try {
  // The repository is the one the command runs in (so the tool works on any checkout that has a registry).
  let repoRoot;
  try {
    repoRoot = findRepoRoot(process.cwd());
  } catch {
    repoRoot = findRepoRoot();
  }
  const base = values.base ? resolveRef(repoRoot, values.base) : findBaseRef(repoRoot);
  const baseLabel = base ? describeBase(base) : 'the start (no commit yet)';
  const diffs = await diffApis({ repoRoot, baseSha: base?.sha, ...(values.api ? { only: values.api } : {}) });
  if (values.json) process.stdout.write(`${JSON.stringify(diffs.flatMap((d) => d.findings.map(toJson)), null, 2)}\n`);
  else if (values.markdown) process.stdout.write(formatMarkdown(diffs, baseLabel));
  else process.stdout.write(formatText(diffs, baseLabel));
  if (base?.shallow) console.error('spec-diff: warning: shallow clone; fetch the full history (fetch-depth: 0) for an exact base.');
} catch (err) {
  console.error(`spec-diff: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
