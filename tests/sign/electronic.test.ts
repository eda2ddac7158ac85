import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { attribute, elements, footerOf, readDocx, text, unzip } from '../support/docx';
import { expectValidDocx } from '../support/validate-docx';
import { besidesWarnings, REPO, runCli } from '../support/cli';
import { readPdf } from '../support/read-pdf';
import { SAMPLE_ADDRESS, writeElectronicSample } from './electronic-sample';

const NOTE = 'Dokumen ini telah ditandatangani secara elektronik';
const BASE = 'kpu-kabupaten-sumbawa-barat-2022-35';

/** The QR codes a reader finds on a page rendered at `dpi`, with where they lie in points from the top-left. */
function qrOnPage(pdf: string, page: number, dpi: number) {
  const prefix = path.join(mkdtempSync(path.join(os.tmpdir(), 'naskah-qr-')), 'p');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const pt = (px: number) => (px * 72) / dpi;
  return found && { text: found.data, left: pt(found.location.topLeftCorner.x), right: pt(found.location.topRightCorner.x), top: pt(found.location.topLeftCorner.y), bottom: pt(found.location.bottomLeftCorner.y) };
}

function workspace(settings = '', source?: string, base = BASE) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-tte-'));
  const data = writeElectronicSample(dir, settings, source);
  const out = path.join(dir, 'hasil');
  const result = runCli(['build', data, '--asli', '--salinan', '--out', out], dir);
  return { dir, out, result, file: (name: string) => path.join(out, `${base}-${name}`) };
}

interface Area {
  of: 'keputusan' | 'lampiran';
  lampiran?: number;
  stamp: boolean;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  pageWidth: number;
  pageHeight: number;
}

/**
 * The area as a reader of the PDF finds it: on its page, the QR code decoded from the rendered page lies
 * at its left and within its height, the official's title above it and the name below, in the signature
 * column; the page's size is the one the sidecar names.
 */
async function expectAreaInPlace(pdf: string, area: Area, address = SAMPLE_ADDRESS): Promise<void> {
  const page = (await readPdf(pdf)).pages[area.page - 1];
  expect([page.width, page.height].map(Math.round)).toEqual([area.pageWidth, area.pageHeight].map(Math.round));
  const qr = qrOnPage(pdf, area.page, 100)!;
  expect(qr.text).toBe(address);
  // The JSON's y is from the page's bottom; the reader's from its top.
  const areaTop = area.pageHeight - area.y - area.height;
  expect(qr.right).toBeLessThanOrEqual(area.x);
  expect(qr.right).toBeGreaterThan(area.x - 20);
  expect(qr.top).toBeGreaterThanOrEqual(areaTop - 1);
  expect(qr.bottom).toBeLessThanOrEqual(areaTop + area.height + 1);
  const lineAt = (text: string) => page.items.find((item) => item.str.startsWith(text))!;
  const region = lineAt('KABUPATEN SUMBAWA BARAT,');
  const name = lineAt('DENNY SAPUTRA');
  expect(region.y).toBeLessThan(areaTop);
  expect(name.y - name.height).toBeGreaterThan(areaTop + area.height - 1);
  // The name starts where the QR code does, in the signature column.
  expect(Math.abs(name.x - qr.left)).toBeLessThan(15);
  expect(area.x + area.width).toBeLessThanOrEqual(area.pageWidth - 20 * (72 / 25.4) + 1);
}

