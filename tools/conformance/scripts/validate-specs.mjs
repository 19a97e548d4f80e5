// @ts-check
// An independent OpenAPI 3.1 validator (@seriousme/openapi-schema-validator: the official OpenAPI JSON schemas,
// not Redocly's rules) must accept every bundled spec. Run by `pnpm lint`.
import { Validator } from '@seriousme/openapi-schema-validator';
import { listApis } from '@session-apis/registry';
import { bundleSpec } from '../src/spec.mjs';

let failed = false;
for (const api of listApis()) {
  const spec = await bundleSpec(api.root);
  const validator = new Validator();
  const result = await validator.validate(spec);
  if (result.valid) {
    console.log(`✓ ${api.name}: valid OpenAPI ${validator.version} (@seriousme/openapi-schema-validator)`);
  } else {
    failed = true;
    console.error(`✗ ${api.name}: not a valid OpenAPI document:\n${JSON.stringify(result.errors, null, 2)}`);
  }
}
process.exit(failed ? 1 : 0);
