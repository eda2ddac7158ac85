/**
 * A table broken where the PDF's pages break it: one Word table per part, each after the first on a new
 * page and beginning with the header rows and the continuation lines of its open groups, which Word
 * repeats as header rows; a row span broken there starts again with its continued text.
 */
import { mm, type LayoutDocument, type Table, type TableSlot, type TableStyle } from '../../src/layout/model';
import { renderDocx } from '../../src/render/docx';
import { attribute, cellsByColumn, elements, has, readDocx, text } from '../support/docx';
import { expectValidDocx } from '../support/validate-docx';

const STYLE: TableStyle = { rule: 0.5, padding: { x: 4, y: 1 }, shading: 'BFBFBF', markerWidth: 12 };
const cell = (text: string, extra: object = {}): TableSlot => ({ runs: [{ text }], align: 'left', ...extra });
const heading = (text: string, row: number): TableSlot[] => [cell(text, { colSpan: 2 }), { coveredBy: { row, column: 0 } }];

/** Two districts, the first with two villages. */
const names: Table = {
  kind: 'table',
  widths: [40, 200],
  style: STYLE,
  headerRows: 1,
  rows: [
    [cell('NO'), cell('NAMA')],
    heading('KECAMATAN ALAS', 1),
    heading('DESA LUAR', 2),
    [cell('1.'), cell('Ani')],
    [cell('2.'), cell('Budi')],
    heading('DESA BARU', 5),
    [cell('1.'), cell('Citra')],
    [cell('2.'), cell('Dedi')],
    heading('KECAMATAN UTAN', 8),
    heading('DESA PUKAT', 9),
    [cell('1.'), cell('Eka')],
  ],
  groups: [
    { heading: 1, end: 8, continued: heading('KECAMATAN ALAS (lanjutan)', 1) },
    { heading: 2, end: 5, continued: heading('DESA LUAR (lanjutan)', 2) },
    { heading: 5, end: 8, continued: heading('DESA BARU (lanjutan)', 5) },
    { heading: 8, end: 11, continued: heading('KECAMATAN UTAN (lanjutan)', 8) },
    { heading: 9, end: 11, continued: heading('DESA PUKAT (lanjutan)', 9) },
  ],
};

/** An activity of three sub-activities, its number and name spanning their rows. */
const schedule: Table = {
  kind: 'table',
  widths: [30, 100, 150],
  style: STYLE,
  headerRows: 1,
  rows: [
    [cell('NO'), cell('KEGIATAN'), cell('SUB KEGIATAN')],
    [cell('1', { rowSpan: 3, continued: [{ text: '1' }] }), cell('Pemantauan', { rowSpan: 3, continued: [{ text: 'Pemantauan (lanjutan)' }] }), cell('a. satu')],
    [{ coveredBy: { row: 1, column: 0 } }, { coveredBy: { row: 1, column: 1 } }, cell('b. dua')],
    [{ coveredBy: { row: 1, column: 0 } }, { coveredBy: { row: 1, column: 1 } }, cell('c. tiga')],
    [cell('2'), cell('Pelaporan'), cell('Laporan')],
  ],
};

const model: LayoutDocument = {
  meta: { title: 'Uji', subject: 'Uji tabel terputus', author: 'Penguji', created: '2024-05-06', language: 'id-ID' },
  page: { width: mm(210), height: mm(297), margins: { top: 40, bottom: 50, left: 60, right: 30 } },
  font: { family: 'Arial', size: 11, lineSpacing: 1.15 },
  pageNumbers: { prefix: '- ', suffix: ' -', fromPage: 1, top: 15 },
  catchwordSuffix: ' . . .',
  sections: [
    { orientation: 'portrait', contentWidth: mm(210) - 90, catchwords: true, blocks: [{ kind: 'paragraph', runs: [{ text: 'Batang tubuh' }], align: 'left' }] },
    {
      orientation: 'portrait',
      contentWidth: mm(210) - 90,
      catchwords: false,
      blocks: [{ kind: 'paragraph', runs: [{ text: 'LAMPIRAN' }], align: 'left' }, names, schedule],
    },
  ],
};

// By block over the whole document: the table of names is block 2, the schedule block 3 (0: it begins a page).
const breaks = new Map([
  [2, [4, 7]],
  [3, [0, 2]],
]);

