// Validates every element template against the Camunda element-templates JSON schema (the one Camunda Modeler
// uses), so a template that Modeler would reject fails here first. Run by ../lint.sh.
// Usage (from process-models/): node tools/validate-element-templates.mjs
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');
const dir = resolve(import.meta.dirname, '../element-templates');
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const template = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (!validate(template)) {
    failed++;
    console.log(`FAIL ${file}`);
    for (const error of validate.errors) console.log(`  ${error.instancePath} ${error.message}`);
  }
}
console.log(failed ? `${failed} element template(s) invalid` : 'element templates: all valid');
process.exit(failed ? 1 : 0);
