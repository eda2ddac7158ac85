/** Real decrees' texts that differ from the usual layout, or are incomplete: the reference text, changed as they are. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UNFILLED } from '../../src/compose/template';
import { parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { importText } from '../../src/import';

const REFERENCE = readFileSync(path.join(__dirname, '..', 'fixtures', 'import', 'kpu-sumbawa-barat-2022-035.txt'), 'utf8');
const original = validateDecree(parseYamlText('a.yaml', importText(REFERENCE, 'a.txt').yaml));

function imported(text: string) {
  const result = importText(text, 'b.txt');
  return { result, decree: validateDecree(parseYamlText('b.yaml', result.yaml), { draft: true }) };
}

function changed(from: string, to: string): string {
  expect(REFERENCE).toContain(from);
  return REFERENCE.replace(from, to);
}

describe('importing the text of a partial or damaged decree', () => {
  it('takes what it finds and leaves the rest to fill, saying what is missing', () => {
    const cut = REFERENCE.slice(0, REFERENCE.indexOf('MEMUTUSKAN:'));
    const { result, decree } = imported(cut);
    expect(decree.menimbang).toEqual(original.menimbang);
    expect(decree.mengingat).toEqual(original.mengingat);
    expect(decree.diktum).toEqual([UNFILLED]);
    expect(decree.penandatangan.nama).toBe(UNFILLED);
    expect(decree.lampiran).toEqual([]);
    expect(result.guesses).toContainEqual(expect.stringMatching(/^diktum: tebakan: bagian ini tidak ditemukan di sumber/));
    expect(result.yaml).toMatch(/# tebakan: bagian ini tidak ditemukan di sumber[^\n]*\ndiktum:\n  - \.\.\.\.\.\.\.\.\./);
  });

  it('without its considerations and legal bases', () => {
    const text = REFERENCE.slice(0, REFERENCE.indexOf('- Menimbang')) + REFERENCE.slice(REFERENCE.indexOf('MEMUTUSKAN:'));
    const { result, decree } = imported(text);
    expect(decree.menimbang).toEqual([UNFILLED]);
    expect(decree.mengingat).toEqual([UNFILLED]);
    expect(decree.diktum).toEqual(original.diktum);
    expect(result.guesses.filter((guess) => /tidak ditemukan di sumber/.test(guess)).map((guess) => guess.split(':')[0])).toEqual(
      expect.arrayContaining(['menimbang', 'mengingat']),
    );
  });
});

describe('importing the layouts of real decrees', () => {
  it("an official's line without its comma ends the title", () => {
    const { decree } = imported(changed('KABUPATEN SUMBAWA BARAT TAHUN 2022\n\nKETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,', 'KABUPATEN SUMBAWA BARAT TAHUN 2022\nKETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT'));
    expect(decree.keputusan.tentang).toBe(original.keputusan.tentang);
    expect(decree.penandatangan.jabatan).toBe('Ketua');
  });

  it('the commission itself as the official, without a comma, after a blank line', () => {
    const { decree } = imported(changed('KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,', 'KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT'));
    expect(decree.keputusan.tentang).toBe(original.keputusan.tentang);
  });

  it('"Ketua," above the name is the title, the name below it the signatory', () => {
    const { decree } = imported(changed('KETUA KOMISI PEMILIHAN UMUM\nKABUPATEN SUMBAWA BARAT\n\nttd', 'Ketua,\n\nttd'));
    expect(decree.penandatangan).toEqual({ jabatan: 'Ketua', nama: 'Denny Saputra' });
  });

  it('watermark and website lines between a continuation word and the page number are page furniture', () => {
    const { decree } = imported(changed('3. Peraturan . . .\n', '3. Peraturan . . .\nwww.kpu-sumbawabaratkab.go.id\nSALINAN\n- 2 -\n'));
    expect(decree.mengingat).toEqual(original.mengingat);
  });
});
