// @ts-check
// The TypeScript surface of a client package: the names its entry points export and the schema names of its
// generated `components['schemas']`. A wire-compatible spec edit can still break compile-time callers (a schema
// renamed, an alias dropped), so names that disappear between two revisions are reported; a name that disappears
// while another with the same declaration appears is reported as a rename.
//
// Both revisions are read the same way, from a copy of the package's `src/` without node_modules: names the
// package re-exports from its dependencies by `export *` are not seen on either side (they belong to, and are
// versioned by, that dependency); names re-exported explicitly (`export { X } from 'dep'`) are.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { Findings, code, sortFindings } from './findings.mjs';
import { checkoutDirAt } from './git.mjs';

/**
 * @typedef {Map<string, string>} Surface  name → normalized declaration ("signature"), used to spot renames.
 *   Keys are export names ("UserSession") and `components["schemas"]["X"]` for generated schema names.
 */

/**
 * The package's type entry points, from its package.json `exports` (`./dist/x.d.ts` → `src/x.ts`); `src/index.ts`
 * when there are none.
 * @param {string} packageDir
 * @returns {string[]} absolute paths of the entry sources that exist
 */
export function entrySources(packageDir) {
  const manifestPath = join(packageDir, 'package.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  /** @type {string[]} */
  const targets = [];
  const walk = (/** @type {unknown} */ node) => {
    if (typeof node === 'string') targets.push(node);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k === 'types' || k === 'default' || k === 'import' || k.startsWith('.')) walk(v);
  };
  walk(manifest.exports ?? manifest.types);
  const sources = targets
    .filter((t) => /\.(d\.ts|js)$/.test(t) && t.startsWith('./dist/'))
    .map((t) => join(packageDir, 'src', t.slice('./dist/'.length).replace(/\.d\.ts$|\.js$/, '.ts')));
  const found = [...new Set(sources)].filter((f) => existsSync(f));
  return found.length ? found : [join(packageDir, 'src', 'index.ts')].filter((f) => existsSync(f));
}

/**
 * Reads the surface of a package folder.
 * @param {string} packageDir
 * @param {string} [schemaFile]  the generated schema.ts (absolute), whose `components['schemas']` names count too
 * @returns {Surface}
 */
export function readSurface(packageDir, schemaFile) {
  /** @type {Surface} */
  const surface = new Map();
  const entries = entrySources(packageDir);
  if (entries.length) {
    // No lib, no node_modules: only the package's own declarations are needed to list and print its exports.
    const program = ts.createProgram(entries, {
      noLib: true, types: [], noEmit: true, skipLibCheck: true, allowJs: false,
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
    });
    const checker = program.getTypeChecker();
    for (const entry of entries) {
      const sf = program.getSourceFile(entry);
      const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
      if (!moduleSymbol) continue;
      for (const exp of checker.getExportsOfModule(moduleSymbol)) surface.set(exp.name, signatureOf(checker, exp));
    }
  }
  if (schemaFile && existsSync(schemaFile)) {
    for (const [name, sig] of generatedSchemaNames(readFileSync(schemaFile, 'utf8'))) surface.set(`components["schemas"][${JSON.stringify(name)}]`, sig);
  }
  return surface;
}

/** @param {ts.TypeChecker} checker @param {ts.Symbol} exp */
function signatureOf(checker, exp) {
  let target = exp;
  if (exp.flags & ts.SymbolFlags.Alias) {
    const aliased = checker.getAliasedSymbol(exp);
    const spec = exp.declarations?.[0];
    if (!aliased.declarations?.length) {
      // Re-exported from a module that is not part of the copy (a dependency): name it by where it comes from.
      const from = spec && ts.isExportSpecifier(spec) && spec.parent.parent.moduleSpecifier;
      const original = spec && ts.isExportSpecifier(spec) ? (spec.propertyName ?? spec.name).getText() : exp.name;
      return `external ${from ? from.getText() : '?'} ${original}`;
    }
    target = aliased;
  }
  const decl = target.declarations?.[0];
  if (!decl) return `unknown ${exp.name}`;
  // The declaration without its own name, comments and layout: equal text under two names means a rename.
  const nameNode = ts.getNameOfDeclaration(decl);
  let text = decl.getText();
  if (nameNode) {
    const at = nameNode.getStart() - decl.getStart();
    text = `${text.slice(0, at)}$NAME${text.slice(at + nameNode.getWidth())}`;
  }
  return text.replace(/^export\s+(declare\s+)?/, '').replace(/\s+/g, ' ');
}

