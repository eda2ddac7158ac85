/**
 * Offices' variants, each built from a fixture (data and the office's own template, tests/fixtures/variants/)
 * and read back from the PDF: the text a reader sees and where it stands.
 */
import { loadImages } from '../../src/layout/assets';
import path from 'node:path';
import { composeDecree, type Variant } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import type { Decree } from '../../src/data/schema';
import type { LayoutDocument } from '../../src/layout/model';
import { renderPdf } from '../../src/render/pdf';
import { beginsWith, readPdf, type PdfDump, type PdfPage, type PdfTextItem } from '../support/read-pdf';

const REPO = path.join(__dirname, '..', '..');
const VARIANTS = path.join(REPO, 'tests', 'fixtures', 'variants');
const SAMPLE = path.join(REPO, 'data', 'kpu-sumbawa-barat', '2022-035.yaml');
const MM = 72 / 25.4;

interface Built {
  layout: LayoutDocument;
  pdf: PdfDump;
}

async function build(dataFile: string, variant: Variant, change?: (decree: Decree) => void): Promise<Built> {
  const decree = validateDecree(loadYamlFile(dataFile));
  change?.(decree);
  const layout = composeDecree(decree, { variant, dataFile });
  return { layout, pdf: await readPdf(await renderPdf(layout, { bundled: true, images: loadImages(layout) })) };
}

const fixture = (office: string, file: string) => path.join(VARIANTS, office, file);
const allLines = (pdf: PdfDump) => pdf.pages.flatMap((page) => page.lines);
/** The page's text lines without what stands in the top and bottom margins (page number, catchword). */
const bodyLines = (page: PdfPage) => {
  const inBody = page.items.filter((item) => item.y > 20 * MM && item.y < page.height - 25 * MM);
  const ys = [...new Set(inBody.map((item) => Math.round(item.y)))].sort((a, b) => a - b);
  return ys.map((y) =>
    inBody
      .filter((item) => Math.round(item.y) === y)
      .sort((a, b) => a.x - b.x)
      .map((item) => item.str.trim())
      .join(' '),
  );
};
/** The first item (in reading order) that begins with `word`, on any page. */
function itemOf(pdf: PdfDump, word: string, after?: PdfTextItem): PdfTextItem & { page: number } {
  for (const [page, { items }] of pdf.pages.entries()) {
    const found = items.find((item) => beginsWith(item, word) && (!after || item.y > after.y || page > 0));
    if (found) return { ...found, page };
  }
  throw new Error(`"${word}" is not in the PDF`);
}
/** Every item that begins with `word`, with its page. */
const itemsOf = (pdf: PdfDump, word: string) => pdf.pages.flatMap(({ items }, page) => items.filter((item) => beginsWith(item, word)).map((item) => ({ ...item, page })));

