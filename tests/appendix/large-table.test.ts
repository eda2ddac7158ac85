/**
 * Appendix tables many pages long, as a reader checks them in the PDF: the header row on every page,
 * a group or an activity broken by a page named again at the top of the next, no row lost; and the
 * number of layouts the same for a table ten times as long.
 */
import path from 'node:path';
import { composeDecree } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import type { Decree } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { renderPdf } from '../../src/render/pdf';
import { readPdf, type PdfDump } from '../support/read-pdf';

const DATA = path.join(__dirname, '..', '..', 'data');
const PPS = path.join(DATA, 'kpu-sumbawa', '2024-104-pps.yaml');
const SAMPLE = path.join(DATA, 'kpu-sumbawa-barat', '2022-035.yaml');

/** Every layout pdfmake makes, measuring ones included. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const layoutBuilder = require('pdfmake/js/LayoutBuilder').default.prototype;

async function render(file: string, decree: Decree): Promise<{ pdf: PdfDump; layouts: number }> {
  const layouts = jest.spyOn(layoutBuilder, 'layoutDocument');
  try {
    const bytes = await renderPdf(composeDecree(decree, { variant: 'asli', dataFile: file }), { bundled: true });
    return { pdf: await readPdf(bytes), layouts: layouts.mock.calls.length };
  } finally {
    layouts.mockRestore();
  }
}

/** The PPS decree with its districts `times` over, each copy's districts numbered ("KECAMATAN ALAS 2"). */
function namesTimes(times: number): Decree {
  const decree = validateDecree(loadYamlFile(PPS));
  const [appendix] = decree.lampiran;
  if (appendix.jenis !== 'tabel') throw new Error('the PPS decree has a table appendix');
  const districts = appendix.baris;
  appendix.baris = Array.from({ length: times }, (_, copy) =>
    districts.map((district) => ({ ...structuredClone(district), ...('kelompok' in district ? { kelompok: `${district.kelompok} ${copy + 1}` } : {}) })),
  ).flat();
  return decree;
}

/** The sample with each activity's sub-activities `times` over. */
function scheduleTimes(times: number): Decree {
  const decree = validateDecree(loadYamlFile(SAMPLE));
  for (const appendix of decree.lampiran) {
    if (appendix.jenis !== 'jadwal') continue;
    for (const activity of appendix.kegiatan) activity.sub_kegiatan = Array.from({ length: times }, () => activity.sub_kegiatan).flat();
  }
  return decree;
}

/**
 * Layouts a document of one long table takes whatever its length: a first one, at most two measuring
 * continuation lines, the one with the table's pages planned, and one more where keep-with-next moves
 * the last rows to the signature.
 */
const MOST_LAYOUTS = 5;

const appendixPages = (pdf: PdfDump) => pdf.pages.slice(pdf.pages.findIndex((page) => page.lines.includes('LAMPIRAN')));

describe('a table of some 3,400 names in districts and villages', () => {
  let small: { pdf: PdfDump; layouts: number };
  let large: { pdf: PdfDump; layouts: number };
  beforeAll(async () => {
    small = await render(PPS, namesTimes(1));
    large = await render(PPS, namesTimes(5));
  }, 600_000);

  test('every page of the appendix starts with the header row, and a village or district broken by the page with its name (lanjutan)', () => {
    const pages = appendixPages(large.pdf);
    expect(pages.length).toBeGreaterThan(70);
    let open: string[] = [];
    let continued = 0;
    pages.forEach((page, index) => {
      const header = page.lines.indexOf('NO NAMA JABATAN ALAMAT');
      expect(header).toBeGreaterThanOrEqual(0);
      const body = page.lines.slice(header + 1);
      const leading = body.slice(0, 2).filter((line) => line.endsWith(' (lanjutan)'));
      if (index > 0 && !/^(KECAMATAN|DESA|KELURAHAN) /.test(body[leading.length])) {
        expect(leading).toEqual(open.map((heading) => `${heading} (lanjutan)`));
      }
      continued += leading.length;
      for (const line of body) {
        if (line.startsWith('KECAMATAN ')) open = [line];
        else if (/^(DESA|KELURAHAN) /.test(line)) open = [open[0], line];
      }
    });
    expect(continued).toBeGreaterThan(40);
  });

  test('no member is lost: as many numbered rows as the data has members', () => {
    const members = (decree: Decree) => JSON.stringify(decree.lampiran).match(/"(Ketua|Anggota)"/g)!.length;
    const numbered = appendixPages(large.pdf).flatMap((page) => page.lines.filter((line) => /^\d+\. .* (Ketua|Anggota) /.test(line)));
    expect(numbered.length).toBe(members(namesTimes(5)));
  });

  test('five times the rows take no more layouts', () => {
    expect(small.layouts).toBeLessThanOrEqual(MOST_LAYOUTS);
    expect(large.layouts).toBeLessThanOrEqual(MOST_LAYOUTS);
  });
});

describe('a schedule of some 860 sub-activities', () => {
  let small: { pdf: PdfDump; layouts: number };
  let large: { pdf: PdfDump; layouts: number };
  beforeAll(async () => {
    small = await render(SAMPLE, scheduleTimes(1));
    large = await render(SAMPLE, scheduleTimes(10));
  }, 600_000);

  test('every page of the appendix has the header rows, and an activity broken by the page is named on the next (lanjutan)', () => {
    const pages = appendixPages(large.pdf);
    expect(pages.length).toBeGreaterThan(50);
    let named = 0;
    pages.forEach((page, index) => {
      expect(page.lines.some((line) => line === 'NO KEGIATAN SUB KEGIATAN KET.')).toBe(true);
      const body = page.lines.slice(page.lines.findIndex((line) => line.startsWith('1 2 3 4 5 6 7 8 9 10 11 12 13')) + 1);
      // A page that does not begin with a new activity (its number first) begins inside one, which is named again.
      if (index > 0 && !/^\d+ /.test(body[0])) throw new Error(`page ${index + 1} of the appendix begins without its activity: ${body[0]}`);
      if (body.slice(0, 3).some((line) => line.includes('(lanjutan)'))) named++;
    });
    expect(named).toBeGreaterThan(30);
  });

  test('ten times the rows take no more layouts', () => {
    expect(small.layouts).toBeLessThanOrEqual(MOST_LAYOUTS);
    expect(large.layouts).toBeLessThanOrEqual(MOST_LAYOUTS);
  });
});
