/**
 * The appendices as a reader finds them: text and order read from the PDF (pdfjs) and from the DOCX's
 * XML, orientation per appendix, header rows and group continuations on every page (of the PDF, and of
 * the DOCX built beside it as LibreOffice lays it out), Roman numerals, hanging indents measured on the
 * page; the DOCX valid and opened by LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeDecree } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { isCovered, type Table, type TableSlot } from '../../src/layout/model';
import { chooseFont } from '../../src/layout/fonts';
import type { TableBreaks } from '../../src/layout/table-breaks';
import { renderDocx } from '../../src/render/docx';
import { renderPdf, renderPdfPlaced } from '../../src/render/pdf';
import { attribute, elements, has, readDocx, text } from '../support/docx';
import { beginsWith, readPdf, type PdfDump, type PdfPage, type PdfTextItem } from '../support/read-pdf';
import { toolAvailable } from '../support/tools';
import { expectValidDocx } from '../support/validate-docx';

const DATA = path.join(__dirname, '..', '..', 'data');
const PPS = path.join(DATA, 'kpu-sumbawa', '2024-104-pps.yaml');
const GUIDELINE = path.join(DATA, 'kpu-sumbawa-barat', '2023-012-pedoman.yaml');
const NO_APPENDIX = path.join(DATA, 'kpu-sumbawa-barat', '2023-031-paw-ppk.yaml');

const layoutOf = (file: string) => composeDecree(validateDecree(loadYamlFile(file)), { variant: 'asli', dataFile: file });
const pdfOf = async (file: string) => readPdf(await renderPdf(layoutOf(file), { bundled: true }));
const allLines = (pdf: PdfDump) => pdf.pages.flatMap((page) => page.lines);
const pageWith = (pdf: PdfDump, line: string) => pdf.pages.findIndex((page) => page.lines.includes(line));

const NAMES_HEADER = 'NO NAMA JABATAN ALAMAT';
const namesTable = layoutOf(PPS).sections[1].blocks.find((block): block is Table => block.kind === 'table')!;
const cellOf = (slot: TableSlot) => (isCovered(slot) ? undefined : slot);
const headings = new Set(namesTable.groups!.map((group) => cellOf(namesTable.rows[group.heading][0])!.runs[0].text));

/** The pages of the PPS sample's appendix, from its first. */
const appendixPagesOf = (pdf: PdfDump) => pdf.pages.slice(pageWith(pdf, 'LAMPIRAN'));

/**
 * Every page that breaks a group starts with that group again, marked (lanjutan), outer group first, under
 * the header row; `pages` are the appendix's.
 */
function expectGroupsContinued(pages: PdfPage[]): void {
  let open: string[] = [];
  let continued = 0;
  pages.forEach((page, index) => {
    const body = page.lines.slice(page.lines.indexOf(NAMES_HEADER) + 1);
    const leading = body.slice(0, 2).filter((line) => line.endsWith(' (lanjutan)'));
    // The continuation lines name the groups open at the end of the previous page, outer first.
    if (index > 0) expect(leading).toEqual(open.map((heading) => `${heading} (lanjutan)`).slice(0, leading.length));
    if (index > 0 && !headings.has(body[leading.length])) expect(leading.length).toBe(open.length);
    continued += leading.length;
    for (const line of body) {
      if (!headings.has(line)) continue;
      open = line.startsWith('KECAMATAN') ? [line] : [open[0], line];
    }
  });
  expect(continued).toBeGreaterThan(0);
}

