// @ts-check
// The steps `pnpm dev` runs for one API after a save. Each returns { ok, detail, problems }: `detail` goes on the
// step's status line, `problems` (file:line:col lines) under it. Everything that is slow to start — TypeScript,
// vitest, openapi-typescript — stays loaded between saves, which is what makes a save-to-result loop of seconds.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { generateApi, operationsFileOf, SpecError } from '@session-apis/codegen';
import { MOCK_URLS_ENV, startMock } from '@session-apis/mock';

const require = createRequire(import.meta.url);
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/**
 * @typedef {{ name: string, root: string, specDir: string, output: string, packageDir: string }} Api
 * @typedef {{ ok: boolean, detail?: string, problems?: string[] }} StepResult
 */

/**
 * `redocly lint <api>` with the repository's rules, exactly as `pnpm lint` runs it; any warning fails, as there.
 * @param {Api} api @param {string} repoRoot
 * @returns {Promise<StepResult>}
 */
export function lint(api, repoRoot) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [redoclyBin, 'lint', api.name, '--config', join(repoRoot, 'redocly.yaml'), '--format=stylish'], {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (status) => {
      const problems = parseStylish(out);
      if (status === 0 && problems.length === 0) resolvePromise({ ok: true });
      else resolvePromise({ ok: false, detail: `${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems: problems.length ? problems : [out.trim()] });
    });
  });
}

/**
 * Redocly's stylish format ("file:" then "  line:col  severity  rule  message") as "file:line:col severity rule: message".
 * @param {string} out
 */
export function parseStylish(out) {
  /** @type {string[]} */
  const problems = [];
  let file = '';
  for (const line of out.split('\n')) {
    const header = /^(\S.*\.(?:ya?ml|json)):$/.exec(line);
    if (header?.[1]) file = header[1];
    const problem = /^\s+(\d+:\d+)\s+(error|warning)\s+(\S+)\s+(.*)$/.exec(line);
    if (problem && file) problems.push(`${file}:${problem[1]} ${problem[2]} ${problem[3]}: ${problem[4]}`);
  }
  return problems;
}

/**
 * Regenerates the API's schema.ts and operations.ts (tools/codegen, in this process). A broken spec leaves both
 * files as they were and reports file:line:col.
 * @param {Api} api @param {string} repoRoot
 * @returns {Promise<StepResult & { written?: string[] }>}
 */
export async function generate(api, repoRoot) {
  try {
    const result = await generateApi(api, { repoRoot });
    const files = [api.output, operationsFileOf(api.output)];
    if (result !== 'written') return { ok: true, detail: 'generated files unchanged', written: [] };
    return { ok: true, detail: `${files.map((f) => relative(repoRoot, f)).join(', ')} written`, written: files };
  } catch (error) {
    const problems = error instanceof SpecError ? error.problems : [String(/** @type {Error} */ (error)?.stack ?? error)];
    return { ok: false, detail: `spec is invalid; ${relative(repoRoot, api.output)} was left untouched`, problems };
  }
}

/**
 * A TypeScript language service over the package's tsconfig.json, kept between saves: unchanged files (the
 * libs, @types/node, the runtime) are not read or parsed again.
 * @param {Api} api @param {string} repoRoot
 */
export function createTypechecker(api, repoRoot) {
  const configPath = join(api.packageDir, 'tsconfig.json');
  /** @returns {ts.ParsedCommandLine} */
  const parse = () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true }, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    });
    if (!parsed) throw new Error(`${configPath}: cannot be read`);
    return parsed;
  };
  let config = parse();
  /** @param {string} file */
  const version = (file) => {
    try {
      return String(statSync(file).mtimeMs);
    } catch {
      return '0';
    }
  };
  /** @type {ts.LanguageServiceHost} */
  const host = {
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: version,
    getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(readFileSync(file, 'utf8')) : undefined),
    getCurrentDirectory: () => api.packageDir,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    /** @returns {StepResult} */
    check() {
      config = parse(); // a generated file may have been added
      const diagnostics = [
        ...service.getCompilerOptionsDiagnostics(),
        ...config.fileNames.flatMap((f) => [...service.getSyntacticDiagnostics(f), ...service.getSemanticDiagnostics(f)]),
      ];
      const problems = diagnostics.map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        if (!d.file || d.start === undefined) return `TS${d.code}: ${message}`;
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        return `${relative(repoRoot, d.file.fileName)}:${line + 1}:${character + 1} TS${d.code}: ${message}`;
      });
      const files = `${config.fileNames.length} files`;
      return problems.length ? { ok: false, detail: `${problems.length} error${problems.length === 1 ? '' : 's'} in ${files}`, problems } : { ok: true, detail: files };
    },
  };
}

/**
 * The API's Prism mock. After a save a new Prism starts at once, on a fresh port, while the spec is linted and
 * generated (it is a separate process, so it boots in parallel); the old one keeps serving until the new one is
 * taken (`commit`), or stays if the spec turned out broken (`discard`).
 * @param {Api} api @param {string} repoRoot
 */
export function createMock(api, repoRoot) {
  /** @type {Awaited<ReturnType<typeof startMock>> | undefined} */
  let running;
  return {
    get url() {
      return running?.url;
    },
    /** @returns {Promise<StepResult & { commit: () => void, discard: () => Promise<void> }>} */
    async prepare() {
      try {
        const next = await startMock(api.name, { repoRoot });
        return {
          ok: true,
          detail: next.url,
          commit: () => {
            const previous = running;
            running = next;
            void previous?.stop();
          },
          discard: () => next.stop(),
        };
      } catch (error) {
        return { ok: false, detail: 'Prism did not start', problems: [String(/** @type {Error} */ (error)?.message ?? error)], commit() {}, async discard() {} };
      }
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
  };
}

/** A test file that reads the mock's URL: the test kit's `mockUrl()` or vitest's `inject('mockUrl')`. */
const USES_MOCK = /\bmockUrl\(\)|inject\('mockUrl'\)/;

/**
 * The package's tests that run against its Prism mock (those that read `mockUrl()`), in a vitest instance kept
 * between saves, against the mock `pnpm dev` runs (its global setup starts none: SESSION_APIS_MOCK_URLS names it).
 * @param {Api} api
 */
export async function createTestRunner(api) {
  const testDir = join(api.packageDir, 'test');
  const files = readdirSync(testDir)
    .filter((f) => /\.test\.[cm]?[jt]s$/.test(f) && USES_MOCK.test(readFileSync(join(testDir, f), 'utf8')))
    .map((f) => join(testDir, f));
  const { createVitest } = await import('vitest/node');
  const vitest = await createVitest('test', {
    root: api.packageDir,
    watch: false,
    typecheck: { enabled: false }, // the typecheck step covers the types
    reporters: [{}], // silent: the status line says what happened, failures are listed under it
  });
  return {
    files: files.map((f) => relative(api.packageDir, f)),
    /**
     * @param {string[]} changed  files to read afresh (the regenerated ones)
     * @param {string} mockUrl  the mock to test against (a new port after each save)
     * @returns {Promise<StepResult>}
     */
    async run(changed, mockUrl) {
      // Without this, an empty list would make vitest run every test file of the package.
      if (!files.length) return { ok: false, detail: 'no test file uses the mock (mockUrl())' };
      for (const file of changed) vitest.invalidateFile(file);
      // The global setup reads this on the first run; provide() covers the runs after it. Put back after the run:
      // this process may go on to other work (in a test run, other test files) that must not see a stopped mock.
      const before = process.env[MOCK_URLS_ENV];
      process.env[MOCK_URLS_ENV] = JSON.stringify({ ...JSON.parse(before || '{}'), [api.name]: mockUrl });
      // (provide() is typed by the packages' own ProvidedContext declarations, which this tool does not load.)
      for (const project of vitest.projects) /** @type {any} */ (project).provide('mockUrl', mockUrl);
      let result;
      try {
        const specs = (await vitest.getRelevantTestSpecifications(files)).filter((s) => s.pool !== 'typescript');
        result = await vitest.runTestSpecifications(specs);
      } finally {
        if (before === undefined) delete process.env[MOCK_URLS_ENV];
        else process.env[MOCK_URLS_ENV] = before;
      }
      const { testModules, unhandledErrors } = result;
      let passed = 0;
      /** @type {string[]} */
      const problems = [];
      for (const module of testModules) {
        for (const test of module.children.allTests()) {
          const result = test.result();
          if (result.state === 'passed') passed += 1;
          else if (result.state === 'failed') problems.push(`${relative(api.packageDir, module.moduleId)} › ${test.fullName}: ${result.errors?.[0]?.message ?? 'failed'}`);
        }
        for (const error of module.errors()) problems.push(`${relative(api.packageDir, module.moduleId)}: ${error.message}`);
      }
      for (const error of unhandledErrors) problems.push(`unhandled: ${/** @type {Error} */ (error)?.message ?? error}`);
      const detail = `${passed} passed${problems.length ? `, ${problems.length} failed` : ''} (${files.length} files)`;
      return { ok: problems.length === 0 && passed > 0, detail, problems };
    },
    close: () => vitest.close(),
  };
}
