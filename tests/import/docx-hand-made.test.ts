/** Importing decrees typed in Word (tests/import/hand-made-decree.ts, hand-made-guideline.ts) from their DOCX. */
import { parseMarkup } from '../../src/compose/markup';
import { parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { importDocx } from '../../src/import';
import { HAND_MADE_CONTENT, handMadeDecree } from './hand-made-decree';
import { HAND_MADE_GUIDELINE, handMadeGuideline } from './hand-made-guideline';

describe('importing a decree typed in Word', () => {
  let imported: ReturnType<typeof validateDecree>;
  let guesses: string[];

  beforeAll(async () => {
    const result = await importDocx(await handMadeDecree(), 'keputusan-12.docx');
    guesses = result.guesses;
    imported = validateDecree(parseYamlText('imported.yaml', result.yaml));
  });

  it('reads the heading and the signature', () => {
    expect(imported.kantor).toMatchObject({ lembaga: 'Komisi Pemilihan Umum', wilayah: 'Kabupaten Sumbawa Barat', kedudukan: 'Taliwang' });
    expect(imported.keputusan).toEqual(HAND_MADE_CONTENT.keputusan);
    expect(imported.ditetapkan).toEqual(HAND_MADE_CONTENT.ditetapkan);
    expect(imported.penandatangan).toEqual(HAND_MADE_CONTENT.penandatangan);
  });

  it('reads items from label tables and from tab-aligned paragraphs, without their typed markers', () => {
    expect(imported.menimbang).toEqual(HAND_MADE_CONTENT.menimbang);
    expect(imported.mengingat).toEqual(HAND_MADE_CONTENT.mengingat);
    expect(imported.diktum).toEqual(HAND_MADE_CONTENT.diktum);
  });

  it('reads the schedule: merged number and activity cells, months from the shaded cells, notes', () => {
    expect(imported.lampiran).toEqual(HAND_MADE_CONTENT.lampiran);
  });

  it('fills what an original does not show with dots and lists the guesses', () => {
    expect(imported.kantor.pengesah_salinan).toEqual({ jabatan: '.........', nama: '.........' });
    expect(guesses).toEqual(
      expect.arrayContaining([expect.stringMatching(/^kantor › pengesah_salinan: tebakan/), expect.stringMatching(/^penandatangan › nama: tebakan/)]),
    );
  });
});

describe('importing a guideline typed in Word, its lists numbered by Word', () => {
  let imported: ReturnType<typeof validateDecree>;
  let guesses: string[];

  beforeAll(async () => {
    const result = await importDocx(await handMadeGuideline(), 'pedoman.docx');
    guesses = result.guesses;
    imported = validateDecree(parseYamlText('imported.yaml', result.yaml));
  });

  it('reads considerations and legal bases that Word numbers, without its markers', () => {
    expect(imported.menimbang).toEqual(HAND_MADE_GUIDELINE.menimbang);
    expect(imported.mengingat).toEqual(HAND_MADE_GUIDELINE.mengingat);
  });

  it("reads the text's sections and lists with Word's markers (1. a. 1) a)), nested by their levels, a list numbered again", () => {
    const [text] = imported.lampiran;
    expect(text).toMatchObject({ jenis: 'teks', judul: 'Pedoman Teknis Pemutakhiran Data Pemilih' });
    const structure = (markup: string) => parseMarkup(markup).map(({ line: _line, ...node }) => node);
    expect(structure(text.jenis === 'teks' ? text.isi : '')).toEqual(structure(HAND_MADE_GUIDELINE.text));
  });

  it('reads the table of names: its columns, the NO column that Word numbers in each village, rows under districts and villages', () => {
    const [, table] = imported.lampiran;
    expect(table).toMatchObject({ jenis: 'tabel', judul: 'SUSUNAN PANITIA PEMUNGUTAN SUARA', orientasi: 'mendatar', baris: HAND_MADE_GUIDELINE.table.rows });
    const columns = table.jenis === 'tabel' && Array.isArray(table.kolom) ? table.kolom : [];
    expect(columns.map((column) => column.judul)).toEqual(HAND_MADE_GUIDELINE.table.columns);
    expect(columns[0].nomor).toBe('per_kelompok');
    expect(guesses).toContainEqual(expect.stringMatching(/^lampiran ke-2 › kolom: tebakan/));
  });
});