describe('an office template beside the data: KPU Kabupaten Bandung', () => {
  const file = fixture('kpu-kabupaten-bandung', '2023-003.yaml');
  let original: Built;
  let copy: Built;
  let sample: Built;
  beforeAll(async () => {
    [original, copy, sample] = await Promise.all([build(file, 'asli'), build(file, 'salinan'), build(SAMPLE, 'asli')]);
  });

  test('the heading names the office over two lines, centred, above the number', () => {
    const lines = bodyLines(original.pdf.pages[0]);
    const start = lines.indexOf('KEPUTUSAN KOMISI PEMILIHAN UMUM');
    expect(lines.slice(start, start + 4)).toEqual(['KEPUTUSAN KOMISI PEMILIHAN UMUM', 'KABUPATEN BANDUNG', 'NOMOR 3 TAHUN 2023', 'TENTANG']);
    const page = original.pdf.pages[0];
    const heading = page.items.find((item) => item.str.trim() === 'KEPUTUSAN KOMISI PEMILIHAN UMUM')!;
    expect(heading.x + heading.width / 2).toBeCloseTo((30 * MM + page.width - 20 * MM) / 2, 0);
    // naskah's own template puts the whole name on the heading's first line.
    expect(allLines(sample.pdf)).toContain('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT');
  });

  test('"MEMUTUSKAN" stands without its colon; naskah\'s own template has it', () => {
    expect(allLines(original.pdf)).toContain('MEMUTUSKAN');
    expect(allLines(original.pdf)).not.toContain('MEMUTUSKAN:');
    expect(allLines(sample.pdf)).toContain('MEMUTUSKAN:');
  });

  test('"Pada tanggal" with a capital; naskah\'s own template writes "pada tanggal"', () => {
    expect(allLines(original.pdf)).toContain('Pada tanggal 5 Januari 2023');
    expect(allLines(sample.pdf)).toContain('pada tanggal 2 Februari 2022');
  });

  test('"Ketua," stands under the commission\'s name and above the signatory\'s name, in one column', () => {
    const lines = allLines(original.pdf);
    const at = lines.indexOf('Ketua,');
    expect(lines.slice(at - 3, at + 1)).toEqual(['Pada tanggal 5 Januari 2023', 'KOMISI PEMILIHAN UMUM', 'KABUPATEN BANDUNG', 'Ketua,']);
    const title = itemOf(original.pdf, 'Ketua,');
    const name = itemOf(original.pdf, 'RAHMAT');
    expect(name.page).toBe(title.page);
    expect(name.x).toBeCloseTo(title.x, 1);
    // Room for the signature between them (four empty lines).
    expect(name.y - title.y).toBeGreaterThan(4 * 12);
  });

  test('the copy is marked "ttd" between "Ketua," and the name, without a certification block', () => {
    const title = itemOf(copy.pdf, 'Ketua,');
    const ttd = itemOf(copy.pdf, 'ttd');
    const name = itemOf(copy.pdf, 'RAHMAT');
    expect(ttd.y).toBeGreaterThan(title.y);
    expect(ttd.y).toBeLessThan(name.y);
    const text = allLines(copy.pdf).join('\n');
    expect(text).not.toContain('Salinan sesuai dengan aslinya');
    expect(text).not.toContain('SEKRETARIAT');
    expect(allLines(copy.pdf)[0]).toBe('SALINAN');
  });

  test('the last consideration ends with "." as the office writes it (R17)', () => {
    const lines = bodyLines(original.pdf.pages[0]);
    const mengingat = lines.findIndex((line) => line.startsWith('Mengingat'));
    expect(lines[mengingat - 1]).toMatch(/Tahun 2023\.$/);
  });

  test('pages are numbered with the bare digit, centred in the top margin', () => {
    expect(original.pdf.pages.length).toBeGreaterThan(1);
    original.pdf.pages.slice(1).forEach((page, index) => {
      const top = page.items.filter((item) => item.y < 20 * MM && item.str.trim());
      expect(top.map((item) => item.str.trim())).toEqual([String(index + 2)]);
    });
  });

  test('the continuation words announce a line that starts "(Lembaran" and end with "…"', () => {
    const [first, second] = original.pdf.pages;
    const catchword = first.items.find((item) => item.y > first.height - 25 * MM && item.str.trim())!;
    expect(catchword.str).toBe('(Lembaran …');
    expect(catchword.x + catchword.width).toBeCloseTo(first.width - 20 * MM, 0);
    expect(bodyLines(second)[0]).toMatch(/^\(Lembaran Negara/);
  });
});

describe('an office that enacts in the commission\'s name: KPU Provinsi Maluku Utara (2013)', () => {
  const file = fixture('kpu-provinsi-maluku-utara', '2013-047.yaml');
  let original: Built;
  beforeAll(async () => {
    original = await build(file, 'asli');
  });

  test('the official\'s line is the commission itself, without KETUA (R13, older form)', () => {
    const lines = bodyLines(original.pdf.pages[0]);
    const menimbang = lines.findIndex((line) => line.startsWith('Menimbang'));
    expect(lines[menimbang - 1]).toBe('KOMISI PEMILIHAN UMUM PROVINSI MALUKU UTARA,');
    expect(lines.slice(0, menimbang).some((line) => line.startsWith('KETUA'))).toBe(false);
    expect(lines).toContain('NOMOR : 47/Kpts/KPU-Prov-029/2013');
  });

  test('"Memperhatikan" and "KETIGA BELAS" stand on one line, each before its colon; colons of a section in one column', () => {
    const items = original.pdf.pages.flatMap((page, index) => page.items.map((item) => ({ ...item, page: index })));
    const colons = items.filter((item) => item.str.trim() === ':');
    // Menimbang, Mengingat, Memperhatikan, Menetapkan and thirteen dictums.
    expect(colons.length).toBe(17);
    const colonOf = (label: PdfTextItem & { page: number }) => colons.find((colon) => colon.page === label.page && Math.abs(colon.y - label.y) < 1)!;
    for (const word of ['Memperhatikan', 'KETIGA BELAS', 'KEDUA BELAS']) {
      const label = items.find((item) => item.str.trim() === word)!;
      expect(label).toBeDefined();
      expect(label.x + label.width).toBeLessThan(colonOf(label).x);
      // The office's 30 mm were too narrow for them.
      expect(colonOf(label).x).toBeGreaterThan(30 * MM + 30 * MM);
    }
    const considerations = ['Menimbang', 'Mengingat', 'Memperhatikan'].map((word) => colonOf(items.find((item) => item.str.trim() === word)!));
    for (const colon of considerations) expect(colon.x).toBeCloseTo(considerations[0].x, 1);
    const decision = colons.filter((colon) => colon.page > 0);
    expect(decision).toHaveLength(14);
    for (const colon of decision) expect(colon.x).toBeCloseTo(decision[0].x, 1);
  });

  test('MEMUTUSKAN starts a new page where the office asks for one (tata_letak.halaman_baru)', () => {
    const [first, second] = original.pdf.pages;
    expect(bodyLines(first)).not.toContain('MEMUTUSKAN:');
    expect(bodyLines(second)[0]).toBe('MEMUTUSKAN:');
    // The first page ends early: its last line stands well above the bottom margin.
    const lastY = Math.max(...first.items.filter((item) => item.y < first.height - 25 * MM).map((item) => item.y));
    expect(lastY).toBeLessThan(first.height - 25 * MM - 60 * MM);
  });
});

describe('the national office: emblem without heading lines, an amending decree', () => {
  const file = fixture('kpu-republik-indonesia', '2023-800.yaml');
  let original: Built;
  beforeAll(async () => {
    original = await build(file, 'asli');
  });

  test('the emblem, then the title: no lines naming the office above it', () => {
    expect(original.layout.sections[0].blocks[0].kind).toBe('image');
    const lines = bodyLines(original.pdf.pages[0]);
    expect(lines[0]).toBe('KEPUTUSAN KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA');
    // Below the 25 mm emblem at the top margin.
    const title = itemOf(original.pdf, 'KEPUTUSAN');
    expect(title.y).toBeGreaterThan(20 * MM + 25 * MM);
  });

  test('the title breaks where the office broke it, the code keeps its case, and Menetapkan stays one sentence', () => {
    const lines = bodyLines(original.pdf.pages[0]);
    const start = lines.indexOf('TENTANG');
    expect(lines.slice(start + 1, start + 4)).toEqual([
      'PERUBAHAN ATAS KEPUTUSAN KOMISI PEMILIHAN UMUM',
      'NOMOR 123/PL.02-Kpt/01/KPU/IV/2023',
      'TENTANG PEDOMAN TEKNIS PENYUSUNAN JADWAL KERJA',
    ]);
    const text = allLines(original.pdf).join(' ');
    expect(text).toContain('Menetapkan : KEPUTUSAN KOMISI PEMILIHAN UMUM TENTANG PERUBAHAN ATAS KEPUTUSAN KOMISI PEMILIHAN UMUM NOMOR');
    expect(text.replace(/\s+/g, ' ')).toMatch(/NOMOR 123\/PL\.02-Kpt\/01\/KPU\/IV\/2023 TENTANG PEDOMAN TEKNIS PENYUSUNAN JADWAL KERJA\. KESATU/);
    expect(text).not.toContain('KPT');
  });

  test('a dictum\'s sub-items hang under its text, and the amended text under the sub-item\'s', () => {
    const pdf = original.pdf;
    const dictumText = itemOf(pdf, 'Mengubah');
    const one = itemsOf(pdf, '1.').find((item) => item.page === dictumText.page && item.y > dictumText.y)!;
    const two = itemsOf(pdf, '2.').find((item) => item.page === one.page && item.y > one.y)!;
    const onLineOf = (marker: PdfTextItem & { page: number }) => pdf.pages[marker.page].items.find((item) => Math.abs(item.y - marker.y) < 1 && item.x > marker.x + marker.width)!;
    const subText = onLineOf(one);
    const quoted = itemOf(pdf, '"KEDUA:');
    expect(subText.str).toMatch(/^Ketentuan/);
    expect(one.x).toBeCloseTo(dictumText.x, 1);
    expect(two.x).toBeCloseTo(one.x, 1);
    expect(subText.x).toBeGreaterThan(one.x + one.width);
    expect(quoted.x).toBeCloseTo(subText.x, 1);
    expect(quoted.y).toBeGreaterThan(subText.y);
    // The sub-item's second line hangs under its text, not under its number.
    const page = pdf.pages[one.page];
    const nextLine = page.items.filter((item) => item.y > subText.y + 1).sort((a, b) => a.y - b.y || a.x - b.x)[0];
    expect(nextLine.y).toBeLessThan(quoted.y);
    expect(nextLine.x).toBeCloseTo(subText.x, 1);
    expect(two.y).toBeGreaterThan(quoted.y);
  });
});

describe('naskah\'s own template adapts to long signer titles', () => {
  test('a signer\'s title that wraps keeps the certification just below the signatory\'s name (R32)', async () => {
    const { pdf } = await build(SAMPLE, 'salinan', (decree) => {
      decree.penandatangan.jabatan = 'Pelaksana Tugas Harian Ketua';
    });
    const name = itemOf(pdf, 'DENNY');
    const certified = pdf.pages[name.page].items.find((item) => item.str.startsWith('Salinan sesuai'))!;
    const title = pdf.pages[name.page].items.filter((item) => item.y < name.y && item.x === name.x && item.str.includes('PELAKSANA'));
    expect(title.length).toBeGreaterThan(0);
    // One line under the name, at the left margin.
    expect(certified.y).toBeGreaterThan(name.y);
    expect(certified.y - name.y).toBeLessThan(2 * 12 * 1.3);
    expect(certified.x).toBeCloseTo(30 * MM, 0);
  });
});