describe('PDF of a table of names (PPS of every village)', () => {
  let pdf: PdfDump;
  const names = namesTable.rows.flatMap((row) => {
    const [first, second] = row.map(cellOf);
    return second && !first?.runs.some((run) => run.bold) && first?.runs[0]?.text !== 'NO' ? [second.runs[0].text] : [];
  });

  // Laying out some 20 pages several times over takes a while on a busy machine.
  beforeAll(async () => {
    pdf = await pdfOf(PPS);
  }, 600_000);

  const appendixPages = () => appendixPagesOf(pdf);

  test('every name, in the order of the data', () => {
    // A cell's lines are drawn one after the other, so a name wrapped in its cell reads on in the next text.
    const texts = appendixPages()
      .flatMap((page) => page.items.map((item) => item.str.trim()))
      .join(' ');
    let from = 0;
    const missing = names.filter((name) => {
      const at = texts.indexOf(` ${name} `, from);
      if (at < 0) return true;
      from = at + name.length;
      return false;
    });
    expect(missing).toEqual([]);
  });

  test('the header row stands at the top of the table on every page of the appendix', () => {
    const pages = appendixPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(page.lines).toContain(NAMES_HEADER);
  });

  test('a page that breaks a group starts with that group again, marked (lanjutan)', () => {
    expectGroupsContinued(appendixPages());
  });

  test('a group heading never stands last on its page', () => {
    for (const page of appendixPages()) {
      const body = page.lines.filter((line) => !/^- \d+ -$/.test(line));
      const last = body[body.length - 1];
      expect(headings.has(last)).toBe(false);
    }
  });

  test('the appendix is portrait like the body', () => {
    for (const page of pdf.pages) expect(page.height).toBeGreaterThan(page.width);
  });
});

describe('PDF of a guideline: LAMPIRAN I a text, LAMPIRAN II a table', () => {
  let pdf: PdfDump;
  beforeAll(async () => {
    pdf = await pdfOf(GUIDELINE);
  }, 600_000);

  test('Roman numerals in the appendix headers and in the citations', () => {
    const lines = allLines(pdf);
    expect(lines).toContain('LAMPIRAN I');
    expect(lines).toContain('LAMPIRAN II');
    const body = pdf.pages.slice(0, pageWith(pdf, 'LAMPIRAN I')).flatMap((page) => page.lines).join(' ');
    expect(body).toContain('tercantum dalam Lampiran I yang');
    expect(body).toContain('tercantum dalam Lampiran II yang');
  });

  test('orientation per appendix: body and text portrait, the table landscape', () => {
    const second = pageWith(pdf, 'LAMPIRAN II');
    pdf.pages.forEach((page, index) => expect(page.width > page.height).toBe(index >= second));
  });

  test('chapters in order, each BAB over its title', () => {
    const lines = allLines(pdf);
    const chapters = ['BAB I', 'BAB II', 'BAB III', 'BAB IV'].map((line) => lines.indexOf(line));
    expect(chapters.every((index, i) => index > 0 && (i === 0 || index > chapters[i - 1]))).toBe(true);
    expect(chapters.map((index) => lines[index + 1])).toEqual(['PENDAHULUAN', 'PELAKSANAAN', 'PELAPORAN', 'PENUTUP']);
  });

  test('hanging indents: a nested item stands one step further in, and its wrapped lines hang under its text', () => {
    const items = pdf.pages.flatMap((page) => page.items);
    const at = (marker: string, word: string) => {
      const index = items.findIndex((item, i) => item.str.trim() === marker && items[i + 1]?.str.trimStart().startsWith(word));
      return { marker: items[index], text: items[index + 1], index };
    };
    const first = at('1.', 'Petugas');
    const nested = at('b.', 'Dalam');
    const step = first.text.x - first.marker.x;
    expect(step).toBeGreaterThan(10);
    expect(nested.marker.x).toBeCloseTo(first.text.x, 0);
    expect(nested.text.x - nested.marker.x).toBeCloseTo(step, 0);
    // The next line of the wrapped item starts under its text, not under its marker.
    const next = items.slice(nested.index + 2).find((item: PdfTextItem) => item.y > nested.text.y + 1)!;
    expect(next.x).toBeCloseTo(nested.text.x, 0);
  });

  test("on a portrait page the header block holds the institution's line whole, at the signature's left edge", () => {
    const first = pageWith(pdf, 'LAMPIRAN I');
    const lines = pdf.pages[first].lines;
    expect(lines[lines.indexOf('LAMPIRAN I') + 1]).toBe('KEPUTUSAN KOMISI PEMILIHAN UMUM');
    const signature = pdf.pages.findIndex((page, index) => index > first && page.lines.includes('DENNY SAPUTRA'));
    const left = (page: number, word: string) => pdf.pages[page].items.find((item) => beginsWith(item, word))!.x;
    expect(left(signature, 'KETUA')).toBeCloseTo(left(first, 'LAMPIRAN'), 0);
  });

  test("the text's last paragraph goes to the page of the signature, never the signature alone", () => {
    const signature = pdf.pages.findIndex((page, index) => index > pageWith(pdf, 'LAMPIRAN I') && page.lines.includes('DENNY SAPUTRA'));
    expect(pdf.pages[signature].lines.join(' ')).toContain('rapat pleno Komisi Pemilihan Umum Kabupaten Sumbawa Barat.');
  });

  test('the table inside the text and the table of LAMPIRAN II keep their rows', () => {
    const lines = allLines(pdf);
    expect(lines).toContain('NO SUMBER DATA JENIS DATA');
    expect(lines.some((line) => line.startsWith('4. Pemerintah desa dan kelurahan'))).toBe(true);
    expect(lines).toContain('NO KEGIATAN WAKTU PELAKSANA');
    expect(lines.indexOf('TRIWULAN I')).toBeLessThan(lines.indexOf('TRIWULAN IV'));
  });
});