/**
 * The schema names of openapi-typescript's `export interface components { schemas: { … } }`.
 * @param {string} source
 * @returns {Map<string, string>} name → printed type
 */
export function generatedSchemaNames(source) {
  const sf = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.ES2022, true);
  /** @type {Map<string, string>} */
  const names = new Map();
  for (const stmt of sf.statements) {
    if (!ts.isInterfaceDeclaration(stmt) || stmt.name.text !== 'components') continue;
    for (const member of stmt.members) {
      if (!ts.isPropertySignature(member) || propName(member.name) !== 'schemas' || !member.type || !ts.isTypeLiteralNode(member.type)) continue;
      for (const schema of member.type.members) {
        if (ts.isPropertySignature(schema) && schema.type) names.set(propName(schema.name), schema.type.getText().replace(/\s+/g, ' '));
      }
    }
  }
  return names;
}

/** @param {ts.PropertyName} name */
function propName(name) {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : name.getText();
}

/**
 * Removed and renamed names are breaking (imports and type references stop compiling); new names are not.
 * @param {Surface} before @param {Surface} after @param {string} packageName
 * @returns {import('./findings.mjs').Finding[]}
 */
export function diffSurface(before, after, packageName) {
  const out = new Findings();
  const added = [...after.keys()].filter((k) => !before.has(k));
  const taken = new Set();
  for (const [name, sig] of before) {
    if (after.has(name)) continue;
    const candidates = added.filter((k) => !taken.has(k) && after.get(k) === sig && kindOf(k) === kindOf(name));
    const to = candidates.length === 1 ? candidates[0] : undefined;
    if (to) {
      taken.add(to);
      out.add('breaking', 'type-renamed', `${packageName}#${name}`, `exported ${describe(name)} renamed to ${code(to)}: code importing the old name no longer compiles`);
    } else {
      out.add('breaking', 'type-removed', `${packageName}#${name}`, `exported ${describe(name)} removed: code importing it no longer compiles`);
    }
  }
  for (const name of added) {
    if (!taken.has(name)) out.add('non-breaking', 'type-added', `${packageName}#${name}`, `new export ${describe(name)}`);
  }
  return sortFindings(out.list);
}

/** @param {string} key */
const kindOf = (key) => (key.startsWith('components[') ? 'schema' : 'export');
/** @param {string} key */
const describe = (key) => (kindOf(key) === 'schema' ? `schema type ${code(key)}` : `name ${code(key)}`);

/**
 * The surface of `packageDir` at `ref` (undefined when the package did not exist there) or, without `ref`, in the
 * working tree. Each side is read from a temporary copy of `src/` and package.json.
 * @param {string} packageDir @param {string | undefined} ref @param {string} [schemaFile]
 * @returns {Surface | undefined}
 */
export function surfaceAt(packageDir, ref, schemaFile) {
  if (ref) {
    const copy = checkoutDirAt(packageDir, ref);
    if (!copy) return undefined;
    try {
      return readSurface(copy.map(packageDir), schemaFile && copy.map(schemaFile));
    } finally {
      rmSync(copy.tmp, { recursive: true, force: true });
    }
  }
  if (!existsSync(join(packageDir, 'package.json'))) return undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'session-apis-spec-diff-'));
  try {
    cpSync(join(packageDir, 'package.json'), join(tmp, 'package.json'));
    if (existsSync(join(packageDir, 'src'))) cpSync(join(packageDir, 'src'), join(tmp, 'src'), { recursive: true });
    return readSurface(tmp, schemaFile && join(tmp, relative(packageDir, schemaFile)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
