// @ts-check
// The site: index.html listing every registered API, and per API a folder with its reference page, the
// bundled spec downloads and changes.html. Reference pages are built by each spec package's `docs` task
// (cached per API by turbo); this step copies them and adds what depends on the git history (the changes).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listApis } from '@session-apis/registry';
import { computeChanges } from './changes.mjs';
import { buildPage, pageDir, SITE_NAME } from './page.mjs';
import { renderChanges, renderIndex } from './render.mjs';
import { assertSelfContained } from './self-contained.mjs';

export const SITE_DESCRIPTION =
  'Reference documentation for the APIs of this repository, generated from their hand-written OpenAPI specs. ' +
  'Every page works offline; each API can also be downloaded as one bundled OpenAPI file.';

/**
 * @param {{ repoRoot: string, siteDir: string, log?: (msg: string) => void }} options
 */
export async function buildSite({ repoRoot, siteDir, log = () => {} }) {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const apis = [];
  for (const api of listApis(repoRoot)) {
    const built = pageDir(api);
    // `pnpm docs` builds pages first (turbo `^docs`); building here too keeps `session-apis-docs site` usable alone.
    if (!existsSync(join(built, 'api.json'))) {
      log(`… ${api.name}: no page in ${relative(repoRoot, built)}/, building it`);
      await buildPage(api, { repoRoot, log });
    }
    /** @type {import('./page.mjs').ApiMeta} */
    const meta = JSON.parse(readFileSync(join(built, 'api.json'), 'utf8'));
    const out = join(siteDir, api.name);
    mkdirSync(out, { recursive: true });
    for (const file of ['index.html', 'openapi.yaml', 'openapi.json']) cpSync(join(built, file), join(out, file));

    const changes = await computeChanges(api.root);
    writeFileSync(join(out, 'changes.json'), `${JSON.stringify(changes, null, 2)}\n`);
    writeHtml(join(out, 'changes.html'), renderChanges({ siteName: SITE_NAME, meta, changes }), repoRoot);
    apis.push({ meta, changes });
    log(`✓ ${api.name}: ${relative(repoRoot, out)}/ — ${changes.note}`);
  }
  writeHtml(join(siteDir, 'index.html'), renderIndex({ siteName: SITE_NAME, description: SITE_DESCRIPTION, apis }), repoRoot);
  log(`✓ site: ${relative(repoRoot, join(siteDir, 'index.html'))} lists ${apis.length} APIs`);
  return apis;
}

/** @param {string} file @param {string} html @param {string} repoRoot */
function writeHtml(file, html, repoRoot) {
  assertSelfContained(html, relative(repoRoot, file));
  writeFileSync(file, html);
}
