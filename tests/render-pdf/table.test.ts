import { isCovered, type LayoutDocument, type Table } from '../../src/layout/model';
import { renderPdf } from '../../src/render/pdf';
import { beginsWith, firstWordOf, readPdf, type PdfDump, type PdfPage, type PdfTextItem } from '../support/read-pdf';
import { MONTHS, longSpan, scheduledMonths } from './fixtures';
import { darkestAlong, hasPdftoppm, rasterPage, type Raster } from './raster';

const SUB_ACTIVITIES = 40;
const INK = 128;
const PAPER = 235;

/** Left edges of the table's columns (and its right edge), in points from the page's left. */
function columnEdges(doc: LayoutDocument): number[] {
  const table = doc.sections[1].blocks.find((block): block is Table => block.kind === 'table')!;
  return table.widths.reduce((edges, width) => [...edges, edges[edges.length - 1] + width], [doc.page.margins.left]);
}

/** The first word of each sub-activity row on a page: "12)" … */
function subActivityRows(page: PdfPage): { index: number; item: PdfTextItem }[] {
  return page.items
    .filter((item) => /^\d+\)$/.test(firstWordOf(item)))
    .map((item) => ({ index: Number.parseInt(item.str, 10) - 1, item }));
}

function tablePages(dump: PdfDump): PdfPage[] {
  return dump.pages.filter((page) => page.lines.includes('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16'));
}

describe('a row span of 40 sub-activities over several landscape pages', () => {
  const doc = longSpan(SUB_ACTIVITIES);
  const edges = columnEdges(doc);
  const spanColumn = edges[2] - 5; // inside KEGIATAN, right of its text
  const emptyColumn = edges[16] - 5; // inside KET., always empty
  let pdf: Buffer;
  let pages: PdfPage[];
  const rasters = new Map<PdfPage, Raster>();
  const raster = (page: PdfPage): Raster => {
    let pixels = rasters.get(page);
    if (!pixels) rasters.set(page, (pixels = rasterPage(pdf, pageNumberOf(page))));
    return pixels;
  };

  beforeAll(async () => {
    pdf = await renderPdf(doc, { bundled: true });
    pages = tablePages(await readPdf(pdf));
  });

  test('the header rows repeat on every page of the table, spanning headings centred over their rows', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const baseline = (word: string) => page.items.find((item) => beginsWith(item, word))!.y;
      const months = page.items.find((item) => item.str === '12' && item.y > baseline('PELAKSANAAN'))!.y;
      for (const heading of ['NO', 'KEGIATAN', 'KET.']) {
        expect(baseline(heading)).toBeCloseTo((baseline('PELAKSANAAN') + months) / 2, 0);
      }
      expect(page.lines).toContain('PELAKSANAAN (BULAN)');
      expect(page.lines).toContain('NO KEGIATAN SUB KEGIATAN KET.');
      expect(page.lines).toContain('1 2 3 4 5 6 7 8 9 10 11 12');
    }
  });

  test('every cell text is printed once: the spanning cells on their first page only', () => {
    const lines = pages.flatMap((page) => page.lines);
    expect(lines.filter((line) => line.includes('Tim Kerja Zona Integritas'))).toHaveLength(1);
    expect(pages[0].lines.some((line) => line.includes('Tim Kerja Zona Integritas'))).toBe(true);
    const printed = pages.flatMap(subActivityRows).map((row) => row.index);
    expect(printed).toEqual(Array.from({ length: SUB_ACTIVITIES }, (_, index) => index));
  });

  (hasPdftoppm ? test : test.skip)('the span is one cell on each page: no inner rules, closed at the page bottom, reopened under the header', () => {
    pages.forEach((page, pageIndex) => {
      const pixels = raster(page);
      const rows = subActivityRows(page);
      // Between two sub-activity rows: a rule in the ordinary column, none in the span.
      for (let i = 1; i < rows.length; i++) {
        const [above, below] = [rows[i - 1].item.y + 2, rows[i].item.y - 9];
        expect(darkestAlong(pixels, emptyColumn, above, below)).toBeLessThan(INK);
        expect(darkestAlong(pixels, spanColumn, above, below)).toBeGreaterThan(PAPER);
      }
      const first = rows[0].item.y;
      const last = rows[rows.length - 1].item.y;
      if (pageIndex < pages.length - 1) {
        expect(darkestAlong(pixels, spanColumn, last + 2, last + 30)).toBeLessThan(INK);
      }
      const numbering = page.items.find((item) => item.str === '16')!;
      expect(darkestAlong(pixels, spanColumn, numbering.y + 1, first - 9)).toBeLessThan(INK);
      // The side rules of the span run through.
      for (let y = first; y <= last; y += 1) {
        const side = Math.min(pixels.grey(edges[1] - 0.5, y), pixels.grey(edges[1], y), pixels.grey(edges[1] + 0.5, y));
        expect(side).toBeLessThan(INK);
      }
    });
  });

  (hasPdftoppm ? test : test.skip)('months are shaded exactly where scheduled', () => {
    for (const page of pages) {
      const pixels = raster(page);
      for (const { index, item } of subActivityRows(page)) {
        const months = scheduledMonths(index);
        for (let month = 0; month < MONTHS; month++) {
          const grey = pixels.grey((edges[3 + month] + edges[4 + month]) / 2, item.y - 3);
          if (months.includes(month)) expect(Math.abs(grey - 0xbf)).toBeLessThan(12);
          else expect(grey).toBeGreaterThan(PAPER);
        }
      }
    }
  });

  function pageNumberOf(page: PdfPage): number {
    return Number(/^- (\d+) -$/.exec(page.lines[0])![1]);
  }
});

