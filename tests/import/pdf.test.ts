/**
 * `naskah import FILE.pdf` through the command line (pdfjs-dist is an ES module, which only a real
 * process loads): the PDF naskah builds from every sample in data/ read back, and a PDF that
 * LibreOffice made from a decree typed in Word.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseMarkup } from '../../src/compose/markup';
import { loadYamlFile } from '../../src/data/load';
import type { Decree } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { REPO, runCli } from '../support/cli';
import { HAND_MADE_CONTENT, handMadeDecree } from './hand-made-decree';
import { HAND_MADE_GUIDELINE, handMadeGuideline } from './hand-made-guideline';
import { comparable } from './comparable';
import { writeElectronicSample } from '../sign/electronic-sample';
import { typedWords, wordSimilarity } from './similarity';

/** Every decree in data/, whoever added it: a YAML file with a `keputusan` is a decree. */
function sampleFiles(dir = path.join(REPO, 'data')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sampleFiles(file);
    if (!/\.ya?ml$/.test(entry.name)) return [];
    const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
    return data && typeof data === 'object' && 'keputusan' in data ? [file] : [];
  });
}

/** What the pages print of a decree: its data without the layout settings and the emblem's file name. */
function printed(decree: Decree): unknown {
  const { tata_letak: _layout, lambang: _emblem, ...kantor } = decree.kantor;
  return { ...decree, kantor };
}

/** The rows of every table appendix, under their groups. */
function tableRows(decree: Decree): unknown[] {
  return decree.lampiran.flatMap((appendix) => (appendix.jenis === 'tabel' ? [appendix.baris] : []));
}

/** Every sub-activity's months, in the order of the schedule. */
function schedule(decree: Decree): number[][] {
  return (decree.lampiran ?? []).flatMap((appendix) => (appendix.jenis === 'jadwal' ? appendix.kegiatan.flatMap((activity) => activity.sub_kegiatan.map((task) => task.bulan)) : []));
}

function importPdf(pdf: string): { decree: Decree; report: string } {
  const target = pdf.replace(/\.pdf$/, '.yaml');
  const run = runCli(['import', pdf, '--out', target], path.dirname(pdf));
  if (run.status !== 0) throw new Error(`naskah import ${path.basename(pdf)} failed (${run.status}): ${run.stderr}`);
  return { decree: validateDecree(loadYamlFile(target), { draft: true }), report: run.stdout + run.stderr };
}

describe('importing the PDF naskah built, for every sample in data/', () => {
  const samples = sampleFiles();

  it('finds the samples', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  const roundTrip = (_: string, file: string) => {
    const sample = validateDecree(loadYamlFile(file), { draft: true });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-pdf-'));
    const draft = sample.keputusan.nomor === null || sample.ditetapkan.tanggal === null;
    const build = runCli(['build', file, '--salinan', ...(draft ? ['--draft'] : []), '--out', dir], REPO);
    expect(build.status).toBe(0);
    const [pdf] = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
    const { decree } = importPdf(path.join(dir, pdf));
    const similarity = wordSimilarity(typedWords(printed(comparable(decree) as Decree)), typedWords(printed(comparable(sample) as Decree)));
    console.log(`${path.relative(REPO, file)}: ${(similarity * 100).toFixed(2)} % of the words in order`);
    expect(similarity).toBeGreaterThanOrEqual(0.99);
    expect(schedule(decree)).toEqual(schedule(sample));
    expect(tableRows(decree)).toEqual(tableRows(sample));
    expect(decree.diktum.length).toBe(sample.diktum.length);
    expect(decree.menimbang.length).toBe(sample.menimbang.length);
  };
  const named = (files: string[]) => files.map((file): [string, string] => [path.relative(REPO, file), file]);
  it.each(named(samples))('%s: ≥ 99 % of the words in order, every scheduled month, every table row under its group', roundTrip);
});

describe('importing an electronically signed PDF whose every page ends with the signing sentence', () => {
  it('leaves the sentence (set by the office, not the data) out: the legal bases end as they were typed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-pdf-'));
    const data = writeElectronicSample(dir, '    keterangan: kaki_halaman\n');
    expect(runCli(['build', data, '--asli', '--out', dir], dir).status).toBe(0);
    const [pdf] = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
    const { decree } = importPdf(path.join(dir, pdf));
    const sample = validateDecree(loadYamlFile(data), { draft: true });
    expect(decree.mengingat).toEqual(sample.mengingat);
    expect(decree.menimbang).toEqual(sample.menimbang);
    expect(JSON.stringify(decree)).not.toMatch(/BSrE|Sandi Negara/);
  });
});

