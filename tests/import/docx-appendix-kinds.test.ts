/** Every kind of appendix read back from the DOCX naskah builds of the samples in data/. */
import path from 'node:path';
import { composeDecree } from '../../src/compose/compose';
import { loadYamlFile, parseYamlText } from '../../src/data/load';
import type { Decree } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { importDocx } from '../../src/import';
import { renderDocx } from '../../src/render/docx';
import { renderPdfPlaced } from '../../src/render/pdf';
import { elements, readDocx } from '../support/docx';
import { comparable } from './comparable';

const DATA = path.join(__dirname, '..', '..', 'data');
const sampleOf = (file: string) => validateDecree(loadYamlFile(path.join(DATA, file)));

/** `besidePdf`: the DOCX as the build makes it, its tables broken where the PDF's pages break them. */
async function imported(sample: Decree, file: string, besidePdf = false) {
  const layout = composeDecree(sample, { variant: 'salinan', dataFile: path.join(DATA, file) });
  const tableBreaks = besidePdf ? (await renderPdfPlaced(layout, { bundled: true })).tableBreaks : undefined;
  const docx = await renderDocx(layout, { tableBreaks });
  if (besidePdf) expect(elements(readDocx(docx).xml('word/document.xml'), 'w:tbl').length).toBeGreaterThan(10);
  const result = await importDocx(docx, 'keputusan.docx');
  return { result, decree: validateDecree(parseYamlText('keputusan.yaml', result.yaml)) };
}

describe('importing the DOCX of a decree with appendices of every kind', () => {
  it('a table of names of 300 rows under districts and villages: the template\'s columns, the groups nested', async () => {
    const sample = sampleOf('kpu-sumbawa/2024-104-pps.yaml');
    const { decree, result } = await imported(sample, 'kpu-sumbawa/2024-104-pps.yaml');
    expect(comparable(decree)).toEqual(comparable(sample));
    expect(result.yaml).toMatch(/^lampiran:\n {2}jenis: tabel\n/m);
    expect(result.yaml).toContain('kolom: susunan_keanggotaan');
    expect(result.guesses.join('\n')).not.toMatch(/lampiran/);
  });

  it('the same table of names broken over pages as beside its PDF: the parts joined, without the header rows and continuation lines they repeat', async () => {
    const sample = sampleOf('kpu-sumbawa/2024-104-pps.yaml');
    const { decree, result } = await imported(sample, 'kpu-sumbawa/2024-104-pps.yaml', true);
    expect(comparable(decree)).toEqual(comparable(sample));
    expect(result.yaml).not.toContain('lanjutan');
    expect(result.guesses.join('\n')).not.toMatch(/lampiran/);
  }, 600_000);

  it('a guideline text (chapters, sections, nested lists, a table, italics and bold) and a table of declared columns', async () => {
    const sample = sampleOf('kpu-sumbawa-barat/2023-012-pedoman.yaml');
    const { decree, result } = await imported(sample, 'kpu-sumbawa-barat/2023-012-pedoman.yaml');
    const [text, table] = decree.lampiran;
    expect(text).toMatchObject({ jenis: 'teks', judul: sample.lampiran[0].judul });
    expect(table).toMatchObject({ jenis: 'tabel', orientasi: 'mendatar' });
    // The column without a declared width comes back with the width it was drawn at; the guess says so.
    const columns = (table.jenis === 'tabel' && Array.isArray(table.kolom) ? table.kolom : []).map((column, i) => {
      const declared = sample.lampiran[1].jenis === 'tabel' && Array.isArray(sample.lampiran[1].kolom) ? sample.lampiran[1].kolom[i] : undefined;
      return declared?.lebar_mm === undefined ? { ...column, lebar_mm: undefined } : column;
    });
    expect(comparable({ ...decree, lampiran: [text, { ...table, kolom: columns } as Decree['lampiran'][number]] })).toEqual(comparable(sample));
    expect(result.guesses).toContainEqual(expect.stringMatching(/^lampiran ke-2 › kolom: tebakan: kolom dibaca dari tabel sumber/));
    expect(result.guesses).toContainEqual(expect.stringMatching(/^lampiran ke-1 › isi: tebakan: judul bab dicetak dengan huruf kapital/));
    expect(result.yaml).toContain('secara *berkelanjutan*.');
    expect(result.yaml).toContain('_Sistem Informasi Data Pemilih_');
    expect(result.yaml).toMatch(/\n {6}2\. pelaksanaan pemutakhiran, yang terdiri atas:\n {9}a\. penerimaan data dari instansi terkait;\n {9}b\. [^\n]*\n {12}1\) kunjungan/);
  });

  it('a decree without appendix says nothing of one', async () => {
    const sample = sampleOf('kpu-sumbawa-barat/2023-031-paw-ppk.yaml');
    const { decree, result } = await imported(sample, 'kpu-sumbawa-barat/2023-031-paw-ppk.yaml');
    expect(decree.lampiran).toEqual([]);
    expect(result.guesses.join('\n')).not.toMatch(/lampiran/);
  });
});
