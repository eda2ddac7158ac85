import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readDocx, text } from '../support/docx';
import { AS_SIGNED, besidesWarnings, runCli, SAMPLE, workspaceWithSample } from '../support/cli';
import { readPdf, type PdfDump } from '../support/read-pdf';
import { expectValidDocx } from '../support/validate-docx';
import { multisetMinus } from '../support/lists';

const BASE = 'kpu-kabupaten-sumbawa-barat-2022-35';

/** All the words of a text, whitespace folded. */
function flat(lines: string[]): string {
  return lines.join(' ').replace(/\s+/g, ' ');
}

/** Asserts that each needle occurs in `haystack` after the previous one. */
function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) throw new Error(`"${needle}" not found after position ${from} (…${haystack.slice(from, from + 120)}…)`);
    from = at + needle.length;
  }
}

/** Text lines of the PDF without page furniture (page numbers, continuation words). */
function contentLines(pdf: PdfDump): string[] {
  return pdf.pages.flatMap((page) => page.lines).filter((line) => !/^-\s?\d+\s?-$/.test(line) && !line.endsWith(' . . .'));
}

/** The text in the appendix table's KEGIATAN column (10 to 65 mm right of the left margin), page by page, top to bottom. */
function activityColumn(pdf: PdfDump): string[] {
  const mm = (value: number) => (value * 72) / 25.4;
  return pdf.pages
    .filter((page) => page.width > page.height)
    .flatMap((page) =>
      page.items
        .filter((item) => item.x > mm(30 + 10) && item.x < mm(30 + 65) && item.str.trim() && item.str !== 'KEGIATAN' && item.str !== '2')
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((item) => item.str),
    );
}

