import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeDecree } from '../../src/compose/compose';
import { plainText } from '../../src/compose/inline';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { isCovered, type Block, type LayoutDocument, type Table, type TableCell } from '../../src/layout/model';
import { multisetMinus } from '../support/lists';
import { scheduleOf } from '../support/appendix';

const SAMPLE = path.join(__dirname, '..', '..', 'data', 'kpu-sumbawa-barat', '2022-035.yaml');
const decree = validateDecree(loadYamlFile(SAMPLE));
const original = composeDecree(decree, { variant: 'asli', dataFile: SAMPLE });
const copy = composeDecree(decree, { variant: 'salinan', dataFile: SAMPLE });

/** Every line of text in a block list, in reading order (columns left to right). */
function linesOf(blocks: Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return [plainText(block.runs)];
      case 'grid':
        return block.rows.map((row) => [row.label, row.marker, plainText(row.runs)].filter(Boolean).join(' '));
      case 'columns':
        return block.columns.flatMap((column) => linesOf(column.blocks));
      case 'table':
        return block.rows.map((row) => row.map((cell) => (isCovered(cell) ? '' : [cell.marker, plainText(cell.runs)].filter(Boolean).join(' '))).join('|'));
      case 'image':
      case 'signature-area':
        return [];
      case 'item':
        return [`${block.marker.text} ${plainText(block.runs)}`];
    }
  });
}

const bodyLines = (doc: LayoutDocument) => linesOf(doc.sections[0].blocks).filter(Boolean);
const table = (doc: LayoutDocument) => doc.sections[1].blocks.find((block): block is Table => block.kind === 'table')!;

