// @ts-check
// Which API a changed file belongs to, and a watcher over specs/ that reports each API once per burst of saves
// (an editor's save is often several events: write a temp file, rename it over the old one).
import { relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';

/**
 * The API whose spec folder holds `file`, or undefined (a file of no API, e.g. specs/EXCHANGES.md).
 * @template {{ name: string, specDir: string }} A
 * @param {string} file  absolute path
 * @param {A[]} apis
 * @returns {A | undefined}
 */
export function apiOfFile(file, apis) {
  const path = resolve(file);
  return apis.find((api) => path.startsWith(api.specDir + sep));
}

/**
 * Watches `specsDir` (chokidar: Node's recursive fs.watch on Linux loses a file that an editor or `sed -i` replaces
 * by renaming a new one over it, so only the first save was seen) and calls `onChange(api, file)` once per API after
 * `quietMs` without further events for it. Only YAML and JSON files count: editors' swap and backup files do not.
 * @template {{ name: string, specDir: string }} A
 * @param {{ specsDir: string, apis: () => A[], onChange: (api: A, file: string, savedAt: number) => void, quietMs?: number }} options
 *   `apis` is asked on each event, so an API registered while watching is found; `savedAt` is the first event's time
 */
export function watchSpecs({ specsDir, apis, onChange, quietMs = 100 }) {
  /** @type {Map<string, { timer: NodeJS.Timeout, file: string, savedAt: number }>} */
  const pending = new Map();
  // Spec folders are workspace packages: skip their node_modules (symlinks into the store) and build outputs.
  const ignored = (/** @type {string} */ path) => /(^|[\\/])(node_modules|dist|api-docs)([\\/]|$)/.test(relative(specsDir, path));
  const watcher = watch(specsDir, { ignoreInitial: true, ignored });
  /** @param {string} file */
  const onEvent = (file) => {
    if (!/\.(ya?ml|json)$/i.test(file)) return;
    const api = apiOfFile(file, apis());
    if (!api) return;
    const previous = pending.get(api.name);
    if (previous) clearTimeout(previous.timer);
    const savedAt = previous?.savedAt ?? Date.now();
    const timer = setTimeout(() => {
      pending.delete(api.name);
      onChange(api, file, savedAt);
    }, quietMs);
    pending.set(api.name, { timer, file, savedAt });
  };
  for (const event of /** @type {const} */ (['add', 'change', 'unlink'])) watcher.on(event, onEvent);
  const ready = new Promise((resolvePromise) => watcher.once('ready', () => resolvePromise(undefined)));
  return {
    /** Resolves once the initial scan is done: saves from then on are seen. */
    ready,
    async close() {
      for (const { timer } of pending.values()) clearTimeout(timer);
      await watcher.close();
    },
  };
}
