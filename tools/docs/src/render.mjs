// @ts-check
// HTML for the index and the changes pages: eta templates in ./templates, escaped by default (`<%=`).
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { countChanges } from './changes.mjs';

const eta = new Eta({ views: fileURLToPath(new URL('./templates', import.meta.url)), autoEscape: true, cache: true });

/**
 * @typedef {import('./page.mjs').ApiMeta} ApiMeta
 * @typedef {import('./changes.mjs').Changes} Changes
 * @typedef {{ kind: 'add' | 'del', text: string }} Pill
 */

/** @param {number} n @param {string} word */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The short form shown on the index page, e.g. "+8 operations", "−2 fields".
 * @param {Changes} changes
 * @returns {Pill[]}
 */
export function changePills(changes) {
  const c = countChanges(changes);
  /** @type {[number, 'add' | 'del', string, string][]} */
  const parts = [
    [c.operationsAdded, 'add', '+', 'operation'],
    [c.operationsRemoved, 'del', '−', 'operation'],
    [c.schemasAdded, 'add', '+', 'schema'],
    [c.schemasRemoved, 'del', '−', 'schema'],
    [c.fieldsAdded, 'add', '+', 'field'],
    [c.fieldsRemoved, 'del', '−', 'field'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, kind, sign, word]) => ({ kind, text: `${sign}${plural(n, word)}` }));
}

/** @param {Changes} changes */
export function sinceLabel(changes) {
  if (!changes.base) return 'the start (no commit yet)';
  return changes.base.kind === 'tag' ? changes.base.name : `the first commit ${changes.base.name}`;
}

/**
 * @param {{ siteName: string, description: string, apis: { meta: ApiMeta, changes: Changes }[] }} model
 */
export function renderIndex({ siteName, description, apis }) {
  return eta.render('./index', {
    siteName,
    description,
    root: '',
    nav: [],
    apis: apis.map(({ meta, changes }) => ({
      ...meta,
      changes: { sinceLabel: sinceLabel(changes), note: changes.note, pills: changePills(changes) },
    })),
  });
}

/**
 * @param {{ siteName: string, meta: ApiMeta, changes: Changes }} model
 */
export function renderChanges({ siteName, meta, changes }) {
  return eta.render('./changes', {
    siteName,
    root: '../',
    nav: [
      { href: 'index.html', label: 'Reference' },
      { href: 'openapi.yaml', label: 'openapi.yaml', download: true },
      { href: 'openapi.json', label: 'openapi.json', download: true },
    ],
    api: meta,
    changes,
  });
}
