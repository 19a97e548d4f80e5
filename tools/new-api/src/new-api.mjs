// @ts-check
// Scaffolds a new API so that nothing else needs editing: copies the template folders — template/spec to
// specs/<name>/ (the spec package) and template/client to packages/<name>/ (the client package) — with their
// placeholders replaced, registers the API in redocly.yaml (the registry every tool reads) and adds its spec package
// to the docs site. Checks everything before writing anything; the CLI generates the types at the end.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

/** The template folders and where each one goes (`<name>` is the API's name). */
export const TEMPLATE_DIR = fileURLToPath(new URL('../template/', import.meta.url));
const TARGETS = /** @type {const} */ ({ spec: 'specs/<name>', client: 'packages/<name>' });

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class ScaffoldError extends Error {}

/**
 * @typedef {object} Names   the placeholders' values
 * @property {string} name      `__NAME__`: registry and folder name, kebab-case: `acme-vault`
 * @property {string} pascal    `__PASCAL__`: `AcmeVault`
 * @property {string} camel     `__CAMEL__`: `acmeVault`
 * @property {string} title     `__TITLE__`: human title of the API
 * @property {string} summary   `__SUMMARY__`: one line
 */

/**
 * A template file's text with its placeholders replaced. In JSON and YAML files the values are escaped as in a
 * JSON string, so the templates put the free-text placeholders (title, summary) inside double quotes there.
 * @param {string} text
 * @param {string} file  the template file's name (its extension decides the escaping)
 * @param {Names} names
 */
export function render(text, file, names) {
  const quoted = ['.json', '.yaml', '.yml'].includes(extname(file));
  /** @type {Record<string, string>} */
  const values = { NAME: names.name, PASCAL: names.pascal, CAMEL: names.camel, TITLE: names.title, SUMMARY: names.summary };
  return text.replace(/__([A-Z]+)__/g, (placeholder, key) => {
    const value = values[key];
    if (value === undefined) throw new ScaffoldError(`${file}: unknown placeholder ${placeholder}`);
    return quoted ? JSON.stringify(value).slice(1, -1) : value;
  });
}

/**
 * @param {{ name: string, title?: string | undefined, summary?: string | undefined, repoRoot: string, templateDir?: string }} options
 * @returns {{ names: Names, files: string[] }} what was written (repository-relative)
 */
export function scaffoldApi({ name, title, summary, repoRoot, templateDir = TEMPLATE_DIR }) {
  if (!NAME.test(name)) throw new ScaffoldError(`name "${name}": use kebab-case letters and digits, e.g. acme-vault`);
  const pascal = name.split('-').map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
  /** @type {Names} */
  const names = {
    name,
    pascal,
    camel: pascal[0]?.toLowerCase() + pascal.slice(1),
    title: title ?? `${pascal} API`,
    summary: summary ?? `The ${title ?? `${pascal} API`}.`,
  };
  for (const label of /** @type {const} */ (['title', 'summary'])) {
    const value = names[label];
    if (/[\n\r]/.test(value) || value.trim() === '') throw new ScaffoldError(`${label}: one non-empty line`);
  }

  const registryFile = join(repoRoot, 'redocly.yaml');
  const registry = parseDocument(readFileSync(registryFile, 'utf8'));
  if (registry.errors.length > 0) throw new ScaffoldError(`redocly.yaml: ${registry.errors[0]?.message}`);
  if (registry.hasIn(['apis', name])) throw new ScaffoldError(`redocly.yaml already registers an API named "${name}"`);
  const docsManifestFile = join(repoRoot, 'packages/docs/package.json');
  const docsManifest = JSON.parse(readFileSync(docsManifestFile, 'utf8'));

  /** @type {Record<string, string>} repository-relative path → content */
  const files = {};
  for (const [source, target] of Object.entries(TARGETS)) {
    const dir = target.replace('<name>', name);
    if (existsSync(join(repoRoot, dir))) throw new ScaffoldError(`${dir} already exists; pick another name or remove it`);
    const from = join(templateDir, source);
    for (const file of readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const path = join(file.parentPath, file.name);
      files[join(dir, relative(from, path))] = render(readFileSync(path, 'utf8'), relative(templateDir, path), names);
    }
  }

  // Everything is checked: write.
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(repoRoot, file)), { recursive: true });
    writeFileSync(join(repoRoot, file), content);
  }
  registry.setIn(
    ['apis', name],
    registry.createNode({
      root: `specs/${name}/openapi.yaml`,
      'x-openapi-ts': { output: `packages/${name}/src/generated/schema.ts` },
      rules: {
        'no-invalid-media-type-examples': { severity: 'error', allowAdditionalProperties: false },
        'no-invalid-schema-examples': 'error',
        'no-invalid-parameter-examples': 'error',
      },
    }),
  );
  writeFileSync(registryFile, registry.toString({ lineWidth: 0 }));
  // The docs site builds after every API's reference page (turbo `^docs`), so it depends on each spec package.
  docsManifest.devDependencies = Object.fromEntries(
    Object.entries({ ...docsManifest.devDependencies, [`@session-apis/spec-${name}`]: 'workspace:*' }).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(docsManifestFile, `${JSON.stringify(docsManifest, null, 2)}\n`);
  return { names, files: [...Object.keys(files), 'redocly.yaml', 'packages/docs/package.json'] };
}
