import { readFileSync } from 'node:fs';
import { decreeJsonSchemaText, JSON_SCHEMA_FILE } from '../../src/data/json-schema';

test('the committed JSON Schema matches the zod schema (run `npm run schema` after changing it)', () => {
  expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(decreeJsonSchemaText());
});

test('the JSON Schema describes the data keys an editor should offer', () => {
  const schema = JSON.parse(decreeJsonSchemaText());
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining(['kantor', 'keputusan', 'menimbang', 'mengingat', 'diktum', 'ditetapkan', 'penandatangan', 'lampiran']),
  );
  expect(schema.required).toEqual(expect.arrayContaining(['kantor', 'keputusan', 'menimbang', 'diktum']));
});