describe('composing the sample decree', () => {
  test('the decree body is portrait F4 and the appendix landscape', () => {
    expect(original.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    expect(original.page.width).toBeCloseTo((215 * 72) / 25.4);
    expect(original.page.height).toBeCloseTo((330 * 72) / 25.4);
    expect(original.sections[0].catchwords).toBe(true);
    expect(original.sections[1].catchwords).toBe(false);
  });

  test('derived lines name the issuing office, never another one', () => {
    const lines = bodyLines(original);
    expect(lines.slice(0, 7)).toEqual([
      'KOMISI PEMILIHAN UMUM',
      'KABUPATEN SUMBAWA BARAT',
      'KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT',
      'NOMOR 35 TAHUN 2022',
      'TENTANG',
      expect.stringMatching(/^PENETAPAN RENCANA KERJA .* TAHUN 2022$/),
      'KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,',
    ]);
    const menetapkan = lines.find((line) => line.startsWith('Menetapkan'))!;
    expect(menetapkan).toMatch(/^Menetapkan KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT TENTANG PENETAPAN RENCANA KERJA .* TAHUN 2022\.$/);
    expect(menetapkan).not.toContain('PROVINSI');
  });

  test('considerations are lettered, legal bases numbered, dictums ordinal', () => {
    const lines = bodyLines(original);
    expect(lines).toContainEqual(expect.stringMatching(/^Menimbang a\. bahwa untuk/));
    expect(lines).toContainEqual(expect.stringMatching(/^b\. bahwa berdasarkan/));
    expect(lines).toContainEqual(expect.stringMatching(/^Mengingat 1\. Undang-Undang Nomor 28 Tahun 1999/));
    expect(lines).toContainEqual(expect.stringMatching(/^4\. Peraturan Menteri/));
    expect(lines.filter((line) => /^(KESATU|KEDUA|KETIGA) /.test(line)).map((line) => line.split(' ')[0])).toEqual(['KESATU', 'KEDUA']);
  });

  test('the copy differs from the original exactly by SALINAN, ttd and the certification block', () => {
    const a = bodyLines(original);
    const c = bodyLines(copy);
    expect(a).not.toContain('SALINAN');
    expect(c[0]).toBe('SALINAN');
    expect(a).not.toContain('ttd');
    expect(c).toContain('ttd');
    const certification = ['Salinan sesuai dengan aslinya', 'SEKRETARIAT KOMISI PEMILIHAN UMUM', 'KABUPATEN SUMBAWA BARAT', 'Kasubbag Hukum dan Sumber Daya Manusia,', 'FARIDAH ANWAR'];
    expect(c).toEqual(expect.arrayContaining(certification));
    // Line by line, the copy is the original plus exactly these lines.
    expect(multisetMinus(c, a).sort()).toEqual(['SALINAN', 'ttd', ...certification].sort());
    expect(multisetMinus(a, c)).toEqual([]);
  });

  test('the schedule has three header rows, one row per sub-activity and shading exactly at the scheduled months', () => {
    const t = table(original);
    const tasks = scheduleOf(decree).kegiatan.flatMap((activity) => activity.sub_kegiatan);
    expect(t.headerRows).toBe(3);
    expect(t.rows).toHaveLength(3 + tasks.length);
    expect(t.widths).toHaveLength(16);
    tasks.forEach((task, i) => {
      const shaded = t.rows[3 + i].flatMap((cell, column) => (!isCovered(cell) && cell.shaded ? [column - 2] : []));
      expect(shaded).toEqual(task.bulan);
    });
  });

  test('each activity spans its sub-activity rows, which name it again "(lanjutan)" on a page they continue on', () => {
    const t = table(original);
    let row = 3;
    scheduleOf(decree).kegiatan.forEach((activity, a) => {
      const span = activity.sub_kegiatan.length;
      const [number, name] = t.rows[row] as TableCell[];
      expect(number).toMatchObject({ rowSpan: span, runs: [{ text: String(a + 1) }] });
      expect(plainText(name.runs)).toBe(activity.nama.replace(/_/g, ''));
      if (span > 1) {
        expect(number.continued).toEqual([{ text: String(a + 1) }]);
        expect(plainText(name.continued!)).toBe(`${activity.nama.replace(/_/g, '')} (lanjutan)`);
      }
      for (let k = 1; k < span; k++) expect(t.rows[row + k].slice(0, 2)).toEqual([0, 1].map((column) => ({ coveredBy: { row, column } })));
      row += span;
    });
  });

  test('sub-activities of an activity are lettered, the letter apart from the text so that the text can hang', () => {
    const t = table(original);
    const first = scheduleOf(decree).kegiatan.findIndex((activity) => activity.sub_kegiatan.length > 1);
    const rows = t.rows.slice(3).filter((row) => !isCovered(row[0]) && (row[0] as TableCell).runs[0]?.text === String(first + 1));
    expect(rows).toHaveLength(1);
    const start = t.rows.indexOf(rows[0]);
    scheduleOf(decree).kegiatan[first].sub_kegiatan.forEach((_, k) => {
      expect(t.rows[start + k][2]).toMatchObject({ marker: `${String.fromCharCode(97 + k)}.` });
    });
  });

  test('italics in the data become italic runs', () => {
    const runs = table(original).rows.flatMap((row) => row.flatMap((cell) => (isCovered(cell) ? [] : cell.runs)));
    expect(runs).toContainEqual({ text: 'agent of change', italic: true });
  });

  test('the appendix header is derived from the same data as the heading', () => {
    const header = linesOf(original.sections[1].blocks.slice(0, 1));
    expect(header).toEqual(['LAMPIRAN', 'KEPUTUSAN KOMISI PEMILIHAN UMUM', 'KABUPATEN SUMBAWA BARAT', 'NOMOR 35 TAHUN 2022', expect.stringMatching(/^TENTANG PENETAPAN RENCANA KERJA/)]);
  });

  test('text that looks like template syntax is printed literally', () => {
    const hostile = { ...decree, menimbang: ['bahwa {{constructor.constructor}} dan {{#each x}}<w:p>&amp;;'] };
    const doc = composeDecree(hostile, { variant: 'asli', dataFile: SAMPLE });
    expect(bodyLines(doc)).toContain('Menimbang bahwa {{constructor.constructor}} dan {{#each x}}<w:p>&amp;;');
  });

  test("a draft without a number yet is titled without one, never 'Nomor null'", () => {
    const draft = { ...decree, keputusan: { ...decree.keputusan, nomor: null } };
    const doc = composeDecree(draft, { variant: 'asli', draft: true, dataFile: SAMPLE });
    expect(doc.meta.title).toBe('Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa Barat Tahun 2022');
    expect(original.meta.title).toBe('Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa Barat Nomor 35 Tahun 2022');
  });

  test('a draft carries the KONSEP watermark', () => {
    expect(composeDecree(decree, { variant: 'asli', draft: true, dataFile: SAMPLE }).watermark?.text).toBe('KONSEP');
    expect(original.watermark).toBeUndefined();
  });
});

describe('per-office settings and the emblem', () => {
  const withOffice = (change: (office: typeof decree.kantor) => Partial<typeof decree.kantor>, dataFile = SAMPLE) =>
    composeDecree({ ...decree, kantor: { ...decree.kantor, ...change(decree.kantor) } }, { variant: 'asli', dataFile });

  test('A4 paper, page-number style, appendix numbering and continuation words follow the office', () => {
    const doc = withOffice((office) => ({
      tata_letak: { ...office.tata_letak, kertas: 'A4', nomor_halaman: '-n-', nomor_halaman_lampiran: 'ulang', kata_penyambung: { badan: false, lampiran: true, akhiran: '. . .' } },
    }));
    expect(doc.page.width).toBeCloseTo((210 * 72) / 25.4);
    expect(doc.page.height).toBeCloseTo((297 * 72) / 25.4);
    expect(doc.pageNumbers).toMatchObject({ prefix: '-', suffix: '-', fromPage: 2 });
    expect(doc.sections.map((s) => [s.catchwords, s.restartPageNumbers ?? false])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  test('the classification-code number format prints NOMOR : code', () => {
    const doc = composeDecree(
      { ...decree, keputusan: { ...decree.keputusan, nomor: '203/PL.02-Kpt/01/KPU/I/2019' }, kantor: { ...decree.kantor, tata_letak: { ...decree.kantor.tata_letak, format_nomor: 'kode' } } },
      { variant: 'asli', dataFile: SAMPLE },
    );
    expect(bodyLines(doc)).toContain('NOMOR : 203/PL.02-Kpt/01/KPU/I/2019');
  });

  test('an emblem named in the data is placed centred above the institution lines', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-emblem-'));
    writeFileSync(path.join(dir, 'lambang.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const dataFile = path.join(dir, 'keputusan.yaml');
    const blocks = withOffice(() => ({ lambang: 'lambang.png' }), dataFile).sections[0].blocks;
    expect(blocks[0]).toMatchObject({ kind: 'image', path: path.join(dir, 'lambang.png'), align: 'center' });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'KOMISI PEMILIHAN UMUM' }] });
  });

  test('a missing emblem file is reported against kantor.lambang', () => {
    expect(() => withOffice(() => ({ lambang: 'tidak-ada.png' }))).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ key: 'emblem-missing', path: ['kantor', 'lambang'] })] }));
  });
});

