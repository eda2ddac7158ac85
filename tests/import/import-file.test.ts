import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeDecree } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { NaskahError } from '../../src/problems/problem';
import { importFile } from '../../src/import';
import { importMessages } from '../../src/import/messages';
import { formatProblem } from '../../src/problems/messages';
import { renderDocx } from '../../src/render/docx';

const REPO = path.join(__dirname, '..', '..');
const REFERENCE = path.join(__dirname, '..', 'fixtures', 'import', 'kpu-sumbawa-barat-2022-035.txt');
const SAMPLE = path.join(REPO, 'data', 'kpu-sumbawa-barat', '2022-035.yaml');

function workspace(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'naskah-import-'));
}

/** The problem keys of what `importFile` threw, or a failure if it threw nothing or something else. */
async function problemKeys(run: Promise<unknown>): Promise<string[]> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(NaskahError);
  return (error as NaskahError).problems.map((problem) => problem.key);
}

async function sampleDocx(): Promise<Buffer> {
  return renderDocx(composeDecree(validateDecree(loadYamlFile(SAMPLE)), { variant: 'salinan', dataFile: SAMPLE }));
}

describe('naskah import: files', () => {
  it('writes the data file beside the source, named after it, and reads it back as the same decree', async () => {
    const dir = workspace();
    const source = path.join(dir, 'keputusan-35.docx');
    writeFileSync(source, await sampleDocx());
    const { target, result } = await importFile(source);
    expect(target).toBe(path.join(dir, 'keputusan-35.yaml'));
    expect(readFileSync(target, 'utf8')).toBe(result.yaml);
    expect(validateDecree(loadYamlFile(target))).toEqual(validateDecree(loadYamlFile(SAMPLE)));
  });

  it('takes a text file by its content, whatever its name, and writes where it is told', async () => {
    const dir = workspace();
    const source = path.join(dir, 'salinan.docx.txt');
    writeFileSync(source, readFileSync(REFERENCE));
    const { target, result } = await importFile(source, path.join(dir, 'out', 'keputusan.yaml'));
    expect(target).toBe(path.join(dir, 'out', 'keputusan.yaml'));
    expect(result.counts.sub_kegiatan).toBe(87);
    expect(existsSync(target)).toBe(true);
  });

  it('never overwrites an existing data file', async () => {
    const dir = workspace();
    const source = path.join(dir, 'keputusan.txt');
    writeFileSync(source, readFileSync(REFERENCE));
    writeFileSync(path.join(dir, 'keputusan.yaml'), 'handwritten: true\n');
    expect(await problemKeys(importFile(source))).toEqual(['never-overwrite']);
    expect(readFileSync(path.join(dir, 'keputusan.yaml'), 'utf8')).toBe('handwritten: true\n');
    expect(readdirSync(dir).sort()).toEqual(['keputusan.txt', 'keputusan.yaml']);
  });
});

describe('naskah import: what is no decree is refused with a clear message, and nothing is written', () => {
  const notADecreeDocx = () =>
    Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('LAPORAN BULANAN'), new Paragraph('Kegiatan bulan Maret berjalan lancar.')] }] }));

  const cases: [string, () => Promise<Buffer> | Buffer, string][] = [
    ['an empty file', () => Buffer.alloc(0), 'import-empty'],
    ['a file of blank lines', () => Buffer.from('\n \n\t\n'), 'import-empty'],
    ['a truncated DOCX', async () => (await sampleDocx()).subarray(0, 5000), 'import-damaged-docx'],
    ['a zip that is no DOCX', () => Buffer.from(zipSync({ 'catatan.txt': new TextEncoder().encode('halo') })), 'import-not-docx'],
    ['a DOCX that is no decree', notADecreeDocx, 'import-not-decree'],
    ['a text of something else', () => readFileSync(path.join(REPO, 'README.md')), 'import-not-decree'],
    ['a binary file', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'import-binary'],
  ];

  it.each(cases)('%s', async (_, bytes, key) => {
    const dir = workspace();
    const source = path.join(dir, 'sumber.docx');
    writeFileSync(source, await bytes());
    expect(await problemKeys(importFile(source))).toEqual([key]);
    expect(readdirSync(dir)).toEqual(['sumber.docx']);
  });

  it('a missing file', async () => {
    expect(await problemKeys(importFile(path.join(workspace(), 'tidak-ada.docx')))).toEqual(['file-missing']);
  });

  it('says which parts of a decree it did not find, in both languages', async () => {
    const dir = workspace();
    const source = path.join(dir, 'surat.txt');
    writeFileSync(source, 'Laporan kegiatan\nMenurut rencana kerja tahun ini, kegiatan berjalan lancar.\n');
    const error = await importFile(source).catch((thrown: NaskahError) => thrown);
    const [problem] = (error as NaskahError).problems;
    expect(formatProblem(problem, 'id')).toMatch(/judul "KEPUTUSAN …", .*bagian Menimbang, bagian Mengingat, diktum .* tidak ditemukan/);
    expect(formatProblem(problem, 'en')).toMatch(/the Menimbang section, the Mengingat section, the dictums .* not found/);
  });

  it('imports the heading of a decree without its body, the missing parts left to fill and named', async () => {
    const dir = workspace();
    const source = path.join(dir, 'surat.txt');
    writeFileSync(source, 'KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT\nNOMOR 1 TAHUN 2024\nTENTANG\nSESUATU\n');
    const { result } = await importFile(source);
    expect(result.guesses.filter((guess) => guess.includes('bagian ini tidak ditemukan')).map((guess) => guess.split(':')[0])).toEqual(['menimbang', 'mengingat', 'diktum']);
    expect(validateDecree(loadYamlFile(path.join(dir, 'surat.yaml')), { draft: true }).diktum).toEqual(['.........']);
  });

  it('has a message in Indonesian and English for every key it uses', () => {
    for (const explain of Object.values(importMessages)) {
      const text = explain({ file: 'x', detail: 'menimbang' });
      expect(text.id).not.toBe('');
      expect(text.en).not.toBe('');
    }
    // Keys shared with the other commands are explained by the main messages.
    expect(formatProblem({ file: 'x.yaml', key: 'never-overwrite' }, 'en')).toMatch(/will not be overwritten/);
  });
});

describe('naskah import: values the data format does not allow', () => {
  it('refuses them, naming the field, and writes nothing', async () => {
    const dir = workspace();
    const source = path.join(dir, 'lama.txt');
    writeFileSync(source, readFileSync(REFERENCE, 'utf8').replace('NOMOR 35 TAHUN 2022', 'NOMOR 35 TAHUN 1900'));
    const error = await importFile(source).catch((thrown: NaskahError) => thrown);
    expect((error as NaskahError).problems).toEqual([expect.objectContaining({ key: 'import-invalid-value', detail: 'keputusan.tahun' })]);
    expect(readdirSync(dir)).toEqual(['lama.txt']);
  });
});
