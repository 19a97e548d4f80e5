// @ts-check
// Programmatic entry: the docs "changes" page and the changeset check use the same classification as the CLI.
/**
 * @typedef {import('./findings.mjs').Finding} Finding
 * @typedef {import('./findings.mjs').Level} Level
 * @typedef {import('./api.mjs').ApiDiff} ApiDiff
 * @typedef {import('./git.mjs').BaseRef} BaseRef
 * @typedef {import('./inventory.mjs').OperationRef} OperationRef
 * @typedef {import('./inventory.mjs').SchemaChange} SchemaChange
 */
export { classify, schemaUsage } from './classify.mjs';
export { LEVELS, severity, sortFindings } from './findings.mjs';
export { bundleSpec, bundleSpecAt } from './bundle.mjs';
export { describeBase, findBaseRef, git, resolveRef } from './git.mjs';
export { diffApi, diffApis, toJson } from './api.mjs';
export { diffSurface, readSurface, surfaceAt, generatedSchemaNames } from './surface.mjs';
export { formatMarkdown, formatText, summaryLine, countLevels } from './format.mjs';
export { bumpFor, requiredBump, BUMPS } from './bump.mjs';
export { METHODS, operationsOf, fieldsOf, schemaFieldsOf, diffInventory } from './inventory.mjs';
