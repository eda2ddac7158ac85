import path from 'node:path';
import { composeDecree } from '../../src/compose/compose';
import { plainText } from '../../src/compose/inline';
import { loadYamlFile, parseYamlText } from '../../src/data/load';
import type { Decree } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { isCovered, type Block, type LayoutDocument, type ListItem, type Paragraph, type Table } from '../../src/layout/model';
import { NaskahError } from '../../src/problems/problem';

const DATA = path.join(__dirname, '..', '..', 'data');
export const PPS = path.join(DATA, 'kpu-sumbawa', '2024-104-pps.yaml');
export const GUIDELINE = path.join(DATA, 'kpu-sumbawa-barat', '2023-012-pedoman.yaml');
export const NO_APPENDIX = path.join(DATA, 'kpu-sumbawa-barat', '2023-031-paw-ppk.yaml');
const SCHEDULE = path.join(DATA, 'kpu-sumbawa-barat', '2022-035.yaml');

const decreeOf = (file: string) => validateDecree(loadYamlFile(file));
const compose = (decree: Decree, file: string) => composeDecree(decree, { variant: 'asli', dataFile: file });
const layoutOf = (file: string) => compose(decreeOf(file), file);

const paragraphs = (blocks: Block[]): string[] =>
  blocks.flatMap((block) => (block.kind === 'paragraph' ? [plainText(block.runs)] : block.kind === 'columns' ? paragraphs(block.columns.flatMap((column) => column.blocks)) : []));
const dictums = (doc: LayoutDocument) =>
  doc.sections[0].blocks.flatMap((block) => (block.kind === 'grid' && /^KE/.test(block.rows[0].label) ? block.rows.map((row) => plainText(row.runs)) : []));
const tableOf = (doc: LayoutDocument, section: number) => doc.sections[section].blocks.find((block): block is Table => block.kind === 'table')!;
const cellText = (row: Table['rows'][number]) => row.map((cell) => (isCovered(cell) ? null : plainText(cell.runs)));

describe('several appendices, each in its own section', () => {
  const doc = layoutOf(GUIDELINE);

  test('headed LAMPIRAN I and LAMPIRAN II, from the template, in the header block', () => {
    expect(doc.sections).toHaveLength(3);
    expect(paragraphs(doc.sections[1].blocks)[0]).toBe('LAMPIRAN I');
    expect(paragraphs(doc.sections[2].blocks)[0]).toBe('LAMPIRAN II');
    expect(paragraphs(doc.sections[2].blocks)).toContain('TENTANG PEDOMAN TEKNIS PEMUTAKHIRAN DATA PEMILIH BERKELANJUTAN TAHUN 2023');
  });

  test('the dictums cite them by their keys as Lampiran I and Lampiran II', () => {
    const [first, second] = dictums(doc);
    expect(first).toContain('sebagaimana tercantum dalam Lampiran I yang merupakan');
    expect(second).toContain('sebagaimana tercantum dalam Lampiran II yang merupakan');
    expect(dictums(doc).join(' ')).not.toContain('{{');
  });

  test('reordering the appendices renumbers both headings and citations', () => {
    const decree = decreeOf(GUIDELINE);
    const swapped = compose({ ...decree, lampiran: [...decree.lampiran].reverse() }, GUIDELINE);
    expect(paragraphs(swapped.sections[1].blocks)[0]).toBe('LAMPIRAN I');
    expect(tableOf(swapped, 1)).toBeDefined();
    const [first, second] = dictums(swapped);
    expect(first).toContain('dalam Lampiran II yang');
    expect(second).toContain('dalam Lampiran I yang');
  });

  test('orientation per appendix: the text portrait, the table landscape as it asks', () => {
    expect(doc.sections.map((section) => section.orientation)).toEqual(['portrait', 'portrait', 'landscape']);
  });

  test('page numbers restart at every appendix when the office says so', () => {
    const decree = decreeOf(GUIDELINE);
    const restarting = compose({ ...decree, kantor: { ...decree.kantor, tata_letak: { ...decree.kantor.tata_letak, nomor_halaman_lampiran: 'ulang' } } }, GUIDELINE);
    expect(restarting.sections.map((section) => section.restartPageNumbers ?? false)).toEqual([false, true, true]);
    expect(doc.sections.map((section) => section.restartPageNumbers ?? false)).toEqual([false, false, false]);
  });
});

describe('a text appendix', () => {
  const blocks = layoutOf(GUIDELINE).sections[1].blocks;
  const items = blocks.filter((block): block is ListItem => block.kind === 'item');

  test('chapters are BAB and a Roman numeral over the title in capitals, centred and bold', () => {
    const headings = blocks.filter((block): block is Paragraph => block.kind === 'paragraph' && block.align === 'center' && block.runs.every((run) => run.bold));
    expect(headings.map((block) => plainText(block.runs))).toEqual(expect.arrayContaining(['BAB I', 'PENDAHULUAN', 'BAB II', 'PELAKSANAAN', 'BAB III', 'PELAPORAN', 'BAB IV', 'PENUTUP']));
  });

  test('sections are lettered again in every chapter', () => {
    const sections = items.filter((item) => item.marker.bold).map((item) => `${item.marker.text} ${plainText(item.runs)}`);
    expect(sections).toEqual(['A. Latar Belakang', 'B. Maksud dan Tujuan', 'C. Ruang Lingkup', 'A. Persiapan', 'B. Penerimaan Data', 'C. Pencocokan dan Penelitian Terbatas']);
  });

  test('nested items stand one marker column further in at every level, with the text hanging', () => {
    const of = (marker: string, start: string) => items.find((item) => item.marker.text === marker && plainText(item.runs).startsWith(start))!;
    const levels = [of('2.', 'pelaksanaan'), of('b.', 'pencocokan'), of('1)', 'kunjungan')];
    const step = levels[0].markerWidth;
    expect(levels.map((item) => item.indentLeft)).toEqual([step, 2 * step, 3 * step]);
    // Under a section (indent one step), the first level already stands one step in.
    expect(of('A.', 'Latar').indentLeft).toBe(0);
  });

  test('bold and italic from the markup; the table in the text keeps its rows', () => {
    const runs = blocks.flatMap((block) => (block.kind === 'paragraph' || block.kind === 'item' ? block.runs : []));
    expect(runs).toContainEqual({ text: 'berkelanjutan', bold: true });
    expect(runs).toContainEqual({ text: 'Sistem Informasi Data Pemilih', italic: true });
    const table = blocks.find((block): block is Table => block.kind === 'table')!;
    expect(table.headerRows).toBe(1);
    expect(table.rows.map(cellText)[0]).toEqual(['NO', 'SUMBER DATA', 'JENIS DATA']);
    expect(table.rows).toHaveLength(5);
  });
});

