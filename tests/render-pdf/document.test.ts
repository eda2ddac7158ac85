import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { loadImages } from '../../src/layout/assets';
import type { Grid, LayoutDocument } from '../../src/layout/model';
import { renderPdf } from '../../src/render/pdf';
import { readPdf, type PdfDump, type PdfPage } from '../support/read-pdf';
import { longList, sample } from './fixtures';
import { hasPdftoppm, rasterPage } from './raster';

const PAGE_NUMBER = /^- \d+ -$/;

function contentCentre(doc: LayoutDocument, page: PdfPage): number {
  const { left, right } = doc.page.margins;
  return left + (page.width - left - right) / 2;
}

/** The page's lines without the page number. */
function bodyLines(page: PdfPage): string[] {
  return page.lines.filter((line) => !PAGE_NUMBER.test(line));
}

/** What a reader expects as catchword for a page starting with `line` (see src/render/pdf/catchwords.ts). */
function expectedCatchword(line: string): string {
  const label = /^(.+?) : /.exec(line);
  if (label) return label[1];
  const item = /^(\d+\.|[a-z]\.) (\S+)/.exec(line);
  if (item) return `${item[1]} ${item[2]}`;
  return line.split(' ')[0];
}

/** Checks every page of `pages` but the last: its last line is the catchword for the next page. */
function expectCatchwords(doc: LayoutDocument, pages: PdfPage[]): void {
  pages.slice(0, -1).forEach((page, index) => {
    const next = bodyLines(pages[index + 1])[0];
    expect(page.lines[page.lines.length - 1]).toBe(`${expectedCatchword(next)}${doc.catchwordSuffix}`);
    const catchword = page.items[page.items.length - 1];
    // Bottom right, under the text area.
    expect(catchword.x + catchword.width).toBeCloseTo(page.width - doc.page.margins.right, 0);
    expect(catchword.y).toBeGreaterThan(page.height - doc.page.margins.bottom);
  });
  const last = pages[pages.length - 1];
  expect(last.lines[last.lines.length - 1].endsWith(doc.catchwordSuffix)).toBe(false);
}

describe('PDF of the sample decree', () => {
  const doc = sample();
  let pdf: Buffer;
  let dump: PdfDump;
  let portrait: PdfPage[];
  let landscape: PdfPage[];

  beforeAll(async () => {
    pdf = await renderPdf(doc, { bundled: true });
    dump = await readPdf(pdf);
    portrait = dump.pages.filter((page) => page.width < page.height);
    landscape = dump.pages.filter((page) => page.width > page.height);
  });

  test('F4 portrait pages for the body, then landscape pages for the appendix, which starts a page', () => {
    expect(portrait.length).toBeGreaterThanOrEqual(2);
    expect(landscape.length).toBeGreaterThanOrEqual(1);
    expect(dump.pages).toEqual([...portrait, ...landscape]);
    for (const page of portrait) {
      expect(page.width).toBeCloseTo(doc.page.width, 1);
      expect(page.height).toBeCloseTo(doc.page.height, 1);
    }
    for (const page of landscape) {
      expect(page.width).toBeCloseTo(doc.page.height, 1);
      expect(page.height).toBeCloseTo(doc.page.width, 1);
    }
    expect(bodyLines(landscape[0])[0]).toBe('LAMPIRAN');
    expect(dump.pages[0].lines.slice(0, 3)).toEqual(['SALINAN', 'KOMISI PEMILIHAN UMUM', 'KABUPATEN SUMBAWA BARAT']);
  });

  test('page numbers "- n -" centred in the top margin from page 2 on, landscape ones centred as read', () => {
    expect(dump.pages[0].lines.some((line) => PAGE_NUMBER.test(line))).toBe(false);
    dump.pages.slice(1).forEach((page, index) => {
      const number = page.items.filter((item) => item.y < doc.page.margins.top);
      expect(number.map((item) => item.str).join(' ')).toBe(`- ${index + 2} -`);
      const start = Math.min(...number.map((item) => item.x));
      const end = Math.max(...number.map((item) => item.x + item.width));
      expect((start + end) / 2).toBeCloseTo(contentCentre(doc, page), 0);
      expect(page.lines[0]).toBe(`- ${index + 2} -`);
    });
  });

  test('catchwords at the bottom right of every body page but the last, none in the appendix', () => {
    expectCatchwords(doc, portrait);
    for (const page of landscape) expect(page.lines.some((line) => line.endsWith(doc.catchwordSuffix))).toBe(false);
  });

  test('catchwords sit in the bottom margin: without them the pages break at the same places', async () => {
    const plain = sample();
    for (const section of plain.sections) section.catchwords = false;
    const withoutCatchwords = await readPdf(await renderPdf(plain, { bundled: true }));
    expect(withoutCatchwords.pages.map((page) => bodyLines(page)[0])).toEqual(dump.pages.map((page) => bodyLines(page)[0]));
  });

  test('a grid keeps its hanging indent: continuation lines start under the text column', () => {
    const page = dump.pages[0];
    const mengingat = page.items.find((item) => item.str === 'Mengingat')!;
    const marker = page.items.find((item) => item.str === '1.' && Math.abs(item.y - mengingat.y) < 1)!;
    const textLeft = page.items.find((item) => item.y === mengingat.y && item.x > marker.x)!.x;
    const continuation = page.items.find((item) => item.y > mengingat.y && item.y < mengingat.y + 20)!;
    expect(mengingat.x).toBeCloseTo(doc.page.margins.left, 0);
    expect(continuation.x).toBeCloseTo(textLeft, 0);
    const { columns } = doc.sections[0].blocks.find((block): block is Grid => block.kind === 'grid' && block.rows[0].label === 'Mengingat')!;
    expect(textLeft).toBeCloseTo(doc.page.margins.left + columns.label + columns.colon + columns.marker, 0);
  });

  test('metadata from the model, dated its creation day', () => {
    expect(dump.info).toMatchObject({
      Title: doc.meta.title,
      Subject: doc.meta.subject,
      Author: doc.meta.author,
      Creator: 'naskah',
      CreationDate: 'D:20220202000000Z',
      ModDate: 'D:20220202000000Z',
    });
  });

  test('fonts are embedded', () => {
    expect(dump.fonts.length).toBeGreaterThan(0);
    for (const font of dump.fonts) {
      expect(font.embedded).toBe(true);
      expect(font.name).toMatch(/NotoSerif/);
    }
  });

  test('the same model gives the same bytes', async () => {
    expect((await renderPdf(doc, { bundled: true })).equals(pdf)).toBe(true);
  });
});

