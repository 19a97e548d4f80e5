// @ts-check
// The built site in a real browser (Chromium driven by playwright-core; ./chromium.mjs says which one), with every
// request to a host other than localhost recorded and aborted: the pages must render, log no console error and need
// nothing from the network. Expectations (APIs, titles, operation summaries) come from redocly.yaml and the bundled specs.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Not docs-tools' index: it loads Redocly and TypeScript (spec-diff), ~1.3 s of CPU this test has no use for.
import { serveSite } from '@session-apis/docs-tools/serve';
import { findRepoRoot, listApis } from '@session-apis/registry';
import { parse as parseYaml } from 'yaml';
import { findChromium } from './chromium.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = join(packageDir, 'site');
const screenshotDir = join(packageDir, 'screenshots');
const apis = listApis(findRepoRoot(packageDir));

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// playwright-core's chromium.launch() gives every launch a fresh, temporary --user-data-dir and deletes it after.

/** @param {string} url */
function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return ['localhost', '127.0.0.1', '[::1]', '::1'].includes(hostname);
}

/** @param {string} api */
const bundled = (api) => JSON.parse(readFileSync(join(siteDir, api, 'openapi.json'), 'utf8'));

/**
 * @param {any} spec
 * @returns {{ summary: string, tag: string | undefined, method: string, path: string }[]}
 */
function operations(spec) {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    methods
      .filter((m) => /** @type {any} */ (item)[m])
      .map((m) => {
        const op = /** @type {any} */ (item)[m];
        return { summary: op.summary ?? op.operationId, tag: op.tags?.[0], method: m, path };
      }),
  );
}

/** @type {{ url: string, close: () => Promise<void> }} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
/** @type {unknown} */
let setupError;

