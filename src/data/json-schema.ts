/**
 * The JSON Schema of the data files, generated from the zod schema, so that editors with YAML support
 * offer completion and flag mistakes while typing. `npm run schema` writes it to schema/naskah.schema.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ownFile } from '../own-files';
import { decreeSchema } from './schema';

export const JSON_SCHEMA_FILE = ownFile('schema', 'naskah.schema.json');

export function decreeJsonSchemaText(): string {
  const schema = z.toJSONSchema(decreeSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Data keputusan naskah' }, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(JSON_SCHEMA_FILE, decreeJsonSchemaText());
  console.log(`written: ${path.relative(process.cwd(), JSON_SCHEMA_FILE)}`);
}
