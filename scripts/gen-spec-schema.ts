// Writes docs/weir-v1.schema.json, the JSON Schema of weir/v1 spec documents for editors, from the
// spec loader's zod schemas (src/platform/spec/schema.ts). src/platform/spec/json-schema.test.ts
// fails while the committed file differs from what this writes.
//
//   node scripts/gen-spec-schema.ts
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specJsonSchemaText } from '../src/platform/spec/schema.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'weir-v1.schema.json');
writeFileSync(out, specJsonSchemaText());
console.log(`wrote ${out}`);