describe('PDF of a decree without an appendix', () => {
  test('it ends at the signature', async () => {
    const pdf = await pdfOf(NO_APPENDIX);
    expect(allLines(pdf).some((line) => line.startsWith('LAMPIRAN'))).toBe(false);
    expect(allLines(pdf)[allLines(pdf).length - 1]).toBe('DENNY SAPUTRA');
  }, 600_000);
});

describe('DOCX', () => {
  const docxOf = (file: string) => renderDocx(layoutOf(file));

  test('a section per appendix, the table landscape; items on tab stops with hanging indents', async () => {
    const docx = await docxOf(GUIDELINE);
    expectValidDocx(docx);
    const document = readDocx(docx).xml('word/document.xml');
    const sections = [...document.matchAll(/<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
    expect(sections.map((section) => attribute(section, 'w:pgSz', 'w:orient') ?? 'portrait')).toEqual(['portrait', 'portrait', 'landscape']);
    const paragraphs = elements(document, 'w:body')[0].match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [];
    const item = paragraphs.find((paragraph) => text(paragraph).startsWith('b.') && text(paragraph).includes('pencocokan dan penelitian terbatas'))!;
    expect(has(item, 'w:tab')).toBe(true);
    const hanging = Number(attribute(item, 'w:ind', 'w:hanging'));
    const left = Number(attribute(item, 'w:ind', 'w:left') ?? attribute(item, 'w:ind', 'w:start'));
    expect(hanging).toBeGreaterThan(0);
    expect(Number(attribute(item, 'w:tab', 'w:pos'))).toBe(left);
    const texts = paragraphs.map(text);
    expect(texts).toContain('LAMPIRAN I');
    expect(texts).toContain('LAMPIRAN II');
    expect(texts.indexOf('BAB I')).toBeLessThan(texts.indexOf('BAB II'));
  }, 600_000);

  test('the name table repeats its header row; group headings span the row and keep with the next', async () => {
    const docx = await docxOf(PPS);
    expectValidDocx(docx);
    const document = readDocx(docx).xml('word/document.xml');
    const tables = elements(elements(document, 'w:body')[0], 'w:tbl');
    const names = tables[tables.length - 2];
    const rows = elements(names, 'w:tr');
    expect(has(rows[0], 'w:tblHeader')).toBe(true);
    expect(text(rows[0])).toBe('NONAMAJABATANALAMAT');
    const heading = rows.find((row) => text(row) === 'DESA LUNYUK REA')!;
    expect(attribute(heading, 'w:gridSpan', 'w:val')).toBe('4');
    expect(has(heading, 'w:keepNext')).toBe(true);
    expect(rows.filter((row) => /^\d+\./.test(text(row)))).toHaveLength(495);
  }, 600_000);

  test('LibreOffice opens both and lays out their appendices', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-lo-'));
    try {
      for (const [name, file] of [['pedoman', GUIDELINE], ['pps', PPS]] as const) writeFileSync(path.join(dir, `${name}.docx`), await docxOf(file));
      const run = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'pedoman.docx', 'pps.docx'], { cwd: dir, encoding: 'utf8', timeout: 900_000 });
      expect(run.error).toBeUndefined();
      const guideline = allLines(await readPdf(readFileSync(path.join(dir, 'pedoman.pdf'))));
      expect(guideline).toContain('LAMPIRAN II');
      expect(guideline).toContain('BAB IV');
      const pps = await readPdf(readFileSync(path.join(dir, 'pps.pdf')));
      // Where LibreOffice breaks a DOCX drawn without the PDF's breaks is its own affair (it ignores keep-with-next
      // from a table's rows); the DOCX the build writes is checked below.
      expect(pps.pages.length).toBeGreaterThan(10);
      expect(pps.pages.filter((page) => page.lines.includes(NAMES_HEADER)).length).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});

// The PDF in the typeface the build embeds on this machine: the free stand-in of the office's, which
// LibreOffice takes for it too, so that its pages break where the PDF's do.
const standIn = toolAvailable(
  chooseFont(layoutOf(PPS).font.family).name !== chooseFont(layoutOf(PPS).font.family, { bundled: true }).name,
  `no free stand-in for ${layoutOf(PPS).font.family} is installed (fonts-texgyre): the DOCX's pages as LibreOffice breaks them`,
);

(standIn ? describe : describe.skip)('DOCX of the table of names built beside its PDF: broken where the PDF breaks it', () => {
  let docx: Buffer;
  let tableBreaks: TableBreaks;
  let pdfPages: PdfPage[];
  /** The body's paragraphs and tables in order, and the parts of the table of names among them. */
  let blocks: string[];
  let parts: string[];

  beforeAll(async () => {
    const placed = await renderPdfPlaced(layoutOf(PPS));
    tableBreaks = placed.tableBreaks;
    pdfPages = appendixPagesOf(await readPdf(placed.bytes));
    docx = await renderDocx(layoutOf(PPS), { tableBreaks });
    blocks = elements(elements(readDocx(docx).xml('word/document.xml'), 'w:body')[0], 'w:(?:p|tbl)');
    parts = blocks.filter((block) => block.startsWith('<w:tbl') && text(elements(block, 'w:tr')[0]) === 'NONAMAJABATANALAMAT');
  }, 600_000);

  test('valid, and the same bytes when built again', async () => {
    expectValidDocx(docx);
    expect((await renderDocx(layoutOf(PPS), { tableBreaks })).equals(docx)).toBe(true);
  }, 600_000);

  test("a Word table per page of the PDF's table, each after the first beginning a page", () => {
    // The table's last page also holds the signature, which the header row's page count includes.
    expect(parts.length).toBe(pdfPages.filter((page) => page.lines.includes(NAMES_HEADER)).length);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts.slice(1)) expect(has(blocks[blocks.indexOf(part) - 1], 'w:pageBreakBefore')).toBe(true);
  });

  test("each part begins with the header row and the PDF page's continuation lines, all header rows to Word", () => {
    const leading = (lines: string[]) => lines.slice(lines.indexOf(NAMES_HEADER) + 1).filter((line, i) => i < 2 && line.endsWith(' (lanjutan)'));
    parts.forEach((part, i) => {
      const rows = elements(part, 'w:tr');
      const header = rows.filter((row) => has(row, 'w:tblHeader')).map(text);
      expect(header).toEqual(['NONAMAJABATANALAMAT', ...leading(pdfPages[i].lines)]);
      // The header rows come first; no row below them is one.
      expect(rows.slice(0, header.length).every((row) => has(row, 'w:tblHeader'))).toBe(true);
    });
    expect(parts.flatMap((part) => elements(part, 'w:tr').map(text)).filter((row) => row.endsWith('(lanjutan)')).length).toBeGreaterThan(10);
  });

  test('as LibreOffice lays it out, every page of the table names its district, and the groups a page breaks go on marked (lanjutan)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-lo-'));
    try {
      writeFileSync(path.join(dir, 'pps.docx'), docx);
      // A profile of its own, so that a LibreOffice running elsewhere on the machine does not take the conversion.
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      const run = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, 'pps.docx'], { cwd: dir, encoding: 'utf8', timeout: 900_000 });
      expect(run.error).toBeUndefined();
      const appendixPages = appendixPagesOf(await readPdf(readFileSync(path.join(dir, 'pps.pdf'))));
      // The signature stands with the table's last rows, never alone on a page.
      expect(appendixPages[appendixPages.length - 1].lines).toContain(NAMES_HEADER);
      const pages = appendixPages.filter((page) => page.lines.includes(NAMES_HEADER));
      expect(pages.length).toBeGreaterThan(10);
      for (const page of pages) expect(page.lines[page.lines.indexOf(NAMES_HEADER) + 1]).toMatch(/^KECAMATAN /);
      expectGroupsContinued(pages);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
