import path from 'node:path';
import { parse } from 'yaml';
import { composeDecree } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { importDocx } from '../../src/import';
import { renderDocx } from '../../src/render/docx';

const DATA = path.join(__dirname, '..', '..', 'data');
const docxOf = (file: string) => renderDocx(composeDecree(validateDecree(loadYamlFile(file)), { variant: 'asli', dataFile: file }));

// Reading back tables of names and texts is not there yet: such appendices are pointed out, never dropped unsaid.
describe('importing a decree whose appendices are not one schedule', () => {
  test.each([
    ['a name table', path.join(DATA, 'kpu-sumbawa', '2024-104-pps.yaml')],
    ['a text and a table', path.join(DATA, 'kpu-sumbawa-barat', '2023-012-pedoman.yaml')],
  ])('%s: the body is read, the appendix is named as not read', async (_, file) => {
    const result = await importDocx(await docxOf(file), 'keputusan.docx');
    const data = parse(result.yaml) as Record<string, unknown>;
    expect(data.lampiran).toBeUndefined();
    expect(data.diktum).toHaveLength(validateDecree(loadYamlFile(file)).diktum.length);
    expect(result.guesses.join('\n')).toMatch(/lampiran sumber .* belum dapat diimpor/);
    expect(result.yaml).toMatch(/# tebakan: lampiran sumber .* belum dapat diimpor/);
  });

  test('a decree without appendix says nothing of one', async () => {
    const result = await importDocx(await docxOf(path.join(DATA, 'kpu-sumbawa-barat', '2023-031-paw-ppk.yaml')), 'keputusan.docx');
    expect(result.guesses.join('\n')).not.toMatch(/lampiran/);
  });
});