describe('the sample built for an electronic signature', () => {
  const { out, result, file } = workspace();
  const sidecar = JSON.parse(readFileSync(file('asli.tte.json'), 'utf8'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file('asli.pdf')], { encoding: 'utf8' }))![1]);

  test('builds, and writes the signature areas beside the original only: the decree’s, stamped, and its appendix’s', () => {
    expect(besidesWarnings(result.stderr)).toEqual([]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).filter((name) => name.endsWith('.tte.json'))).toEqual([`${BASE}-asli.tte.json`]);
    expect(sidecar).toMatchObject({ unit: 'pt', origin: 'bottom-left' });
    expect(sidecar.areas).toMatchObject([
      { of: 'keputusan', stamp: true, page: 2, pageWidth: 609.45, pageHeight: 935.43 },
      // The schedule's last page, landscape.
      { of: 'lampiran', lampiran: 1, stamp: false, page: pages, pageWidth: 935.43, pageHeight: 609.45 },
    ]);
  });

  test('each area lies where the PDF shows its signature block: QR code at its left, between the official’s title and name', async () => {
    for (const area of sidecar.areas) await expectAreaInPlace(file('asli.pdf'), area);
  });

  test('the note stands below the signature on the decree’s signature page', async () => {
    const [area] = sidecar.areas;
    const page = (await readPdf(file('asli.pdf'))).pages[area.page - 1];
    const lineAt = (text: string) => page.items.find((item) => item.str.startsWith(text))!;
    expect(lineAt('Ditetapkan di').x).toBeLessThan(area.x);
    expect(lineAt(NOTE.split(' ')[0]).y).toBeGreaterThan(lineAt('DENNY SAPUTRA').y);
  });

  test('by default the sentence stands below the signature only: once in the DOCX, which has no footer', () => {
    const xml = readDocx(readFileSync(file('asli.docx'))).xml('word/document.xml');
    expect(xml).not.toContain('w:footerReference');
    expect(text(xml).split(NOTE)).toHaveLength(2);
  });

  test('the DOCX carries the same QR code in the signature cell, and the note', () => {
    const docx = readFileSync(file('asli.docx'));
    const pictures = unzip(docx).filter((entry) => entry.name.startsWith('word/media/'));
    expect(pictures).toHaveLength(1);
    const png = PNG.sync.read(pictures[0].data);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(SAMPLE_ADDRESS);
    const xml = readDocx(docx).xml('word/document.xml');
    const cell = xml.slice(xml.lastIndexOf('<w:tc>', xml.indexOf('<w:drawing>')), xml.indexOf('</w:tc>', xml.indexOf('<w:drawing>')));
    expect(cell).toContain('KABUPATEN SUMBAWA BARAT,');
    expect(cell).toContain('DENNY SAPUTRA');
    expect(xml).toContain(NOTE);
  });

  test('the certified copy keeps the certification by default, without QR code or area', async () => {
    const lines = (await readPdf(file('salinan.pdf'))).pages.flatMap((page) => page.lines);
    expect(lines.join('\n')).toContain('Salinan sesuai dengan aslinya');
    expect(lines.join('\n')).toContain(NOTE);
    expect(qrOnPage(file('salinan.pdf'), 2, 100)).toBeNull();
  });
});

describe('a decree with two appendices, each with its own signature block', () => {
  const { result, file } = workspace('', path.join(REPO, 'data', 'kpu-sumbawa-barat', '2023-012-pedoman.yaml'), 'kpu-kabupaten-sumbawa-barat-2023-12');

  test('the sidecar lists the three areas, each on the page of its block; the decree’s is stamped', async () => {
    expect(result.status).toBe(0);
    const { areas } = JSON.parse(readFileSync(file('asli.tte.json'), 'utf8')) as { areas: Area[] };
    expect(areas.map(({ of, lampiran, stamp }) => ({ of, lampiran, stamp }))).toEqual([
      { of: 'keputusan', lampiran: undefined, stamp: true },
      { of: 'lampiran', lampiran: 1, stamp: false },
      { of: 'lampiran', lampiran: 2, stamp: false },
    ]);
    const pdf = await readPdf(file('asli.pdf'));
    // Each appendix's area is on a page of that appendix: after its header, before the next one's.
    const headerPage = (label: string) => pdf.pages.findIndex((page) => page.lines.includes(label)) + 1;
    expect(areas[0].page).toBeLessThan(headerPage('LAMPIRAN I'));
    expect(areas[1].page).toBeGreaterThanOrEqual(headerPage('LAMPIRAN I'));
    expect(areas[1].page).toBeLessThan(headerPage('LAMPIRAN II'));
    expect(areas[2].page).toBeGreaterThanOrEqual(headerPage('LAMPIRAN II'));
    for (const area of areas) await expectAreaInPlace(file('asli.pdf'), area, 'https://jdih.kpu.go.id/verifikasi/2023/12');
  });
});