test('the national office names itself in full in the heading, and short in the title, Menetapkan and appendix (R14)', () => {
  const national = { ...decree, kantor: { ...decree.kantor, wilayah: 'Republik Indonesia', kedudukan: 'Jakarta' } };
  const doc = composeDecree(national, { variant: 'asli', dataFile: SAMPLE });
  const lines = linesOf(doc.sections[0].blocks);
  expect(lines.slice(0, 3)).toEqual(['KOMISI PEMILIHAN UMUM', 'REPUBLIK INDONESIA', 'KEPUTUSAN KOMISI PEMILIHAN UMUM']);
  expect(lines).toContain('KETUA KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA,');
  expect(lines.find((line) => line.startsWith('Menetapkan'))).toMatch(/^Menetapkan KEPUTUSAN KOMISI PEMILIHAN UMUM TENTANG /);
  expect(linesOf(doc.sections[1].blocks.slice(0, 1)).slice(0, 3)).toEqual(['LAMPIRAN', 'KEPUTUSAN KOMISI PEMILIHAN UMUM', 'NOMOR 35 TAHUN 2022']);
});

test.each([
  ['/etc/passwd', 'emblem-outside'],
  ['../../rahasia.png', 'emblem-outside'],
  ['2022-035.yaml', 'emblem-not-image'],
])('an emblem named %s is refused (%s)', (lambang, key) => {
  expect(() => composeDecree({ ...decree, kantor: { ...decree.kantor, lambang } }, { variant: 'asli', dataFile: SAMPLE })).toThrow(
    expect.objectContaining({ problems: [expect.objectContaining({ key, path: ['kantor', 'lambang'] })] }),
  );
});
