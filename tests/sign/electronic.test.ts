import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readDocx, unzip } from '../support/docx';
import { runCli } from '../support/cli';
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

function workspace(settings = '') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-tte-'));
  const data = writeElectronicSample(dir, settings);
  const out = path.join(dir, 'hasil');
  const result = runCli(['build', data, '--asli', '--salinan', '--out', out], dir);
  return { dir, out, result, file: (name: string) => path.join(out, `${BASE}-${name}`) };
}

describe('the sample built for an electronic signature', () => {
  const { out, result, file } = workspace();
  const area = JSON.parse(readFileSync(file('asli.tte.json'), 'utf8'));

  test('builds, and writes the signature area beside the original only', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(out).filter((name) => name.endsWith('.tte.json'))).toEqual([`${BASE}-asli.tte.json`]);
    expect(area).toMatchObject({ page: 2, unit: 'pt', origin: 'bottom-left', pageWidth: 609.45, pageHeight: 935.43 });
  });

  test('the PDF’s QR code reads back as the verification address, beside the signature area', () => {
    const qr = qrOnPage(file('asli.pdf'), area.page, 100)!;
    expect(qr.text).toBe(SAMPLE_ADDRESS);
    // Left of the stamp, and within the area's height (the JSON's y is from the bottom).
    const areaTop = area.pageHeight - area.y - area.height;
    expect(qr.right).toBeLessThanOrEqual(area.x);
    expect(qr.top).toBeGreaterThanOrEqual(areaTop - 1);
    expect(qr.bottom).toBeLessThanOrEqual(areaTop + area.height + 1);
  });

  test('the area lies between the official’s title and name, in the signature column, the note below', async () => {
    const page = (await readPdf(file('asli.pdf'))).pages[area.page - 1];
    const lineAt = (text: string) => page.items.find((item) => item.str.startsWith(text))!;
    const areaTop = area.pageHeight - area.y - area.height;
    const region = lineAt('KABUPATEN SUMBAWA BARAT,');
    const name = lineAt('DENNY SAPUTRA');
    expect(region.y).toBeLessThan(areaTop);
    expect(name.y - name.height).toBeGreaterThan(areaTop + area.height - 1);
    expect(area.x + area.width).toBeLessThanOrEqual(area.pageWidth - 20 * (72 / 25.4) + 1);
    expect(area.x).toBeGreaterThan(lineAt('Ditetapkan di').x);
    const note = lineAt(NOTE.split(' ')[0]);
    expect(note.y).toBeGreaterThan(name.y);
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