describe('a table of names', () => {
  const doc = layoutOf(PPS);
  const table = tableOf(doc, 1);
  const rows = table.rows.map(cellText);

  test('a single appendix is headed LAMPIRAN and cited as Lampiran', () => {
    expect(paragraphs(doc.sections[1].blocks)[0]).toBe('LAMPIRAN');
    expect(dictums(doc)[0]).toContain('tercantum dalam Lampiran yang merupakan');
    expect(doc.sections.map((section) => section.orientation)).toEqual(['portrait', 'portrait']);
  });

  test('the columns come from the template; the header row repeats', () => {
    expect(rows[0]).toEqual(['NO', 'NAMA', 'JABATAN', 'ALAMAT']);
    expect(table.headerRows).toBe(1);
  });

  test('districts and villages are heading rows over the whole width; numbers start again in each village', () => {
    expect(rows[1]).toEqual(['KECAMATAN LUNYUK', null, null, null]);
    expect(rows[2]).toEqual(['DESA LUNYUK REA', null, null, null]);
    expect(rows[3].slice(0, 3)).toEqual(['1.', 'Winarti Syafruddin', 'Ketua']);
    expect(rows[5][0]).toBe('3.');
    expect(rows[6]).toEqual(['DESA LUNYUK ODE', null, null, null]);
    expect(rows[7][0]).toBe('1.');
    expect(rows.filter((row) => row[1] !== null && row[0] !== 'NO')).toHaveLength(495);
  });

  test('every group knows its rows and the line that continues it, worded by the template', () => {
    const groups = table.groups!;
    expect(groups[0]).toMatchObject({ heading: 1, continued: [expect.objectContaining({ runs: [{ text: 'KECAMATAN LUNYUK (lanjutan)', bold: true }], colSpan: 4 }), ...[1, 2, 3].map(() => ({ coveredBy: { row: 1, column: 0 } }))] });
    expect(groups[1]).toMatchObject({ heading: 2, end: 6 });
    // Outer groups first: a district before its villages.
    expect(groups.map((group) => group.heading)).toEqual([...groups.map((group) => group.heading)].sort((a, b) => a - b));
    expect(groups).toHaveLength(24 + 165);
  });
});

describe('no appendix', () => {
  test('the decree ends at the signature: one section', () => {
    const doc = layoutOf(NO_APPENDIX);
    expect(doc.sections).toHaveLength(1);
  });
});

describe('existing data keeps working', () => {
  test('a single lampiran object without a kind is a schedule: one landscape LAMPIRAN section', () => {
    const decree = decreeOf(SCHEDULE);
    expect(decree.lampiran).toHaveLength(1);
    expect(decree.lampiran[0].jenis).toBe('jadwal');
    const doc = compose(decree, SCHEDULE);
    expect(doc.sections.map((section) => section.orientation)).toEqual(['portrait', 'landscape']);
    expect(paragraphs(doc.sections[1].blocks)[0]).toBe('LAMPIRAN');
  });
});

describe('mistakes in the data', () => {
  const withText = (text: string) => parseYamlText('k.yaml', text);
  const base = loadYamlFile(GUIDELINE).data as Record<string, unknown>;
  const problemOf = (change: (data: Record<string, unknown>) => void) => {
    const data = structuredClone(base);
    change(data);
    try {
      compose(validateDecree(withText(JSON.stringify(data))), 'k.yaml');
    } catch (error) {
      return (error as NaskahError).problems[0];
    }
    return undefined;
  };

  test('a citation of an appendix that does not exist stops the build, naming the dictum', () => {
    const problem = problemOf((data) => {
      (data.diktum as string[])[1] = 'Lihat {{lampiran 3}}.';
    });
    expect(problem).toMatchObject({ key: 'appendix-not-found', path: ['diktum', 1], found: '{{lampiran 3}}', limit: 2 });
  });

  test('a row with too few cells names the row and the columns', () => {
    const problem = problemOf((data) => {
      const table = (data.lampiran as { baris: { baris: unknown[] }[] }[])[1];
      table.baris[0].baris[1] = ['Rapat'];
    });
    expect(problem).toMatchObject({ key: 'table-row-cells', path: ['lampiran', 1, 'baris', 0, 'baris', 1], found: '1', limit: 3, detail: 'KEGIATAN, WAKTU, PELAKSANA' });
  });

  test('a set of columns the template does not have', () => {
    const problem = problemOf((data) => {
      (data.lampiran as { kolom: unknown }[])[1].kolom = 'tidak_ada';
    });
    expect(problem).toMatchObject({ key: 'table-columns-unknown', path: ['lampiran', 1, 'kolom'], found: 'tidak_ada' });
  });
});