test('keep-with-next: the last dictum moves to the page of the signature', async () => {
  const lastDictum = (pages: PdfPage[]) =>
    pages.findIndex((page) => page.lines.some((line) => line.startsWith('KEDUA : Keputusan ini mulai berlaku')));
  const signature = (pages: PdfPage[]) => pages.findIndex((page) => page.lines.includes('DENNY SAPUTRA'));
  // With 10 Mengingat items (the sample's four, again and again) the last dictum fits on page 2, the signature under it does not.
  const longer = (keep: boolean) => {
    const doc = sample();
    const mengingat = doc.sections[0].blocks.find((block) => block.kind === 'grid' && block.rows[0].label === 'Mengingat');
    if (mengingat?.kind === 'grid') {
      const rows = mengingat.rows;
      mengingat.rows = Array.from({ length: 10 }, (_, i) => ({ ...rows[i % rows.length], label: i === 0 ? 'Mengingat' : '' }));
    }
    if (!keep) for (const block of doc.sections[0].blocks) block.keepWithNext = false;
    return doc;
  };
  const unkept = (await readPdf(await renderPdf(longer(false), { bundled: true }))).pages;
  expect(lastDictum(unkept)).toBe(signature(unkept) - 1);
  const kept = (await readPdf(await renderPdf(longer(true), { bundled: true }))).pages;
  expect(lastDictum(kept)).toBe(signature(kept));
  expect(bodyLines(kept[lastDictum(kept)])[0]).toMatch(/^KEDUA : /);
});

test('catchwords of pages that start with a numbered item: marker and first word', async () => {
  const doc = longList();
  const dump = await readPdf(await renderPdf(doc, { bundled: true }));
  expect(dump.pages.length).toBeGreaterThanOrEqual(3);
  expectCatchwords(doc, dump.pages);
  expect(dump.pages[0].lines.at(-1)).toMatch(/^\d+\. Peraturan \. \. \.$/);
});

test('restarted page numbers: the appendix counts from 1 again', async () => {
  const doc = sample();
  doc.sections[1].restartPageNumbers = true;
  const dump = await readPdf(await renderPdf(doc, { bundled: true }));
  const appendix = dump.pages.findIndex((page) => page.width > page.height);
  expect(dump.pages[appendix].lines[0]).toBe('- 1 -');
  expect(dump.pages[appendix - 1].lines[0]).toBe(`- ${appendix} -`);
});

test('a watermark on every page', async () => {
  const doc = sample();
  doc.watermark = { text: 'KONSEP', color: '8C8C8C', outline: 1 };
  const dump = await readPdf(await renderPdf(doc, { bundled: true }));
  for (const page of dump.pages) {
    const mark = page.items.find((item) => item.str === 'KONSEP');
    expect(mark?.fontSize).toBeGreaterThan(60);
  }
});

(hasPdftoppm ? test : test.skip)('an image at its width, centred', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-pdf-'));
  try {
    const png = new PNG({ width: 40, height: 20 });
    for (let at = 0; at < png.data.length; at += 4) png.data.set([0, 0, 0, 255], at);
    const file = path.join(dir, 'logo.png');
    fs.writeFileSync(file, PNG.sync.write(png));
    const doc = sample();
    doc.sections[0].blocks.unshift({ kind: 'image', path: file, width: 100, align: 'center' });
    const raster = rasterPage(await renderPdf(doc, { bundled: true, images: loadImages(doc) }), 1);
    const { left, right, top } = doc.page.margins;
    const centre = left + (doc.page.width - left - right) / 2;
    // 100 × 50 pt from the top of the text area.
    for (const [x, y] of [[centre - 48, top + 2], [centre + 48, top + 48], [centre, top + 25]]) {
      expect(raster.grey(x, y)).toBeLessThan(30);
    }
    for (const [x, y] of [[centre - 53, top + 25], [centre + 53, top + 25]]) expect(raster.grey(x, y)).toBeGreaterThan(230);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
