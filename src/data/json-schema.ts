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

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema; oneOf?: JsonSchema[]; required?: string[] };

export function decreeJsonSchemaText(): string {
  const schema = z.toJSONSchema(decreeSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return `${JSON.stringify({ ...schema, properties: { ...schema.properties, lampiran: appendicesAsWritten(schema.properties!.lampiran) }, title: 'Data keputusan naskah' }, null, 2)}\n`;
}

/**
 * What the schema reads before zod sees it, which zod cannot say: one appendix may stand without the
 * list, and a schedule may leave out its kind (`jenis`).
 */
function appendicesAsWritten(list: JsonSchema): JsonSchema {
  const kinds = list.items!.oneOf!.map((kind) =>
    kind.properties?.jenis?.const === 'jadwal' ? { ...kind, required: kind.required!.filter((key) => key !== 'jenis') } : kind,
  );
  const appendix = { oneOf: kinds };
  return { anyOf: [{ ...list, items: appendix }, appendix] };
}

if (require.main === module) {
  writeFileSync(JSON_SCHEMA_FILE, decreeJsonSchemaText());
  console.log(`written: ${path.relative(process.cwd(), JSON_SCHEMA_FILE)}`);
}
