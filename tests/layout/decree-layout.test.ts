/** The layout of whole decrees, measured in the PDF as a records officer would check it. */
import path from 'node:path';
import { composeDecree, type Variant } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import type { Decree } from '../../src/data/schema';
import { itemMarker } from '../../src/formatters';
import { renderPdf } from '../../src/render/pdf';
import { hasPdftoppm, rasterPage } from '../render-pdf/raster';
import { beginsWith, readPdf, type PdfDump, type PdfPage, type PdfTextItem } from '../support/read-pdf';
import { scheduleOf } from '../support/appendix';

const REPO = path.join(__dirname, '..', '..');
const MM = 72 / 25.4;
const F4 = { short: 215 * MM, long: 330 * MM };

interface Built {
  decree: Decree;
  bytes: Buffer;
  pdf: PdfDump;
}

async function build(file: string, variant: Variant): Promise<Built> {
  const dataFile = path.join(REPO, file);
  const decree = validateDecree(loadYamlFile(dataFile));
  const bytes = await renderPdf(composeDecree(decree, { variant, dataFile }), { bundled: true });
  return { decree, bytes, pdf: await readPdf(bytes) };
}

const isLandscape = (page: PdfPage) => page.width > page.height;

/** The words in the top margin, as one run of text with its extent (the page number). */
function topMargin(page: PdfPage): { text: string; centre: number } | undefined {
  const items = page.items.filter((item) => item.y < 20 * MM && item.str.trim()).sort((a, b) => a.x - b.x);
  if (items.length === 0) return undefined;
  const last = items[items.length - 1];
  return { text: items.map((item) => item.str.trim()).join(' '), centre: (items[0].x + last.x + last.width) / 2 };
}
const catchwordItem = (page: PdfPage) => page.items.find((item) => item.str.endsWith(' . . .'));

/** The page's text lines without the page number and the catchword. */
function contentLines(page: PdfPage): string[] {
  return page.lines.filter((line) => !/^-\s?\d+\s?-$/.test(line) && !line.endsWith(' . . .'));
}

