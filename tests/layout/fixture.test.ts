/**
 * The layout fixture the renderer tests draw (tests/fixtures/layout/sample.json) is what composition
 * makes of the sample decree's certified copy, so renderer tests and composition cannot drift apart.
 * After a deliberate change of composition, write it again with `NASKAH_APPROVE=1 npx jest tests/layout/fixture`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeDecree } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';

const REPO = path.join(__dirname, '..', '..');
const SAMPLE = path.join(REPO, 'data', 'kpu-sumbawa-barat', '2022-035.yaml');
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'layout', 'sample.json');

test('the layout fixture is the composition of the sample decree (certified copy)', () => {
  const composed = composeDecree(validateDecree(loadYamlFile(SAMPLE)), { variant: 'salinan', dataFile: SAMPLE });
  const text = `${JSON.stringify(composed, null, 2)}\n`;
  if (process.env.NASKAH_APPROVE === '1') writeFileSync(FIXTURE, text);
  expect(JSON.parse(readFileSync(FIXTURE, 'utf8'))).toEqual(JSON.parse(text));
});
