// @ts-check
// Public API: the exchange validator and the spec loader. The command line is src/cli.mjs.
export { validateExchange, findOperation, listOperations } from './validate.mjs';
export { loadSpec, listApiNames } from './spec.mjs';
export { loadExchanges } from './exchanges.mjs';