describe.each([
  ['the sample decree', 'data/kpu-sumbawa-barat/2022-035.yaml'],
  ['the layout stress decree', 'tests/fixtures/data/stress.yaml'],
])('%s (certified copy)', (_name, file) => {
  let built: Built;
  beforeAll(async () => {
    built = await build(file, 'salinan');
  });

  test('body pages are portrait F4, then appendix pages landscape F4', () => {
    const orientations = built.pdf.pages.map((page) => (isLandscape(page) ? 'L' : 'P')).join('');
    expect(orientations).toMatch(/^P+L+$/);
    for (const page of built.pdf.pages) {
      expect(Math.min(page.width, page.height)).toBeCloseTo(F4.short, 0);
      expect(Math.max(page.width, page.height)).toBeCloseTo(F4.long, 0);
    }
  });

  test('pages are numbered "- n -" from the second on, centred in the top margin', () => {
    built.pdf.pages.forEach((page, index) => {
      const number = topMargin(page);
      if (index === 0) return expect(number).toBeUndefined();
      expect(number?.text).toBe(`- ${index + 1} -`);
      // Centred between the margins (left 30 mm, right 20 mm), as Word centres a header.
      expect(number!.centre).toBeCloseTo((30 * MM + page.width - 20 * MM) / 2, 0);
    });
  });

  test('each body page but the last ends with the first words of the next page; appendix pages carry none', () => {
    const pages = built.pdf.pages;
    const lastBody = pages.filter((page) => !isLandscape(page)).length - 1;
    pages.forEach((page, index) => {
      const catchword = catchwordItem(page);
      if (index >= lastBody) return expect(catchword).toBeUndefined();
      expect(catchword).toBeDefined();
      const words = catchword!.str.replace(/ \. \. \.$/, '');
      expect(contentLines(pages[index + 1])[0].startsWith(words)).toBe(true);
      // Bottom right: in the bottom margin, ending at the right margin.
      expect(catchword!.y).toBeGreaterThan(page.height - 25 * MM);
      expect(catchword!.x + catchword!.width).toBeCloseTo(page.width - 20 * MM, 0);
    });
  });

  test('both header rows and the column numbers are on every appendix page', () => {
    for (const page of built.pdf.pages.filter(isLandscape)) {
      const lines = contentLines(page).join('\n');
      expect(lines).toMatch(/NO KEGIATAN SUB KEGIATAN/);
      expect(lines).toContain('PELAKSANAAN (BULAN)');
      expect(lines).toContain('1 2 3 4 5 6 7 8 9 10 11 12');
      expect(lines).toContain('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16');
    }
  });

  test('every appendix page names the activity of its first row, "(lanjutan)" where it continues one', () => {
    const appendix = built.pdf.pages.filter(isLandscape);
    for (const page of appendix) {
      const columnNumbers = page.items.find((item) => item.str === '16')!;
      // The NO and KEGIATAN columns under the column numbers.
      const left = page.items.filter((item) => item.y > columnNumbers.y + 1 && item.x < 95 * MM - 2 && item.str.trim());
      const top = Math.min(...left.map((item) => item.y));
      const firstRow = left.filter((item) => Math.abs(item.y - top) < 1).sort((a, b) => a.x - b.x);
      expect(firstRow[0].str).toMatch(/^\d+$/);
      expect(firstRow.length).toBeGreaterThan(1);
    }
    expect(contentLines(appendix.at(-1)!).join(' ')).toContain('(lanjutan)');
  });

  test('the appendix signature starts at the left edge of the LAMPIRAN block, and not after a lone row', () => {
    const appendix = built.pdf.pages.filter(isLandscape);
    const lampiran = appendix[0].items.find((item) => item.str === 'LAMPIRAN')!;
    const last = appendix.at(-1)!;
    const signer = built.decree.penandatangan.nama.toUpperCase();
    const signature = last.items.find((item) => item.str.includes(signer))!;
    expect(signature.x).toBeCloseTo(lampiran.x, 0);
    // Rows of the table on the signature page: their sub-activity texts, each starting a row.
    const columnNumbers = last.items.find((item) => item.str === '16')!;
    const rowStarts = last.items.filter((item) => item.y > columnNumbers.y + 1 && item.y < signature.y && /^[a-z]\.$/.test(item.str));
    expect(rowStarts.length).toBeGreaterThanOrEqual(2);
  });

  test('a wrapped sub-activity hangs under its text, not under its letter', () => {
    const page = built.pdf.pages.filter(isLandscape)[0];
    const letters = page.items.filter((item) => /^[a-z]\.$/.test(item.str) && item.x < 100 * MM);
    const hanging = letters.flatMap((letter) => {
      const text = page.items.find((item) => Math.abs(item.y - letter.y) < 1 && item.x > letter.x + letter.width && item.x < letter.x + 30);
      const next = page.items.find((item) => item.y > letter.y + 2 && item.y < letter.y + letter.height * 1.6 && item.x > letter.x - 2 && item.x < letter.x + 30);
      return text && next && !/^[a-z]\.$/.test(next.str) ? [{ text: text.x, next: next.x, letter: letter.x }] : [];
    });
    expect(hanging.length).toBeGreaterThan(0);
    for (const line of hanging) expect(line.next).toBeCloseTo(line.text, 0);
    // Clear of the rule on the left: the cell's padding.
    for (const letter of letters) expect(letter.x).toBeGreaterThan(95 * MM + 2);
  });

  test('every font is embedded', () => {
    expect(built.pdf.fonts.length).toBeGreaterThan(0);
    for (const font of built.pdf.fonts) expect(font).toMatchObject({ embedded: true });
  });

  (hasPdftoppm ? test : test.skip)('month cells are shaded exactly at the scheduled months', () => {
    const tasks = scheduleOf(built.decree).kegiatan.flatMap((activity) =>
      activity.sub_kegiatan.map((task, t) => ({ ...task, start: `${activity.sub_kegiatan.length > 1 ? `${itemMarker('letter', t)} ` : ''}${task.uraian.replace(/_/g, '')}`.slice(0, 12) })),
    );
    let next = 0;
    built.pdf.pages.forEach((page, index) => {
      if (!isLandscape(page)) return;
      const monthX = monthColumns(page);
      const raster = rasterPage(built.bytes, index + 1, 72);
      for (const line of linesIn(page.items.filter((item) => item.x > 95 * MM - 2 && item.x < monthX[0]))) {
        if (next >= tasks.length || !line.text.startsWith(tasks[next].start)) continue;
        const shaded = monthX.flatMap((x, m) => (raster.grey(x, line.y - line.height * 0.35) < 230 ? [m + 1] : []));
        expect({ task: tasks[next].start, shaded }).toEqual({ task: tasks[next].start, shaded: tasks[next].bulan });
        next++;
      }
    });
    expect(next).toBe(tasks.length);
  });
});

/** Items on one baseline joined into lines, top to bottom. */
function linesIn(items: PdfTextItem[]): { text: string; y: number; height: number }[] {
  const rows = new Map<number, PdfTextItem[]>();
  for (const item of items) rows.set(Math.round(item.y), [...(rows.get(Math.round(item.y)) ?? []), item]);
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, row]) => ({ text: row.sort((a, b) => a.x - b.x).map((item) => item.str).join(' ').replace(/\s+/g, ' '), y, height: row[0].height }));
}

/** Centres of the twelve month columns, from the month numbers of the header row. */
function monthColumns(page: PdfPage): number[] {
  const header = page.items.find((item) => beginsWith(item, 'PELAKSANAAN'))!;
  const numbers = page.items
    .filter((item: PdfTextItem) => item.y > header.y && item.y < header.y + 20 && /^\d+$/.test(item.str))
    .sort((a, b) => a.x - b.x);
  expect(numbers.map((item) => item.str)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  return numbers.map((item) => item.x + item.width / 2);
}