// A setup failure (no Chromium, no built site) is rethrown by every test, so each one FAILS rather than being
// reported as skipped.
beforeAll(async () => {
  try {
    if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`${siteDir}/index.html not found: run \`pnpm docs\` first`);
    const found = await findChromium();
    console.info(`docs browser test: ${found.source} Chromium at ${found.path}`);
    mkdirSync(screenshotDir, { recursive: true });
    server = await serveSite(siteDir);
    browser = await chromium.launch({ executablePath: found.path, args: LAUNCH_ARGS, env: { ...process.env, ...found.env } });
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a site page in a fresh context that records every request and aborts those to other hosts.
 * @param {string} path  relative to the site root
 */
async function open(path) {
  if (setupError) throw setupError;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const errors = [];
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (ws) => requests.push(ws.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    // networkidle (no request for 500 ms): whatever the page fetches while it starts has been recorded.
    const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    expect(response?.status(), `GET ${path}`).toBe(200);
  } catch (error) {
    await context.close();
    throw error;
  }
  return {
    page,
    /** Every request since the page was opened that went (or tried to go) to another host, and every console error. */
    problems: () => ({ nonLocal: requests.filter((url) => !isLocal(url)), consoleErrors: errors }),
    requests,
    close: () => context.close(),
  };
}

/**
 * One load of a page for all the tests of the enclosing describe block: opened by the first test that asks for it,
 * closed when the block is done. A large Redoc page costs about a second of CPU to load and render, and the tests
 * that look at it only read it, click within it or download from it. Its recorders keep running, so a test that
 * checks `problems()` also sees what the tests before it made the page do.
 * @param {string} path  relative to the site root
 */
function sharedPage(path) {
  /** @type {ReturnType<typeof open> | undefined} */
  let opened;
  afterAll(async () => {
    const loaded = await opened?.catch(() => undefined);
    await loaded?.close();
  });
  return () => (opened ??= open(path));
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {{ fullPage?: boolean }} [options]  an operation view is shot as the reader sees it (the viewport): a full-
 *   page shot of a scrolled page with a sticky header and sidebar would draw them half-way down the picture
 */
async function screenshot(page, name, { fullPage = true } = {}) {
  // Redoc's search box says "Loading..." while it indexes in a worker; wait for it so the picture is final.
  await page.getByText('Loading...', { exact: true }).first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
}

// Every block runs side by side ({ concurrent: true }: said here, because the one vitest run of `pnpm test` does not
// apply a package config's `sequence` options). The tests mostly wait on Chromium.
describe('index page', { concurrent: true }, () => {
  // Three readers of one page.
  const indexPage = sharedPage('index.html');

  it('lists every API in redocly.yaml with its title, version, one-line summary and operations; loads nothing external', async () => {
    const { page, problems } = await indexPage();
    const cards = page.locator('article.card[data-api]');
    expect(await cards.count()).toBe(apis.length);
    for (const api of apis) {
      const spec = bundled(api.name);
      const card = page.locator(`article.card[data-api="${api.name}"]`);
      await card.waitFor({ state: 'visible' });
      const text = await card.innerText();
      expect(text).toContain(spec.info.title);
      expect(text).toContain(`v${spec.info.version}`);
      expect((await card.locator('.summary').innerText()).trim().length).toBeGreaterThan(10);
      for (const op of operations(spec)) {
        await card.getByText(op.summary, { exact: true }).waitFor({ state: 'visible', timeout: 2_000 });
      }
      expect(await card.locator('.changes').innerText()).toMatch(/Changes since/);
    }
    expect(problems()).toEqual({ nonLocal: [], consoleErrors: [] });
    await screenshot(page, 'index');
  });

  it('is not blank', async () => {
    const { page } = await indexPage();
    const text = await page.locator('body').innerText();
    expect(text.length).toBeGreaterThan(300);
    expect(await page.locator('h1').innerText()).toBe('API documentation');
  });

  it('links to each reference page, changes page and spec download, all of which resolve', async () => {
    const { page } = await indexPage();
    for (const api of apis) {
      const spec = bundled(api.name);
      const card = page.locator(`article.card[data-api="${api.name}"]`);
      for (const [label, check] of /** @type {const} */ ([
        ['Reference', (/** @type {string} */ body) => expect(body).toContain('id="redoc"')],
        ['Changes', (/** @type {string} */ body) => expect(body).toContain('Operations added')],
        ['openapi.yaml', (/** @type {string} */ body) => expect(parseYaml(body)).toEqual(spec)],
        ['openapi.json', (/** @type {string} */ body) => expect(JSON.parse(body)).toEqual(spec)],
      ])) {
        const href = await card.getByRole('link', { name: label, exact: true }).getAttribute('href');
        const response = await page.request.get(new URL(/** @type {string} */ (href), page.url()).href);
        expect(response.status(), `${api.name} ${label} → ${href}`).toBe(200);
        check(await response.text());
      }
    }
  });
});

// Within one API the reference page's tests run in order (it.sequential), because they share the page and the
// later ones click in it: the full-page screenshot is taken before anything scrolls, and the sidebar walk, which
// moves the page most, comes last.
for (const api of apis) {
  describe(`${api.name} reference page`, { concurrent: true }, () => {
    const referencePage = sharedPage(`${api.name}/index.html`);

    it.sequential('renders the API (not blank), logs no console error and loads nothing external', async () => {
      const spec = bundled(api.name);
      const { page, problems, requests } = await referencePage();
      const root = page.locator('#redoc');
      expect(await root.count()).toBe(1);
      expect(await root.locator('*').count()).toBeGreaterThan(50);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: spec.info.title }).first().waitFor({ state: 'visible' });
      expect((await root.innerText()).length).toBeGreaterThan(500);
      expect(requests.length).toBeGreaterThan(0); // the recorder works: at least the page itself was seen
      expect(problems()).toEqual({ nonLocal: [], consoleErrors: [] });
      await screenshot(page, api.name);
    });

    it.sequential('offers openapi.yaml and openapi.json downloads that hold the bundled spec', async () => {
      const spec = bundled(api.name);
      const { page } = await referencePage();
      for (const [format, parse] of /** @type {const} */ ([['yaml', parseYaml], ['json', JSON.parse]])) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-download="${format}"]`)]);
        expect(download.suggestedFilename()).toBe(`openapi.${format}`);
        const file = await download.path();
        expect(parse(readFileSync(file, 'utf8'))).toEqual(spec);
      }
    });

    it.sequential("shows each operation's summary on its page (picked from the sidebar)", async () => {
      const ops = operations(bundled(api.name));
      expect(ops.length).toBeGreaterThan(0);
      const { page, problems } = await referencePage();
      const menuItem = (/** @type {string} */ kind) => page.locator(`[data-component-name="Menu/MenuItem"].menu-item-type-${kind}`);
      for (const [i, op] of ops.entries()) {
        const entry = menuItem('operation').filter({ has: page.getByText(op.summary, { exact: true }) }).first();
        if (!(await entry.isVisible()) && op.tag) {
          await menuItem('group').locator(':scope > a').filter({ has: page.getByText(op.tag, { exact: true }) }).first().click();
        }
        await entry.click();
        await page
          .getByRole('heading')
          .filter({ has: page.getByText(op.summary, { exact: true }) })
          .first()
          .waitFor({ state: 'visible', timeout: 5_000 });
        if (i === 0) await screenshot(page, `${api.name}-operation`, { fullPage: false });
      }
      // Everything the page did since it was opened, the downloads and the sidebar walk included.
      expect(problems()).toEqual({ nonLocal: [], consoleErrors: [] });
    });
  });

  describe(`${api.name} changes page`, { concurrent: true }, () => {
    it('lists the operations the build found added and removed, logs no console error and loads nothing external', async () => {
      const changes = JSON.parse(readFileSync(join(siteDir, api.name, 'changes.json'), 'utf8'));
      const { page, problems, close } = await open(`${api.name}/changes.html`);
      try {
        await page.getByText(changes.note).first().waitFor({ state: 'visible' });
        expect(await page.locator('#operations-added tbody tr').count()).toBe(changes.operations.added.length);
        expect(await page.locator('#operations-removed tbody tr').count()).toBe(changes.operations.removed.length);
        expect(problems()).toEqual({ nonLocal: [], consoleErrors: [] });
        await screenshot(page, `${api.name}-changes`);
      } finally {
        await close();
      }
    });
  });
}