/** A DOCX as LibreOffice prints it to PDF, imported. */
function importPrinted(docx: Buffer, name: string): { decree: Decree; report: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-pdf-'));
  writeFileSync(path.join(dir, `${name}.docx`), docx);
  const convert = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, path.join(dir, `${name}.docx`)], {
    encoding: 'utf8',
  });
  // LibreOffice is installed by the CI script; without it this test fails rather than passing empty.
  if (convert.status !== 0) throw new Error(`soffice failed: ${convert.error ?? convert.stderr}`);
  return importPdf(path.join(dir, `${name}.pdf`));
}

describe('importing a PDF that LibreOffice made from a decree typed in Word', () => {
  let decree: Decree;
  let report: string;

  beforeAll(async () => {
    ({ decree, report } = importPrinted(await handMadeDecree(), 'keputusan-12'));
  });

  it('reads the heading, the body and the signature', () => {
    expect(decree.kantor).toMatchObject({ lembaga: 'Komisi Pemilihan Umum', wilayah: 'Kabupaten Sumbawa Barat', kedudukan: 'Taliwang' });
    const { lampiran: _schedule, ...body } = HAND_MADE_CONTENT;
    expect(decree).toMatchObject(body);
    expect(report).toMatch(/2 menimbang, 2 mengingat, 2 diktum, 2 kegiatan, 3 sub kegiatan/);
  });

  it('rebuilds the schedule from the positions, months from the shaded cells', () => {
    expect(decree.lampiran).toEqual(HAND_MADE_CONTENT.lampiran);
  });
});

describe('importing a PDF that LibreOffice made from a guideline typed in Word, its lists numbered by Word', () => {
  let decree: Decree;

  beforeAll(async () => {
    ({ decree } = importPrinted(await handMadeGuideline(), 'pedoman'));
  });

  it("rebuilds the table of names from its rules: the columns, Word's numbers counted in each village, the rows under districts and villages", () => {
    const [, table] = decree.lampiran;
    expect(table).toMatchObject({ jenis: 'tabel', baris: HAND_MADE_GUIDELINE.table.rows });
    const columns = table.jenis === 'tabel' && Array.isArray(table.kolom) ? table.kolom : [];
    expect(columns.map((column) => column.judul)).toEqual(HAND_MADE_GUIDELINE.table.columns);
    expect(columns[0].nomor).toBe('per_kelompok');
  });

  it("reads the text's chapters, sections and every list item with its marker and level", () => {
    const [text] = decree.lampiran;
    const outline = (markup: string) =>
      parseMarkup(markup).flatMap((node) => (node.kind === 'item' ? [`${node.depth}:${node.marker}`] : node.kind === 'chapter' || node.kind === 'section' ? [node.title] : []));
    expect(outline(text.jenis === 'teks' ? text.isi : '')).toEqual(outline(HAND_MADE_GUIDELINE.text));
  });
});

describe('importing a PDF that is no decree', () => {
  it.each([
    ['a damaged PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), /berkas PDF rusak atau terpotong/],
  ])('%s: a clear message, exit 1, nothing written', (_, bytes, message) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-pdf-'));
    writeFileSync(path.join(dir, 'sumber.pdf'), bytes);
    const run = runCli(['import', 'sumber.pdf'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual(['sumber.pdf']);
  });
});