function docxParagraphs(docx: Buffer): string[] {
  const xml = readDocx(docx).xml('word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => text(match[0])).filter(Boolean);
}

const data = parse(readFileSync(SAMPLE, 'utf8'));
const activityNames: string[] = data.lampiran.kegiatan.map((activity: { nama: string }) => activity.nama.replace(/_/g, ''));

/** The decree's reading order, as a user checks it. */
const EXPECTED_ORDER = [
  'KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT',
  'KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT',
  'NOMOR 35 TAHUN 2022',
  'TENTANG',
  'PENETAPAN RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS',
  'KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,',
  'Menimbang',
  'a. bahwa untuk melaksanakan',
  'b. bahwa berdasarkan pertimbangan',
  'Mengingat',
  '1. Undang-Undang Nomor 28 Tahun 1999',
  '2. Undang-Undang Nomor 5 Tahun 2014',
  '3. Peraturan Menteri',
  '4. Peraturan Menteri',
  'MEMUTUSKAN:',
  'Menetapkan',
  'KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT TENTANG PENETAPAN RENCANA KERJA',
  'KESATU',
  'Menetapkan Rencana Kerja',
  'KEDUA',
  'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  'Ditetapkan di Taliwang',
  'pada tanggal 2 Februari 2022',
  'DENNY SAPUTRA',
  'LAMPIRAN',
  'RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS',
];

describe('naskah build of the sample decree', () => {
  const { dir, data: dataFile } = workspaceWithSample();
  const out = path.join(dir, 'hasil');
  const result = runCli(['build', dataFile, '--asli', '--salinan', '--out', out], dir);
  const file = (variant: string, ext: string) => readFileSync(path.join(out, `${BASE}-${variant}.${ext}`));
  let original: PdfDump;
  let copy: PdfDump;

  beforeAll(async () => {
    [original, copy] = await Promise.all([readPdf(file('asli', 'pdf')), readPdf(file('salinan', 'pdf'))]);
  });

  test('writes the original and the copy, DOCX and PDF, with names from the data', () => {
    // A final build prints the check's warnings (the sample has some); nothing else.
    for (const line of result.stderr.trim().split('\n')) expect(line).toMatch(/: peringatan \[[a-z-]+\] /);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${BASE}-asli.docx`, `${BASE}-asli.pdf`, `${BASE}-salinan.docx`, `${BASE}-salinan.pdf`]);
  });

  test('the PDF reads in the decree’s order, the Menetapkan line names the regency, every activity is in the appendix', () => {
    const all = flat(contentLines(original));
    expectInOrder(all, EXPECTED_ORDER);
    expectInOrder(flat(activityColumn(original)), activityNames);
    expect(all).not.toContain('PROVINSI NUSA TENGGARA BARAT TENTANG');
  });

  test('the DOCX holds the same text in the same order', () => {
    const all = flat(docxParagraphs(file('asli', 'docx')));
    expectInOrder(all, [...EXPECTED_ORDER, ...activityNames]);
  });

  test('the copy differs from the original exactly by SALINAN, ttd and the certification blocks', () => {
    const words = (pdf: PdfDump) => flat(contentLines(pdf)).split(' ');
    const certification = 'Salinan sesuai dengan aslinya SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT Kasubbag Hukum dan Sumber Daya Manusia, FARIDAH ANWAR'.split(' ');
    // The body and the appendix each carry "ttd" and the certification block (R35).
    const added = ['SALINAN', 'ttd', 'ttd', ...certification, ...certification];
    // Compared as bags of words: the added lines sit beside others, and the order is checked above.
    expect(multisetMinus(words(copy), added).sort()).toEqual(words(original).sort());
    expect(multisetMinus(docxParagraphs(file('salinan', 'docx')), ['SALINAN', 'ttd', 'ttd'])).toEqual(
      expect.arrayContaining(docxParagraphs(file('asli', 'docx'))),
    );
  });

  test('every DOCX validates against the WordprocessingML schema', () => {
    expectValidDocx(file('asli', 'docx'));
    expectValidDocx(file('salinan', 'docx'));
  });

  test('a rebuild gives identical bytes', () => {
    const again = path.join(dir, 'lagi');
    expect(runCli(['build', dataFile, '--asli', '--salinan', '--out', again], dir).status).toBe(0);
    for (const name of readdirSync(out)) expect(readFileSync(path.join(again, name)).equals(readFileSync(path.join(out, name)))).toBe(true);
  });
});

describe('naskah build of bad files', () => {
  const sample = readFileSync(SAMPLE, 'utf8');
  test.each([
    ['a missing field', sample.replace(/^ {2}nama: Denny Saputra\n/m, ''), /keputusan\.yaml:\d+:\d+: penandatangan › nama: isian wajib belum ada/],
    ['a month 13', sample.replace(/bulan: \[1\]/, 'bulan: [1, 13]'), /keputusan\.yaml:\d+:\d+: lampiran › kegiatan ke-1 › sub_kegiatan ke-1 › bulan ke-2: tertulis 13, paling besar 12/],
    ['a date that does not exist', sample.replace('tanggal: 2022-02-02', 'tanggal: 2022-02-30'), /keputusan\.yaml:\d+:\d+: ditetapkan › tanggal: tertulis "2022-02-30"; seharusnya tanggal yang ada di kalender/],
    ['a string where a list belongs', sample.replace(/^diktum:\n/m, 'diktum: satu saja\nx_diktum:\n'), /keputusan\.yaml:\d+:\d+: diktum: tertulis "satu saja" \(string\), seharusnya daftar/],
    ['malformed YAML', sample.replace('kantor:\n', 'kantor:\n  lembaga: [Komisi\n'), /keputusan\.yaml:\d+:\d+: penulisan YAML salah/],
    ['a file that does not exist', null, /tidak-ada\.yaml: berkas tidak ditemukan/],
  ])('%s: a clear message, exit code 1, nothing written', (_name, content, message) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-bad-'));
    const dataFile = path.join(dir, content === null ? 'tidak-ada.yaml' : 'keputusan.yaml');
    if (content !== null) writeFileSync(dataFile, content);
    const result = runCli(['build', dataFile, '--asli', '--salinan', '--out', path.join(dir, 'hasil')], dir);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
    expect(existsSync(path.join(dir, 'hasil'))).toBe(false);
  });
});

describe('a final build checks the decree first', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-checked-'));
  const data = path.join(dir, 'keputusan.yaml');
  writeFileSync(data, readFileSync(AS_SIGNED, 'utf8'));

  test('errors stop it, listed as check lists them, and nothing is written', () => {
    const result = runCli(['--lang', 'en', 'build', data, '--out', 'hasil'], dir);
    const check = runCli(['--lang', 'en', 'check', data], dir);
    expect(result.status).toBe(1);
    const findings = check.stdout.split('\n').filter((line) => /: (error|warning) \[/.test(line));
    expect(result.stderr.trim().split('\n')).toEqual([...findings, `${data}: not built: the check found 2 error(s) (above); correct them first, or use --abaikan-periksa if the office must print it anyway`]);
    expect(existsSync(path.join(dir, 'hasil'))).toBe(false);
  });

  test('a draft is not checked', () => {
    expect(runCli(['build', data, '--draft', '--out', 'konsep'], dir)).toEqual(expect.objectContaining({ status: 0, stderr: '' }));
  });

  test('--abaikan-periksa builds it, says so, and the PDF and DOCX properties record it', async () => {
    const result = runCli(['--lang', 'en', 'build', data, '--out', 'hasil', '--abaikan-periksa'], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${data}: built with --abaikan-periksa although the check found 2 error(s); the PDF's and DOCX's properties (Keywords) record it`);
    const keywords = 'pemeriksaan diabaikan (--abaikan-periksa): 2 kesalahan';
    expect((await readPdf(path.join(dir, 'hasil', `${BASE}-asli.pdf`))).info.Keywords).toBe(keywords);
    expect(readDocx(readFileSync(path.join(dir, 'hasil', `${BASE}-asli.docx`))).xml('docProps/core.xml')).toContain(`<cp:keywords>${keywords}</cp:keywords>`);
  });

  test('the corrected sample builds with its warnings printed', () => {
    const result = runCli(['--lang', 'en', 'build', SAMPLE, '--out', path.join(dir, 'sampel')], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/: warning \[misspelling\] /);
    expect(besidesWarnings(result.stderr)).toEqual([]);
  });
});