describe('kantor.tte.keterangan: kaki_halaman, the sentence in the footer of every page', () => {
  const SENTENCE = `${NOTE} menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara.`;
  const { result, file } = workspace('    keterangan: kaki_halaman\n');
  const BOTTOM_MARGIN = 25 * (72 / 25.4);

  test.each(['asli', 'salinan'])('PDF (%s): every page ends with the sentence, small, in the bottom margin; nowhere else', async (variant) => {
    expect(result.status).toBe(0);
    const pdf = await readPdf(file(`${variant}.pdf`));
    expect(pdf.pages.length).toBeGreaterThan(5);
    for (const page of pdf.pages) {
      const start = page.lines.findIndex((line) => line.startsWith('Dokumen ini'));
      expect(page.lines.slice(start).join(' ')).toBe(SENTENCE);
      expect(page.lines.filter((line) => line.includes('Dokumen ini'))).toHaveLength(1);
      const footer = page.items.filter((item) => item.y > page.height - BOTTOM_MARGIN && /Dokumen|Negara\.$/.test(item.str));
      expect(footer.length).toBeGreaterThan(0);
      for (const item of footer) expect(item.fontSize).toBeCloseTo(8, 1);
      // The last line's baseline a little above the template's 8 mm from the paper's edge.
      const lastBaseline = Math.max(...footer.map((item) => item.y));
      expect(page.height - lastBaseline).toBeGreaterThanOrEqual(8 * (72 / 25.4));
      expect(page.height - lastBaseline).toBeLessThan(12 * (72 / 25.4));
      // Below everything else on the page, the continuation words included.
      const body = page.items.filter((item) => !footer.includes(item) && item.str.trim() !== '' && !SENTENCE.includes(item.str.trim()));
      expect(Math.max(...body.map((item) => item.y))).toBeLessThan(Math.min(...footer.map((item) => item.y)) - 8);
    }
  });

  test('DOCX: every section’s footers (and the first page’s) hold the sentence, the body does not; the DOCX is valid', () => {
    const docx = readFileSync(file('asli.docx'));
    const parts = readDocx(docx);
    const xml = parts.xml('word/document.xml');
    const sections = elements(xml, 'w:sectPr');
    expect(sections.length).toBeGreaterThan(1);
    sections.forEach((section, i) => {
      expect(text(footerOf(parts, section, 'default'))).toBe(SENTENCE);
      if (i === 0) expect(text(footerOf(parts, section, 'first'))).toBe(SENTENCE);
      // Its foot 8 mm above the paper's edge, as in the PDF.
      expect(attribute(section, 'w:pgMar', 'w:footer')).toBe(String(Math.round(8 * (1440 / 25.4))));
    });
    expect(text(xml)).not.toContain(NOTE);
    expectValidDocx(docx);
  });

  test('LibreOffice lays the DOCX out with the sentence at the foot of every page, and the QR codes read back from its pages', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-tte-lo-'));
    // A profile of its own, so that another LibreOffice running at the same time does not lock it.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profil')}`;
    const run = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file('asli.docx')], { encoding: 'utf8', timeout: 600_000 });
    expect(run.error).toBeUndefined();
    const converted = path.join(dir, `${BASE}-asli.pdf`);
    const pages = (await readPdf(converted)).pages;
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(page.lines.slice(-2).join(' ')).toContain('Dokumen ini telah ditandatangani secara elektronik');
    const signaturePages = pages.flatMap((page, i) => (page.lines.includes('DENNY SAPUTRA') ? [i + 1] : []));
    // The decree's signature block and the appendix's.
    expect(signaturePages).toHaveLength(2);
    for (const page of signaturePages) expect(qrOnPage(converted, page, 100)?.text).toBe(SAMPLE_ADDRESS);
  }, 600_000);

  test('the office’s own wording, from its template, stands there instead', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-tte-'));
    const data = writeElectronicSample(dir, '    keterangan: kaki_halaman\n');
    writeFileSync(path.join(dir, 'keputusan.templat.yaml'), 'extends: keputusan\ntexts:\n  keterangan_elektronik: "Ditandatangani secara elektronik oleh {{penandatangan.jabatan}}; periksa keasliannya di jdih.kpu.go.id."\n');
    const out = path.join(dir, 'hasil');
    expect(runCli(['build', data, '--out', out], dir).status).toBe(0);
    const pdf = await readPdf(path.join(out, `${BASE}-asli.pdf`));
    for (const page of pdf.pages) expect(page.lines[page.lines.length - 1]).toBe('Ditandatangani secara elektronik oleh Ketua; periksa keasliannya di jdih.kpu.go.id.');
    const parts = readDocx(readFileSync(path.join(out, `${BASE}-asli.docx`)));
    expect(text(footerOf(parts, elements(parts.xml('word/document.xml'), 'w:sectPr')[0], 'default'))).toContain('oleh Ketua; periksa');
  });
});

describe('office settings and the decree’s own choice', () => {
  test('kantor.tte.salinan: tanpa gives a copy without certification', async () => {
    const { file, result } = workspace('    salinan: tanpa\n');
    expect(result.status).toBe(0);
    const text = (await readPdf(file('salinan.pdf'))).pages.flatMap((page) => page.lines).join('\n');
    expect(text).not.toContain('Salinan sesuai dengan aslinya');
    expect(text).not.toContain('SEKRETARIAT');
    expect(text).toContain('ttd');
  });

  test('a decree signed in ink in an office that signs electronically keeps today’s layout', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-tte-'));
    const data = writeElectronicSample(dir);
    const withInk = path.join(dir, 'basah.yaml');
    writeFileSync(withInk, `${readFileSync(data, 'utf8')}\ntanda_tangan: basah\n`);
    const out = path.join(dir, 'hasil');
    expect(runCli(['build', withInk, '--out', out], dir).status).toBe(0);
    expect(readdirSync(out).some((name) => name.endsWith('.tte.json'))).toBe(false);
    const text = (await readPdf(path.join(out, `${BASE}-asli.pdf`))).pages.flatMap((page) => page.lines).join('\n');
    expect(text).not.toContain(NOTE);
  });
});