test('keep-with-next: the last table rows move to the page of the signature when that one does not fit', async () => {
  // With 35 sub-activities the signature does not fit under the table's last row; two rows go with it, so none stands alone.
  const dump = await readPdf(await renderPdf(longSpan(35), { bundled: true }));
  const last = dump.pages[dump.pages.length - 1];
  const numbering = last.lines.indexOf('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16');
  expect(last.lines.slice(numbering + 1, numbering + 3)).toEqual(['2 Perubahan Pola Pikir a. Keterlibatan pimpinan;', 'b. Pembentukan agen perubahan.']);
  expect(last.lines.join(' ')).toContain('DENNY SAPUTRA');
  const before = dump.pages[dump.pages.length - 2];
  expect(before.lines.at(-1)).toMatch(/^35\) Langkah kerja nomor 35/);
  // Without the keep, the signature would start the last page alone.
  const unkept = longSpan(35);
  for (const block of unkept.sections[1].blocks) block.keepWithNext = false;
  const pages = (await readPdf(await renderPdf(unkept, { bundled: true }))).pages;
  expect(pages.at(-1)!.lines.slice(1, 3)).toEqual(['Taliwang, 2 Februari 2022', 'KETUA KOMISI PEMILIHAN UMUM']);
});

(hasPdftoppm ? test : test.skip)('a table without header rows: a span broken by a page is closed at its foot and opened at the next head', async () => {
  // Without header rows a page holds more of them: enough for a page that the span both enters and leaves.
  const doc = longSpan(60);
  const table = doc.sections[1].blocks.find((block): block is Table => block.kind === 'table')!;
  const { headerRows } = table;
  table.rows = table.rows
    .slice(headerRows)
    .map((row) => row.map((slot) => (isCovered(slot) ? { coveredBy: { ...slot.coveredBy, row: slot.coveredBy.row - headerRows } } : slot)));
  table.headerRows = 0;
  const edges = columnEdges(doc);
  const spanColumn = edges[2] - 5;
  const pdf = await renderPdf(doc, { bundled: true });
  const pages = (await readPdf(pdf)).pages
    .map((page, index) => ({ page, number: index + 1, rows: subActivityRows(page) }))
    .filter(({ rows }) => rows.length > 0);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  pages.forEach(({ number, rows }, index) => {
    const pixels = rasterPage(pdf, number);
    const first = rows[0].item.y;
    const last = rows[rows.length - 1].item.y;
    for (let i = 1; i < rows.length; i++) {
      expect(darkestAlong(pixels, spanColumn, rows[i - 1].item.y + 2, rows[i].item.y - 9)).toBeGreaterThan(PAPER);
    }
    if (index > 0) expect(darkestAlong(pixels, spanColumn, first - 14, first - 8)).toBeLessThan(INK);
    if (index < pages.length - 1) expect(darkestAlong(pixels, spanColumn, last + 2, last + 30)).toBeLessThan(INK);
  });
});
