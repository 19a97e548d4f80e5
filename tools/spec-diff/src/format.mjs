// @ts-check
// Text for a terminal and Markdown for a pull request's summary; the same findings, most severe first.
import { LEVELS } from './findings.mjs';

/** @typedef {import('./findings.mjs').Finding} Finding @typedef {import('./api.mjs').ApiDiff} ApiDiff */

/** @param {Finding[]} findings */
export function countLevels(findings) {
  return Object.fromEntries(LEVELS.map((l) => [l, findings.filter((f) => f.level === l).length]));
}

/** @param {Finding[]} findings */
export function summaryLine(findings) {
  const counts = countLevels(findings);
  const parts = LEVELS.filter((l) => counts[l]).map((l) => `${counts[l]} ${l}`);
  return parts.length ? parts.join(', ') : 'no change';
}

/** @param {ApiDiff} d */
const newNote = (d) => (d.existedAtBase ? '' : ' (the spec is new since the base: everything is listed as added)');

/** @param {ApiDiff[]} diffs @param {string} baseLabel */
export function formatText(diffs, baseLabel) {
  const lines = [`Spec changes since ${baseLabel} (working tree):`];
  for (const d of diffs) {
    lines.push('', `${d.api}${d.packageName ? ` (${d.packageName})` : ''}: ${summaryLine(d.findings)}${newNote(d)}`);
    for (const f of d.findings) lines.push(`  ${f.level.padEnd(12)} ${f.operationId ? `${f.operationId}  ` : ''}${f.pointer}\n  ${''.padEnd(12)} ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** @param {string} s */
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const ICON = /** @type {Record<string, string>} */ ({ breaking: '🔴', warning: '🟠', 'non-breaking': '🟢', 'docs-only': '📝' });

/** @param {ApiDiff[]} diffs @param {string} baseLabel */
export function formatMarkdown(diffs, baseLabel) {
  const lines = [`## Spec changes since ${baseLabel}`, ''];
  for (const d of diffs) {
    lines.push(`### ${d.api}${d.packageName ? ` — \`${d.packageName}\`` : ''}: ${summaryLine(d.findings)}${newNote(d)}`, '');
    if (!d.findings.length) continue;
    lines.push('| Level | Operation | Where | Why |', '|---|---|---|---|');
    for (const f of d.findings) lines.push(`| ${ICON[f.level]} ${f.level} | ${f.operationId ? `\`${f.operationId}\`` : ''} | \`${cell(f.pointer)}\` | ${cell(f.reason)} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
