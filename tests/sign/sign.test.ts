import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { runCli } from '../support/cli';
import { makeCertificate, PASSPHRASE, SIGNER } from './certificate';
import { writeElectronicSample } from './electronic-sample';

const ENV = { NASKAH_SANDI_SERTIFIKAT: PASSPHRASE };

/** pdfsig's report and exit code; pdfsig exits non-zero when a signature does not verify. */
function pdfsig(file: string): { status: number | null; report: string } {
  const result = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return { status: result.status, report: result.stdout + result.stderr };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('naskah tandatangani', () => {
  // The sample built for an electronic signature, with its signature area beside the PDF.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-sign-'));
  const data = writeElectronicSample(dir);
  const out = path.join(dir, 'hasil');
  runCli(['build', data, '--out', out], dir);
  const pdf = path.join(out, 'kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf');
  const signed = path.join(out, 'kpu-kabupaten-sumbawa-barat-2022-35-asli-tte.pdf');
  // The area the sidecar marks for the visible signature: the decree's own signature block.
  const area = JSON.parse(readFileSync(path.join(out, 'kpu-kabupaten-sumbawa-barat-2022-35-asli.tte.json'), 'utf8')).areas.find((each: { stamp: boolean }) => each.stamp);
  const certificate = makeCertificate(dir);
  const before = sha(pdf);
  const result = runCli(['tandatangani', pdf, '--sertifikat', certificate, '--tempat', 'Taliwang'], dir, ENV);

  test('writes the signed PDF beside the unsigned one, which is not changed', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(signed);
    expect(sha(pdf)).toBe(before);
  });

  test('pdfsig finds a valid PAdES signature by the certificate’s holder over the whole file', () => {
    const { status, report } = pdfsig(signed);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain(`Signer Certificate Common Name: ${SIGNER}`);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    // The second signed range ends at the end of the file: nothing after the signature is unsigned.
    const ranges = /Signed Ranges: \[(\d+) - (\d+)\], \[(\d+) - (\d+)\]/.exec(report)!.slice(1).map(Number);
    expect(ranges[0]).toBe(0);
    expect(ranges[3]).toBe(readFileSync(signed).length);
    expect(status).toBe(0);
  });

  test('one byte changed after signing makes pdfsig report it', () => {
    const bytes = readFileSync(signed);
    const changed = path.join(dir, 'diubah.pdf');
    // A byte of the first page's objects, well inside the first signed range.
    bytes[1000] ^= 0x01;
    writeFileSync(changed, bytes);
    const { report } = pdfsig(changed);
    expect(report).toContain('Signature Validation: Digest Mismatch.');
    expect(report).not.toContain('Signature is Valid.');
  });

  test('the signature field lies at the decree’s signature area, with a visible mark, on that page', async () => {
    expect(area).toMatchObject({ of: 'keputusan', page: 2 });
    const doc = await PDFDocument.load(readFileSync(signed));
    const page = doc.getPage(area.page - 1);
    const annotations = page.node.lookup(PDFName.of('Annots'), PDFArray);
    const widget = doc.context.lookup(annotations.get(annotations.size() - 1), PDFDict);
    expect(widget.get(PDFName.of('FT'))).toBe(PDFName.of('Sig'));
    const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
    expect(rect).toEqual([area.x, area.y, area.x + area.width, area.y + area.height]);
    // The mark is drawn: its appearance stream shows text in an embedded font.
    const appearance = widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
    expect(String(appearance)).toContain('/F0');
    const fonts = execFileSync('pdffonts', [signed], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const line of fonts) expect(line).toMatch(/\byes\b/);
  });

  test('the passphrase is written nowhere', () => {
    for (const name of readdirSync(out)) expect(readFileSync(path.join(out, name)).includes(PASSPHRASE)).toBe(false);
  });

  test('a second signing never overwrites the signed PDF', () => {
    const signedBefore = sha(signed);
    const again = runCli(['tandatangani', pdf, '--sertifikat', certificate], dir, ENV);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('tidak akan ditimpa');
    expect(sha(signed)).toBe(signedBefore);
  });

  test('a wrong passphrase, or none where none can be asked, is said plainly and nothing is written', () => {
    const other = path.join(dir, 'lain');
    runCli(['build', data, '--out', other], dir);
    const otherPdf = path.join(other, 'kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf');
    const wrong = runCli(['tandatangani', otherPdf, '--sertifikat', certificate], dir, { NASKAH_SANDI_SERTIFIKAT: 'salah' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('ketua.p12: kata sandi sertifikat salah');
    const none = runCli(['--lang', 'en', 'tandatangani', otherPdf, '--sertifikat', certificate], dir, { NASKAH_SANDI_SERTIFIKAT: undefined });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('set the environment variable NASKAH_SANDI_SERTIFIKAT');
    expect(existsSync(path.join(other, 'kpu-kabupaten-sumbawa-barat-2022-35-asli-tte.pdf'))).toBe(false);
  });

  test('without a signature area, says how to get one', () => {
    const bare = path.join(dir, 'tanpa-area.pdf');
    writeFileSync(bare, readFileSync(pdf));
    const missing = runCli(['tandatangani', bare, '--sertifikat', certificate], dir, ENV);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('tanpa-area.tte.json: letak tanda tangan tidak ditemukan; buat');
  });
});
