// @ts-check
// Scaffolds a new API so that nothing else needs editing: specs/<name>/openapi.yaml, its entry in redocly.yaml
// (the registry every tool reads), packages/<name>/ (client, contract test, turbo tasks) and the docs site's
// dependency on it. Checks everything before writing anything; generates the types at the end.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import * as templates from './templates.mjs';

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class ScaffoldError extends Error {}

/**
 * @param {{ name: string, title?: string | undefined, summary?: string | undefined, repoRoot: string }} options
 * @returns {{ names: import('./templates.mjs').Names, files: string[] }} what was written (repository-relative)
 */
export function scaffoldApi({ name, title, summary, repoRoot }) {
  if (!NAME.test(name)) throw new ScaffoldError(`name "${name}": use kebab-case letters and digits, e.g. acme-vault`);
  const pascal = name.split('-').map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
  /** @type {import('./templates.mjs').Names} */
  const names = {
    name,
    pascal,
    camel: pascal[0]?.toLowerCase() + pascal.slice(1),
    title: title ?? `${pascal} API`,
    summary: summary ?? `The ${title ?? `${pascal} API`}.`,
    packageName: `@session-apis/${name}`,
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
  const files = {
    [`specs/${name}/openapi.yaml`]: templates.spec(names),
    [`packages/${name}/package.json`]: templates.packageJson(names),
    [`packages/${name}/turbo.json`]: templates.turboJson(names),
    [`packages/${name}/tsconfig.json`]: templates.tsconfig(),
    [`packages/${name}/tsconfig.build.json`]: templates.tsconfigBuild(),
    [`packages/${name}/vitest.config.ts`]: templates.vitestConfig(),
    [`packages/${name}/src/index.ts`]: templates.clientSource(names),
    [`packages/${name}/test/contract.test.ts`]: templates.contractTest(names),
    [`packages/${name}/README.md`]: templates.readme(names),
  };
  for (const dir of [`specs/${name}`, `packages/${name}`]) {
    if (existsSync(join(repoRoot, dir))) throw new ScaffoldError(`${dir} already exists; pick another name or remove it`);
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
  // The docs site builds after every API's page (turbo `^docs`), so it depends on each client package.
  docsManifest.devDependencies = Object.fromEntries(
    Object.entries({ ...docsManifest.devDependencies, [names.packageName]: 'workspace:*' }).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(docsManifestFile, `${JSON.stringify(docsManifest, null, 2)}\n`);
  return { names, files: [...Object.keys(files), 'redocly.yaml', 'packages/docs/package.json'] };
}
