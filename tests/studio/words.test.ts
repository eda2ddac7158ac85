/** Every field of the data has a name a clerk reads in the studio's form, in both languages. */
import schema from '../../schema/naskah.schema.json';
import { FIELD_NAMES } from '../../src/studio/page/words';

function propertyKeys(node: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((child) => propertyKeys(child, keys));
  else if (node && typeof node === 'object') {
    const { properties } = node as { properties?: Record<string, unknown> };
    if (properties) Object.keys(properties).forEach((key) => keys.add(key));
    Object.values(node).forEach((child) => propertyKeys(child, keys));
  }
  return keys;
}

test('the form names every field of the schema (a new setting would otherwise show its key, e.g. "Tte")', () => {
  const unnamed = [...propertyKeys(schema)].filter((key) => !FIELD_NAMES[key]?.id || !FIELD_NAMES[key]?.en);
  expect(unnamed).toEqual([]);
});
