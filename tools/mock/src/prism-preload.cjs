// @ts-check
// Preloaded into every Prism process that index.mjs starts (node --require), before Prism's own code.
//
// Prism's mocker does `require('@faker-js/faker')` at start-up. In faker 6 that entry builds one instance holding all
// 57 locales: about 2,000 modules and over a second of CPU, half of what a Prism start costs, paid by every test run
// that starts a mock. Prism only ever uses faker's default locale, en (it never sets another), so that entry is served
// from faker's own en-only build, `@faker-js/faker/locale/en`: the same Faker class, locale and fallback `en`, the
// same data. Anything unexpected (another faker major, another shape) leaves Prism's loading untouched.
'use strict';
const Module = require('node:module');
const { dirname, join } = require('node:path');

try {
  const prismCli = dirname(require.resolve('@stoplight/prism-cli/package.json'));
  const prismHttp = dirname(require.resolve('@stoplight/prism-http/package.json', { paths: [prismCli] }));
  const main = require.resolve('@faker-js/faker', { paths: [prismHttp] }); // …/dist/cjs/index.js, as Prism resolves it
  const dist = dirname(main);
  const { version } = require(join(dist, '..', '..', 'package.json'));
  if (String(version).startsWith('6.')) {
    /** @type {any} */
    const en = require(require.resolve('@faker-js/faker/locale/en', { paths: [prismHttp] }));
    if (en?.locale === 'en' && en.localeFallback === 'en' && typeof en.constructor === 'function') {
      const entry = new Module(main);
      entry.filename = main;
      entry.loaded = true;
      // The full entry's exports; the two rarely used ones are loaded only if asked for.
      entry.exports = {
        __esModule: true,
        Faker: en.constructor,
        faker: en,
        default: en,
        get FakerError() {
          return require(join(dist, 'errors', 'faker-error.js')).FakerError;
        },
        get Gender() {
          return require(join(dist, 'name.js')).Gender;
        },
      };
      require.cache[main] = entry;
    }
  }
} catch {
  // Prism's dependencies are laid out differently than expected: Prism loads faker itself, as it would without us.
}
