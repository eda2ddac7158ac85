import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadYamlFile, parseYamlText } from '../../src/data/load';
import type { Decree } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { importText } from '../../src/import';
import { typedWords, wordSimilarity } from './similarity';
import { scheduleOf } from '../support/appendix';

const REPO = path.join(__dirname, '..', '..');
/** A copy of the reference decree's text extraction, as the shared reference material has it. */
const REFERENCE = path.join(__dirname, '..', 'fixtures', 'import', 'kpu-sumbawa-barat-2022-035.txt');
/** The text is of the decree as signed, so it is compared with the data of that. */
const SAMPLE = path.join(REPO, 'tests', 'fixtures', 'data', 'sumbawa-barat-2022-035-as-signed.yaml');

/** The typed content of a decree: everything but the layout settings. */
function content(decree: Decree): unknown {
  const { tata_letak: _layout, ...kantor } = decree.kantor;
  return { ...decree, kantor };
}

describe('importing the reference decree from its extracted text', () => {
  const result = importText(readFileSync(REFERENCE, 'utf8'), 'kpu-sumbawa-barat-2022-035.txt');
  const imported = validateDecree(parseYamlText('imported.yaml', result.yaml));
  const sample = validateDecree(loadYamlFile(SAMPLE));

  it('finds every item of every part', () => {
    expect(result.counts).toEqual({ menimbang: 2, mengingat: 4, diktum: 2, kegiatan: 32, sub_kegiatan: 87 });
  });

  it('gives nearly the words of the hand-made data file', () => {
    const similarity = wordSimilarity(typedWords(content(imported)), typedWords(content(sample)));
    console.log(`word-sequence similarity to the hand-made data: ${similarity.toFixed(4)}`);
    expect(similarity).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the heading, the title as the last consideration writes it, the date and the signatures', () => {
    expect(imported.kantor).toMatchObject({ lembaga: 'Komisi Pemilihan Umum', wilayah: 'Kabupaten Sumbawa Barat', kedudukan: 'Taliwang' });
    expect(imported.kantor.pengesah_salinan).toEqual({ jabatan: 'Kasubbag Hukum dan Sumber Daya Manusia', nama: 'Faridah Anwar' });
    expect(imported.keputusan).toEqual(sample.keputusan);
    expect(imported.ditetapkan).toEqual({ tanggal: '2022-02-02' });
    expect(imported.penandatangan).toEqual({ jabatan: 'Ketua', nama: 'Denny Saputra' });
    expect(imported.kantor.tata_letak.tempat_tanggal_di_lampiran).toBe(true);
  });

  it('takes the texts of the body as the sample has them, italics as markup', () => {
    expect(imported.menimbang).toEqual(sample.menimbang);
    expect(imported.mengingat).toEqual(sample.mengingat);
    expect(imported.diktum).toEqual(sample.diktum);
    expect(scheduleOf(imported).judul).toBe(scheduleOf(sample).judul);
    const names = (decree: Decree) => scheduleOf(decree).kegiatan.map((activity) => activity.nama);
    expect(names(imported)).toEqual(names(sample));
    const tasks = (decree: Decree) => scheduleOf(decree).kegiatan.flatMap((activity) => activity.sub_kegiatan.map((task) => task.uraian));
    expect(tasks(imported)).toEqual(tasks(sample));
  });

  it('leaves out page furniture: catchwords, repeated table headers, column numbers, "ttd", page numbers', () => {
    const words = typedWords(content(imported)).join(' ');
    expect(words).not.toMatch(/\. \. \.|ttd|KEGIATAN SUB KEGIATAN|PELAKSANAAN|\b13 14 15\b|Salinan sesuai/);
    expect(imported.mengingat.filter((item) => item.startsWith('Peraturan'))).toHaveLength(2);
  });

  it('leaves the months empty and says so beside each one', () => {
    expect(scheduleOf(imported).kegiatan.every((activity) => activity.sub_kegiatan.every((task) => task.bulan.length === 0))).toBe(true);
    expect(result.yaml.match(/bulan: \[\] # jadwal tidak ada di sumber: bulan kosong/g)).toHaveLength(87);
  });

  it('marks every guess with a comment where it stands and lists it', () => {
    const doc = parseDocument(result.yaml);
    const seat = doc.getIn(['kantor'], true) as { items: { key: { value: string; commentBefore?: string } }[] };
    expect(seat.items.find((pair) => pair.key.value === 'kedudukan')?.key.commentBefore).toMatch(/tebakan: kedudukan kantor diambil dari tempat penetapan/);
    expect(result.guesses).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kantor › kedudukan: tebakan/),
        expect.stringMatching(/^penandatangan › nama: tebakan/),
        expect.stringMatching(/bulan \(87\): jadwal tidak ada di sumber/),
      ]),
    );
    for (const guess of result.guesses) expect(result.yaml).toContain(guess.split(': ').slice(1).join(': '));
  });
});

/** Hard-wraps every line that is not a table row at `width` columns, as a plain-text export does. */
function wrapped(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.includes('\t')) return [line];
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > width) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...lines, current];
    })
    .join('\r\n');
}

describe('importing another extraction of the same decree', () => {
  const reference = readFileSync(REFERENCE, 'utf8');
  const original = validateDecree(parseYamlText('a.yaml', importText(reference, 'a.txt').yaml));

  it('joins items broken over lines, whatever the line ends', () => {
    const result = importText(wrapped(reference, 60), 'b.txt');
    expect(validateDecree(parseYamlText('b.yaml', result.yaml))).toEqual(original);
  });

  it('reads months marked in the cells of the table', () => {
    const marked = reference.replace(
      '1\tTim Kerja Zona Integritas\ta. Pembentukan Tim Kerja Zona Integritas/Penanggungjawab Zona Interitas pada KPU Kabupaten Sumbawa Barat;\t\t\t',
      '1\tTim Kerja Zona Integritas\ta. Pembentukan Tim Kerja Zona Integritas/Penanggungjawab Zona Interitas pada KPU Kabupaten Sumbawa Barat;\t√\t√\t',
    );
    const result = importText(marked, 'c.txt');
    const imported = validateDecree(parseYamlText('c.yaml', result.yaml));
    expect(scheduleOf(imported).kegiatan[0].sub_kegiatan[0].bulan).toEqual([1, 2]);
    expect(result.yaml).not.toContain('jadwal tidak ada di sumber');
  });
});
