// @ts-check
// postinstall: when the docs browser test will use the Chromium shipped in @sparticuz/chromium (no $CHROMIUM_PATH,
// no system Chromium or Chrome), decompress it into its cache now, as part of installing it, rather than in the
// first `pnpm test` (~3 s of CPU). Never fails the install: on any problem the test finds (and reports) it again.
import { findChromium } from '../test/chromium.mjs';

try {
  const found = await findChromium();
  console.log(`docs browser test will use: ${found.source} Chromium at ${found.path}`);
} catch (error) {
  console.log(`docs browser test: no Chromium prepared (${/** @type {Error} */ (error).message}); the test looks again when it runs`);
}
