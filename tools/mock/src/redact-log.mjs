// @ts-check
// Prism's proxy logs each forwarded URL at info level. Some URLs carry a secret in a path parameter (Sentinel's
// DELETE /SentinelAuthServices/auth/tokens/{token}): those segments are replaced before a log line is shown.
// Which parameters are secret is read from the spec's path templates (a parameter named like token/password/secret).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SECRET_PARAMETER = /token|password|secret/i;

/** @param {string} s */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that redacts the secret path segments of the spec's templates in a text.
 * @param {string} rootSpecFile  the API's root openapi.yaml (its `paths` keys are the templates)
 * @returns {(text: string) => string}
 */
export function secretPathRedactor(rootSpecFile) {
  const templates = Object.keys(parse(readFileSync(rootSpecFile, 'utf8'))?.paths ?? {});
  /** @type {{ pattern: RegExp, replacement: string }[]} */
  const rules = [];
  for (const template of templates) {
    const parts = template.split(/(\{[^}]+\})/).filter(Boolean);
    if (!parts.some((p) => p.startsWith('{') && SECRET_PARAMETER.test(p))) continue;
    let group = 0;
    let replacement = '';
    const source = parts
      .map((part) => {
        group++;
        if (part.startsWith('{') && SECRET_PARAMETER.test(part)) {
          replacement += `<${part.slice(1, -1)}>`;
          return '([^/\\s?#"\']+)';
        }
        replacement += `$${group}`;
        return part.startsWith('{') ? '([^/\\s?#"\']+)' : `(${escape(part)})`;
      })
      .join('');
    rules.push({ pattern: new RegExp(source, 'g'), replacement });
  }
  return (text) => rules.reduce((out, { pattern, replacement }) => out.replace(pattern, replacement), text);
}

/**
 * Wraps a log sink: text is passed on whole lines at a time (a secret split across two chunks is still found),
 * redacted by `redact`.
 * @param {(text: string) => void} sink @param {(text: string) => string} redact
 */
export function lineRedactingSink(sink, redact) {
  let pending = '';
  return (/** @type {string} */ chunk) => {
    pending += chunk;
    const end = pending.lastIndexOf('\n');
    if (end < 0) return;
    sink(redact(pending.slice(0, end + 1)));
    pending = pending.slice(end + 1);
  };
}
