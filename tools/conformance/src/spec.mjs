// @ts-check
// Where the specs come from. In the workspace: bundled from specs/<api>/ on each run (always the current spec).
// In the published package: dist/specs/<api>.json, bundled at build time (the workspace-only modules that bundle
// are devDependencies, so they are absent there). Either way the result is one document with every $ref resolved.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shippedDir = fileURLToPath(new URL('../dist/specs/', import.meta.url));

/** @type {Map<string, Promise<any>>} */
const cache = new Map();

/** The workspace modules, or null when this package runs installed from npm. */
async function workspace() {
  try {
    const registry = await import('@session-apis/registry');
    const redocly = await import('@redocly/openapi-core');
    registry.findRepoRoot(); // throws outside the repository
    return { registry, redocly };
  } catch {
    return null;
  }
}

/**
 * Bundles a spec file into one dereferenced document (the build script uses this too).
 * @param {string} rootFile
 */
export async function bundleSpec(rootFile) {
  const { bundle, createConfig } = await import('@redocly/openapi-core');
  const config = await createConfig({ extends: [] });
  const result = await bundle({ ref: rootFile, config, dereference: true });
  const problems = result.problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) throw new Error(`${rootFile}: ${problems.map((p) => p.message).join('; ')}`);
  return result.bundle.parsed;
}

/** The names of the APIs this package can check. @returns {Promise<string[]>} */
export async function listApiNames() {
  const ws = await workspace();
  if (ws) return ws.registry.listApis().map((a) => a.name);
  if (!existsSync(shippedDir)) return [];
  return readdirSync(shippedDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
}

/**
 * The API's spec, bundled and dereferenced (cached per process).
 * @param {string} api  a name registered in redocly.yaml, e.g. "cyberark-pvwa"
 * @returns {Promise<any>}
 */
export function loadSpec(api) {
  let spec = cache.get(api);
  if (!spec) {
    spec = (async () => {
      const ws = await workspace();
      if (ws) return bundleSpec(ws.registry.getApi(api).root);
      const file = `${shippedDir}${api}.json`;
      if (!/^[a-z0-9-]+$/.test(api) || !existsSync(file)) {
        throw new Error(`Unknown API "${api}". Known: ${(await listApiNames()).join(', ')}`);
      }
      return JSON.parse(readFileSync(file, 'utf8'));
    })();
    cache.set(api, spec);
    spec.catch(() => cache.delete(api));
  }
  return spec;
}
