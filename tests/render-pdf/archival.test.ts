/** PDF/A-2b for the archive: what can be checked without a full PDF/A validator (none is installable here). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { besidesWarnings, runCli, SAMPLE } from '../support/cli';
import { SAMPLE_ADDRESS, writeElectronicSample } from '../sign/electronic-sample';

const BASE = 'kpu-kabupaten-sumbawa-barat-2022-35';

/** The PDF's objects as text: streams uncompressed and no object streams, so every dictionary can be read. */
function objectsOf(pdf: string): string {
  const plain = path.join(mkdtempSync(path.join(os.tmpdir(), 'naskah-qdf-')), 'plain.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, plain]);
  return readFileSync(plain, 'latin1');
}

function expectArchival(pdf: string): string {
  // qpdf exits non-zero on any syntax or stream error.
  expect(execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  const objects = objectsOf(pdf);
  expect(readFileSync(pdf, 'latin1').slice(0, 8)).toBe('%PDF-1.7');
  expect(objects).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
  expect(objects).toMatch(/\/OutputIntents \[/);
  expect(objects).toMatch(/\/S \/GTS_PDFA1/);
  expect(objects).toMatch(/\/DestOutputProfile \d+ 0 R/);
  expect(objects).toMatch(/\/OutputConditionIdentifier \(sRGB IEC61966-2\.1\)/);
  // Every font described is embedded.
  const descriptors = objects.match(/\/Type \/FontDescriptor/g) ?? [];
  expect(descriptors.length).toBeGreaterThan(0);
  expect((objects.match(/\/FontFile[23]? \d+ 0 R/g) ?? []).length).toBe(descriptors.length);
  // No transparency: no soft masks, no transparency groups, no constant alpha below 1.
  expect(objects).not.toMatch(/\/SMask/);
  expect(objects).not.toMatch(/\/S \/Transparency/);
  expect(objects).not.toMatch(/\/(CA|ca) 0?\.\d/);
  return objects;
}

function workspace() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-pdfa-'));
  return { dir, out: path.join(dir, 'hasil') };
}

describe('naskah build --pdfa', () => {
  const { dir, out } = workspace();
  const result = runCli(['build', SAMPLE, '--asli', '--salinan', '--pdfa', '--out', out], dir);

  test('builds the original and the copy', () => {
    expect(besidesWarnings(result.stderr)).toEqual([]);
    expect(result.status).toBe(0);
  });

  test.each(['asli', 'salinan'])('the %s is PDF/A-2b, with the title, number and date in its XMP', (variant) => {
    const objects = expectArchival(path.join(out, `${BASE}-${variant}.pdf`));
    expect(objects).toMatch(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa Barat Nomor 35 Tahun 2022<\/rdf:li>/);
    expect(objects).toMatch(/<pdf:Keywords>Nomor 35; Tanggal 2022-02-02<\/pdf:Keywords>/);
    expect(objects).toMatch(/<xmp:CreateDate>2022-02-02T00:00:00Z<\/xmp:CreateDate>/);
  });

  test('the same bytes on a rebuild', () => {
    const again = workspace();
    expect(runCli(['build', SAMPLE, '--asli', '--pdfa', '--out', again.out], again.dir).status).toBe(0);
    expect(readFileSync(path.join(again.out, `${BASE}-asli.pdf`)).equals(readFileSync(path.join(out, `${BASE}-asli.pdf`)))).toBe(true);
  });
});

describe('what PDF/A does not allow', () => {
  test('a draft asked for as PDF/A is refused, said why, and nothing is written', () => {
    const { dir, out } = workspace();
    const result = runCli(['build', SAMPLE, '--draft', '--pdfa', '--out', out], dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('konsep tidak dapat dibuat sebagai PDF/A: tanda air KONSEP memakai transparansi');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  test('in English too', () => {
    const { dir, out } = workspace();
    const result = runCli(['--lang', 'en', 'build', SAMPLE, '--draft', '--pdfa', '--out', out], dir);
    expect(result.stderr).toContain('a draft cannot be made as PDF/A: the KONSEP watermark uses transparency');
  });

  test('an emblem with a transparent background is refused, and one on white is embedded', () => {
    const { dir, out } = workspace();
    const data = path.join(dir, 'keputusan.yaml');
    // 1×1 PNGs: colour type 6 (with alpha) and colour type 2 (RGB).
    const png = (hex: string) => Buffer.from(hex, 'hex');
    writeFileSync(path.join(dir, 'tembus.png'), png('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082'));
    writeFileSync(path.join(dir, 'putih.png'), png('89504e470d0a1a0a0000000d4948445200000001000000010802000000' + '907753de0000000c4944415478da63f8ffff3f0005fe02fea7d6a7ae0000000049454e44ae426082'));
    const withEmblem = (file: string) => readFileSync(SAMPLE, 'utf8').replace(/^(\s+)kedudukan: (.*)$/m, `$1kedudukan: $2\n$1lambang: ${file}`);
    writeFileSync(data, withEmblem('tembus.png'));
    const refused = runCli(['build', data, '--pdfa', '--out', out], dir);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('lambang tembus.png memakai latar transparan');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    writeFileSync(data, withEmblem('putih.png'));
    expect(besidesWarnings(runCli(['build', data, '--pdfa', '--out', out], dir).stderr)).toEqual([]);
    expectArchival(path.join(out, `${BASE}-asli.pdf`));
  });
});

describe('the office setting pdfa: true', () => {
  const { dir, out } = workspace();
  const data = writeElectronicSample(dir, '  pdfa: true\n');

  test('makes the electronically signed original PDF/A, its QR code included', () => {
    const result = runCli(['build', data, '--asli', '--out', out], dir);
    expect(besidesWarnings(result.stderr)).toEqual([]);
    const pdf = path.join(out, `${BASE}-asli.pdf`);
    expectArchival(pdf);
    // The code is drawn in the signature area of page 2: rendered, it reads back as the address.
    const prefix = path.join(mkdtempSync(path.join(os.tmpdir(), 'naskah-qr-')), 'p');
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '2', '-l', '2', '-singlefile', pdf, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(SAMPLE_ADDRESS);
  });

  test('leaves a draft an ordinary PDF with its watermark', () => {
    const result = runCli(['build', data, '--draft', '--out', out], dir);
    expect(result.status).toBe(0);
    const draft = readdirSync(out).find((name) => name.endsWith('konsep.pdf'))!;
    const objects = objectsOf(path.join(out, draft));
    expect(objects).not.toMatch(/pdfaid/);
    expect(readFileSync(path.join(out, draft), 'latin1').slice(0, 8)).toBe('%PDF-1.4');
  });
});