const rowTexts = (table: string) => elements(table, 'w:tr').map(text);
const isHeader = (row: string) => has(row, 'w:tblHeader');
/** The body's paragraphs and tables in order. */
const bodyBlocks = (document: string) => elements(elements(document, 'w:body')[0], 'w:(?:p|tbl)');

describe('a table broken where the PDF breaks it', () => {
  let docx: Buffer;
  let blocks: string[];
  let tables: string[];

  beforeAll(async () => {
    docx = await renderDocx(model, { tableBreaks: breaks });
    blocks = bodyBlocks(readDocx(docx).xml('word/document.xml'));
    tables = blocks.filter((block) => block.startsWith('<w:tbl'));
  });

  test('is valid, and the same bytes when built again', async () => {
    expectValidDocx(docx);
    expect((await renderDocx(model, { tableBreaks: breaks })).equals(docx)).toBe(true);
  });

  test('a table per part: the table of names in three, the schedule in two', () => {
    expect(tables.map(rowTexts)).toEqual([
      ['NONAMA', 'KECAMATAN ALAS', 'DESA LUAR', '1.Ani'],
      ['NONAMA', 'KECAMATAN ALAS (lanjutan)', 'DESA LUAR (lanjutan)', '2.Budi', 'DESA BARU', '1.Citra'],
      ['NONAMA', 'KECAMATAN ALAS (lanjutan)', 'DESA BARU (lanjutan)', '2.Dedi', 'KECAMATAN UTAN', 'DESA PUKAT', '1.Eka'],
      ['NOKEGIATANSUB KEGIATAN', '1Pemantauana. satu'],
      ['NOKEGIATANSUB KEGIATAN', '1Pemantauan (lanjutan)b. dua', 'c. tiga', '2PelaporanLaporan'],
    ]);
  });

  test('the header rows and the continuation lines are header rows to Word, the rows below them not', () => {
    expect(tables.map((table) => elements(table, 'w:tr').map(isHeader))).toEqual([
      [true, false, false, false],
      [true, true, true, false, false, false],
      [true, true, true, false, false, false, false],
      [true, false],
      [true, false, false, false],
    ]);
    // A continuation line spans the row as its heading does.
    expect(attribute(elements(tables[1], 'w:tr')[1], 'w:gridSpan', 'w:val')).toBe('2');
  });

  test('each part after the first, and the schedule that begins a page, stands after a page break', () => {
    const paragraphBefore = (table: string) => blocks[blocks.indexOf(table) - 1];
    for (const table of tables.slice(1)) expect(has(paragraphBefore(table), 'w:pageBreakBefore')).toBe(true);
    expect(has(paragraphBefore(tables[0]), 'w:pageBreakBefore')).toBe(false);
  });

  test('the last row of a part does not keep with the page break after it', () => {
    const lastRow = (table: string) => elements(table, 'w:tr').at(-1)!;
    expect(tables.slice(0, 4).map((table) => has(lastRow(table), 'w:keepNext'))).toEqual([false, false, false, false]);
    // Inside a part, a span's rows still keep together.
    expect(has(elements(tables[4], 'w:tr')[1], 'w:keepNext')).toBe(true);
  });

  test('a span broken by a page ends at its foot and starts again at the next page with its continued text', () => {
    const merge = (row: string, column: number) => {
      const found = cellsByColumn(row).get(column)!;
      return has(found, 'w:vMerge') ? (attribute(found, 'w:vMerge', 'w:val') ?? 'continue') : undefined;
    };
    const [, first] = elements(tables[3], 'w:tr');
    expect([merge(first, 0), merge(first, 1)]).toEqual([undefined, undefined]);
    const [, again, after] = elements(tables[4], 'w:tr');
    expect([merge(again, 0), merge(again, 1)]).toEqual(['restart', 'restart']);
    expect([merge(after, 0), merge(after, 1)]).toEqual(['continue', 'continue']);
  });

  test('without the PDF beside it, each table is one Word table, broken by Word', async () => {
    const alone = bodyBlocks(readDocx(await renderDocx(model)).xml('word/document.xml')).filter((block) => block.startsWith('<w:tbl'));
    expect(alone.map((table) => rowTexts(table).length)).toEqual([11, 5]);
    expect(alone.map((table) => elements(table, 'w:tr').filter(isHeader).length)).toEqual([1, 1]);
  });
});
