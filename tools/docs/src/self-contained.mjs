// @ts-check
// Published pages must load nothing from another host (no CDN script, no web font): readers may be offline or
// behind a proxy, and a docs page should not tell a third party who reads it. build-docs runs with
// --inlineBundle; this module removes web-font links defensively and then refuses any remaining external load.

// Tags and CSS that make a browser fetch something on its own (an <a href> is a link the reader may follow: fine).
const EXTERNAL_LOADS = [
  /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
  /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+[^>]*>/gi,
  /<(?:img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
  /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/[^"')\s;]+/gi,
  /url\(\s*["']?(?:https?:)?\/\/[^"')\s]+/gi,
];

const FONT_HOSTS = /(?:fonts\.googleapis\.com|fonts\.gstatic\.com|use\.typekit\.net|fonts\.bunny\.net)/i;

// Hosts the Redoc 3 bundle loads images from at run time (its "API docs by" logo; Font Awesome and language
// icons), found by opening a page with the network cut off. They are referenced from inside the script, so no
// tag check sees them: the URLs are rewritten to inline data and then any mention of these hosts is refused.
const ASSET_HOSTS = /(?:https?:)?\/\/(?:cdn\.redoc\.ly|cdn\.redocly\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)\b[^\s"'`)]*/gi;
const REDOC_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const REDOC_ICON_BASE = /https:\/\/cdn\.redocly\.com\/icons\/[a-z-]+\/[0-9.]+/g;
// A small "Redoc" wordmark in the system font, in place of the logo from the CDN (no backtick, no "${").
const LOGO_DATA_URI = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="44" height="14" viewBox="0 0 44 14">' +
    '<text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#64748b">Redoc</text></svg>',
)}`;
// Icons become an empty inline image: the icon is not drawn, nothing is fetched.
const EMPTY_IMAGE = 'data:image/svg+xml,';

/**
 * Rewrites the asset URLs the Redoc bundle would fetch at run time into inline data.
 * @param {string} html
 */
export function inlineRedocAssets(html) {
  return html.replace(REDOC_LOGO, LOGO_DATA_URI).replace(REDOC_ICON_BASE, EMPTY_IMAGE);
}

/**
 * Removes <link> tags and CSS @imports that pull web fonts from a font CDN; the page then uses its
 * fallback font stack (Redoc's default stack starts with system-ui).
 * @param {string} html
 */
export function stripExternalFonts(html) {
  return html
    .replace(/<link\b[^>]*>/gi, (tag) => (FONT_HOSTS.test(tag) ? '' : tag))
    .replace(/@import\s+(?:url\()?\s*["']?[^"')\s;]+["']?\)?\s*;?/gi, (rule) => (FONT_HOSTS.test(rule) ? '' : rule));
}

/**
 * Every place in the HTML that would make the browser load something from another host.
 * @param {string} html
 * @returns {string[]}
 */
export function findExternalLoads(html) {
  return [...EXTERNAL_LOADS, ASSET_HOSTS].flatMap((re) => [...html.matchAll(re)].map((m) => m[0].slice(0, 200)));
}

/**
 * @param {string} html
 * @param {string} label  for the error message
 */
export function assertSelfContained(html, label) {
  const found = findExternalLoads(html);
  if (found.length > 0) {
    throw new Error(`${label} would load resources from other hosts:\n  ${found.join('\n  ')}`);
  }
}
