// @ts-check
// One API's reference page: `redocly bundle` (or the spec package's `bundle` output) → openapi.yaml + openapi.json
// (the downloads), `redocly build-docs
// --inlineBundle` → index.html (Redoc, self-contained), and api.json (title, version, operations) for the site.
// The result depends on the spec and redocly.yaml only (no git history), so turbo can cache it per API.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { operationsOf } from './changes.mjs';
import { redocly } from './redocly.mjs';
import { assertSelfContained, inlineRedocAssets, stripExternalFonts } from './self-contained.mjs';

export const SITE_NAME = 'session-apis';
const TEMPLATE = fileURLToPath(new URL('./templates/reference.hbs', import.meta.url));
const BAR_HEIGHT = 48; // px, the header bar of templates/reference.hbs

// Redoc options for every page. NOTE: build-docs uses either these --openapi.* flags or the `openapi:` section of
// redocly.yaml, never both — theme options belong here. scrollYOffset makes Redoc's sticky sidebar and its
// scroll-to-heading leave room for the header bar.
/** @type {Record<string, string | number | boolean>} */
const REDOC_OPTIONS = { scrollYOffset: BAR_HEIGHT };

/**
 * @typedef {import('@session-apis/registry').ApiEntry} ApiEntry
 *
 * @typedef {object} ApiMeta   what the site needs to know about a built page (api-docs/api.json)
 * @property {string} name
 * @property {string} title
 * @property {string} version
 * @property {string} summary   one line
 * @property {{ method: string, path: string, operationId: string | undefined, summary: string | undefined }[]} operations
 * @property {number} schemas
 */

/** Where `session-apis-docs page` writes an API's page: a folder in its spec package (git-ignored, a turbo output). */
/** @param {ApiEntry} api */
export const pageDir = (api) => join(api.specDir, 'api-docs');

/**
 * A one-line description: info.summary (OpenAPI 3.1), else the first sentence of info.description.
 * @param {any} info
 */
export function oneLine(info) {
  if (typeof info?.summary === 'string' && info.summary.trim()) return info.summary.trim();
  const text = String(info?.description ?? '')
    .replace(/[`*_#>\[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.{1,200}?[.!?])(\s|$)/.exec(text)?.[1] ?? text.slice(0, 200);
  return sentence;
}

/**
 * @param {ApiEntry} api
 * @param {{ repoRoot: string, outDir?: string, bundled?: string | undefined, log?: (msg: string) => void }} options
 *   `bundled`: the API's spec already bundled by `redocly bundle` (the spec package's turbo `bundle` task, which
 *   this task depends on, so it is never stale there); without it the spec is bundled here
 * @returns {Promise<ApiMeta>}
 */
export async function buildPage(api, { repoRoot, outDir = pageDir(api), bundled, log = () => {} }) {
  const config = join(repoRoot, 'redocly.yaml');
  if (bundled !== undefined && !existsSync(bundled)) throw new Error(`${relative(repoRoot, bundled)} not found: run the spec package's bundle task first`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const yamlFile = join(outDir, 'openapi.yaml');
  if (bundled !== undefined) copyFileSync(bundled, yamlFile);
  else await redocly(['bundle', api.name, '--config', config, '-o', yamlFile], { cwd: repoRoot });
  const spec = parse(readFileSync(yamlFile, 'utf8'));
  writeFileSync(join(outDir, 'openapi.json'), `${JSON.stringify(spec, null, 2)}\n`);

  const htmlFile = join(outDir, 'index.html');
  await redocly(
    [
      'build-docs', api.name, '--config', config, '--inlineBundle', '--template', TEMPLATE, '-o', htmlFile,
      `--templateOptions.version=${spec.info?.version ?? ''}`,
      `--templateOptions.siteName=${SITE_NAME}`,
      `--templateOptions.barHeight=${BAR_HEIGHT}`,
      ...Object.entries(REDOC_OPTIONS).map(([key, value]) => `--openapi.${key}=${value}`),
    ],
    { cwd: repoRoot },
  );
  const html = inlineRedocAssets(stripExternalFonts(readFileSync(htmlFile, 'utf8')));
  assertSelfContained(html, relative(repoRoot, htmlFile));
  // build-docs turns Redoc's telemetry off when the config or REDOCLY_TELEMETRY says so; make sure it did.
  if (!html.includes('"disableTelemetry":true')) throw new Error(`${relative(repoRoot, htmlFile)}: Redoc telemetry is not disabled`);
  writeFileSync(htmlFile, html);

  /** @type {ApiMeta} */
  const meta = {
    name: api.name,
    title: String(spec.info?.title ?? api.name),
    version: String(spec.info?.version ?? ''),
    summary: oneLine(spec.info),
    operations: [...operationsOf(spec).values()],
    schemas: Object.keys(spec.components?.schemas ?? {}).length,
  };
  writeFileSync(join(outDir, 'api.json'), `${JSON.stringify(meta, null, 2)}\n`);
  log(`✓ ${api.name}: ${relative(repoRoot, outDir)}/ (index.html ${kib(html)}, openapi.yaml, openapi.json)`);
  return meta;
}

/** @param {string} text */
const kib = (text) => `${Math.ceil(Buffer.byteLength(text) / 1024)} KiB`;
