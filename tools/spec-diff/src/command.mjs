// @ts-check
// The spec-diff command as a function: arguments, where to write and where it runs in; the exit code out.
// src/cli.mjs runs it for the process; tests run it in theirs.
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@session-apis/registry';
import { diffApis, toJson } from './api.mjs';
import { formatMarkdown, formatText } from './format.mjs';
import { describeBase, findBaseRef, resolveRef } from './git.mjs';

/**
 * @typedef {object} Io
 * @property {{ write(text: string): unknown }} stdout
 * @property {{ write(text: string): unknown }} stderr
 * @property {string} cwd  the repository is the one this folder is in
 */

/**
 * @param {string[]} argv  the arguments after the command name
 * @param {Io} io
 * @returns {Promise<number>} the exit code: 0 whatever it finds, 2 when it cannot compare
 */
export async function runSpecDiff(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string' },
      api: { type: 'string' },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write('Usage: spec-diff [--base <ref>] [--api <name>] [--json | --markdown]\n');
    return 0;
  }

  try {
    // The repository is the one the command runs in (so the tool works on any checkout that has a registry).
    let repoRoot;
    try {
      repoRoot = findRepoRoot(io.cwd);
    } catch {
      repoRoot = findRepoRoot();
    }
    const base = values.base ? resolveRef(repoRoot, values.base) : findBaseRef(repoRoot);
    const baseLabel = base ? describeBase(base) : 'the start (no commit yet)';
    const diffs = await diffApis({ repoRoot, baseSha: base?.sha, ...(values.api ? { only: values.api } : {}) });
    if (values.json) io.stdout.write(`${JSON.stringify(diffs.flatMap((d) => d.findings.map(toJson)), null, 2)}\n`);
    else if (values.markdown) io.stdout.write(formatMarkdown(diffs, baseLabel));
    else io.stdout.write(formatText(diffs, baseLabel));
    if (base?.shallow) io.stderr.write('spec-diff: warning: shallow clone; fetch the full history (fetch-depth: 0) for an exact base.\n');
    return 0;
  } catch (err) {
    io.stderr.write(`spec-diff: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
