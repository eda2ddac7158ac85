/**
 * What naskah accepts however odd it looks: text that looks like code is printed as written, names from
 * the data give safe file names inside the output folder, YAML's harmless variants (BOM, CRLF, tabs)
 * change nothing, and large decrees within the limits build. Real command line, real outputs.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { LIMITS, PRINTABLE_RANGES } from '../../src/data/load';
import type { Decree, DecreeInput } from '../../src/data/schema';
import { outputBaseName, safeNamePart } from '../../src/output/files';
import { chooseFont } from '../../src/layout/fonts';
import { runCli, SAMPLE } from '../support/cli';
import { readDocx, text as docxText } from '../support/docx';
import { readPdf } from '../support/read-pdf';
import { expectValidDocx } from '../support/validate-docx';
import { pdfBodyText, snapshot, workspaceWith } from './workspace';
import { scheduleInputOf } from '../support/appendix';

const sampleText = readFileSync(SAMPLE, 'utf8');
const OUTPUT = 'kpu-kabupaten-sumbawa-barat-2022-35-asli';
const workspaces: string[] = [];

afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds `data` (YAML text) in a fresh workspace; returns the workspace and the files written. */
function build(data: string): { dir: string; written: string[] } {
  const dir = workspaceWith();
  workspaces.push(dir);
  writeFileSync(path.join(dir, 'keputusan.yaml'), data);
  // The data is odd on purpose (what is printed, not whether it is a good decree): the check's findings are
  // let through with --abaikan-periksa, and any other line on stderr is a failure.
  const result = runCli(['--lang', 'en', 'build', 'keputusan.yaml', '--out', 'output', '--abaikan-periksa'], dir);
  const other = result.stderr.split('\n').filter((line) => line && !/^keputusan\.yaml(:\d+:\d+: (error|warning) \[[a-z-]+\] |: built with --abaikan-periksa )/.test(line));
  expect({ status: result.status, other }).toEqual({ status: 0, other: [] });
  return { dir, written: result.stdout.trim().split('\n').map((line) => line.replace(/^written: /, '')) };
}

function changedSample(change: (decree: DecreeInput) => void): string {
  const decree = parse(sampleText) as DecreeInput;
  change(decree);
  return stringify(decree);
}

/** The text of the DOCX body and of the PDF, whitespace aside (lines break anywhere). */
async function printedTexts(dir: string): Promise<{ docx: string; pdf: string }> {
  const docx = readFileSync(path.join(dir, 'output', `${OUTPUT}.docx`));
  expectValidDocx(docx);
  const pdf = await readPdf(path.join(dir, 'output', `${OUTPUT}.pdf`));
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  return { docx: squeeze(docxText(readDocx(docx).xml('word/document.xml'))), pdf: squeeze(pdfBodyText(pdf)) };
}

describe('text that looks like code', () => {
  const looksLikeCode = [
    'bahwa {{constructor.constructor "return process.exit(7)"}} dan {{#each kantor}}x{{/each}} serta {{> bagian}};',
    'bahwa <w:p><w:r><w:t>sisipan</w:t></w:r></w:p> &amp; &lt; ]]> <![CDATA[ x tetap teks;',
    'bahwa ) Tj ET BT /F1 99 Tf (x) Tj %%EOF endstream endobj \\ tetap teks;',
  ];
  const names = "Ma'ruf Amin, Maʿruf, Ma’ruf, Ñoño Đặng Thị Ẩn, Zoë Ångström-Łukasiewicz";
  let texts: { docx: string; pdf: string };

  beforeAll(async () => {
    const { dir } = build(
      changedSample((decree) => {
        decree.menimbang = [...looksLikeCode, ...decree.menimbang];
        decree.penandatangan.nama = names;
      }),
    );
    texts = await printedTexts(dir);
  });

  test.each(looksLikeCode)('is printed as written in the DOCX and the PDF: %s', (value) => {
    expect(texts.docx).toContain(value.replace(/\s+/g, ''));
    expect(texts.pdf).toContain(value.replace(/\s+/g, ''));
  });

  test('names with apostrophes and diacritics are printed as written (in capitals under the signature)', () => {
    expect(texts.docx).toContain(names.toUpperCase().replace(/\s+/g, ''));
    expect(texts.pdf).toContain(names.toUpperCase().replace(/\s+/g, ''));
  });
});

describe('file names from the data', () => {
  test.each([
    ['a path', '../../etc/passwd'],
    ['a reserved device name', 'CON'],
    ['a reserved name with an extension', 'nul.txt'],
    ['slashes', 'a/b\\c'],
    ['300 characters', 'x'.repeat(300)],
    ['emoji only', '😀🇮🇩'],
    ['Arabic script', 'محمد'],
    ['dots only', '..'],
  ])('%s gives a plain name part', (_, value) => {
    const part = safeNamePart(value);
    expect(part).toMatch(/^[a-z0-9][a-z0-9.-]{0,59}$/);
    expect(part).not.toMatch(/\.\./);
    expect(part.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
  });

  test('a whole name stays short enough for any file system, with its temporary suffix', () => {
    const long = 'Sangat Panjang '.repeat(30);
    const decree = {
      kantor: { lembaga: long, wilayah: long },
      keputusan: { tahun: 2022, nomor: long },
    } as unknown as Decree;
    expect(Buffer.byteLength(`${outputBaseName(decree, 'salinan-konsep')}.docx.4194304.0123abcd.tmp`)).toBeLessThanOrEqual(255);
  });

  test('a hostile number and office build into the output folder and nowhere else', () => {
    const { dir, written } = build(
      changedSample((decree) => {
        decree.keputusan.nomor = '../../../etc/passwd';
        decree.kantor.wilayah = 'CON';
        decree.kantor.lembaga = 'a/b ../c';
      }),
    );
    expect(readdirSync(dir).sort()).toEqual(['keputusan.yaml', 'output']);
    expect(readdirSync(path.join(dir, 'output')).sort()).toEqual(['a-con--2022-etc-passwd-asli.docx', 'a-con--2022-etc-passwd-asli.pdf']);
    expect(written).toEqual(['output/a-con--2022-etc-passwd-asli.docx', 'output/a-con--2022-etc-passwd-asli.pdf']);
  });

  test('a link in the output folder is replaced, never written through', () => {
    const dir = workspaceWith();
    workspaces.push(dir);
    mkdirSync(path.join(dir, 'output'), { recursive: true });
    writeFileSync(path.join(dir, 'precious.txt'), 'mine');
    symlinkSync(path.join(dir, 'precious.txt'), path.join(dir, 'output', `${OUTPUT}.pdf`));
    const result = runCli(['build', SAMPLE, '--out', 'output'], dir);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, 'precious.txt'), 'utf8')).toBe('mine');
    expect(lstatSync(path.join(dir, 'output', `${OUTPUT}.pdf`)).isFile()).toBe(true);
  });
});

describe('what YAML allows', () => {
  test('a byte-order mark, CRLF line endings and tabs as separators give the same outputs as the sample', () => {
    const plain = build(sampleText);
    // A tab after each key's colon (not in texts that merely hold a colon), CRLF after every line.
    const keys = new Set<string>();
    const collectKeys = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collectKeys);
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          keys.add(key);
          collectKeys(item);
        }
      }
    };
    collectKeys(parse(sampleText));
    const tabbed = sampleText.replace(/^(\s*(?:- )?)([a-z_]+): /gm, (line, indent: string, key: string) => (keys.has(key) ? `${indent}${key}:\t` : line));
    const variant = build(`\uFEFF${tabbed.replace(/\n/g, '\r\n')}`);
    expect(snapshot(path.join(variant.dir, 'output'))).toEqual(snapshot(path.join(plain.dir, 'output')));
  });

  test('tabs and line breaks inside values are printed as space', async () => {
    const { dir } = build(changedSample((decree) => void (decree.diktum[1] = 'Keputusan ini\tmulai berlaku\npada tanggal ditetapkan.')));
    const texts = await printedTexts(dir);
    expect(texts.pdf).toContain('Keputusaninimulaiberlakupadatanggalditetapkan.');
    expect(texts.docx).toContain('Keputusaninimulaiberlakupadatanggalditetapkan.');
  });
});

describe('large decrees within the limits', () => {
  test('a consideration of 20,000 characters, a word longer than a line and 200 dictums are printed whole', async () => {
    const consideration = `bahwa ${'pertimbangan yang sangat panjang '.repeat(700)}`.slice(0, 20_000);
    const longWord = `Peraturan${'Nomor'.repeat(60)}`;
    const dictums = Array.from({ length: 200 }, (_, i) => `Ketentuan nomor urut ${i + 1} berlaku.`);
    const { dir } = build(
      changedSample((decree) => {
        decree.menimbang[0] = consideration;
        decree.mengingat[0] = `${longWord} tentang sesuatu;`;
        decree.diktum = dictums;
      }),
    );
    const texts = await printedTexts(dir);
    for (const printed of [texts.docx, texts.pdf]) {
      expect(printed).toContain(consideration.replace(/\s+/g, ''));
      expect(printed).toContain(longWord);
      for (const dictum of dictums) expect(printed).toContain(dictum.replace(/\s+/g, ''));
    }
  });

  test(`an appendix of ${LIMITS.scheduleRows} rows builds`, async () => {
    const { dir } = build(
      changedSample((decree) => {
        scheduleInputOf(decree).kegiatan = Array.from({ length: LIMITS.scheduleRows / 10 }, (_, a) => ({
          nama: `Kegiatan ${a + 1}`,
          sub_kegiatan: Array.from({ length: 10 }, (_, t) => ({ uraian: `Tugas ${a + 1}.${t + 1}`, bulan: [1 + t] })),
        }));
      }),
    );
    const texts = await printedTexts(dir);
    expect(texts.pdf).toContain(`Kegiatan${LIMITS.scheduleRows / 10}`);
    expect(texts.pdf).toContain(`Tugas${LIMITS.scheduleRows / 10}.10`);
    // Thousands of rows checked, laid out and drawn in both formats take a minute on a busy machine.
  }, 600_000);
});

describe('the characters naskah accepts', () => {
  /** fontkit is pdfkit's own font reader (installed with pdfmake). */
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit: { openSync(file: string): { hasGlyphForCodePoint(code: number): boolean } } = require('fontkit');
  const faces = [chooseFont('Bookman Old Style'), chooseFont('Arial'), chooseFont('Bookman Old Style', { bundled: true })];
  const files = [...new Set(faces.flatMap((face) => Object.values(face.files)))];
  const printable = PRINTABLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter((code) => code >= 0x20);

  test.each(files)('all have a glyph in %s', (file) => {
    const font = fontkit.openSync(file);
    expect(printable.filter((code) => !font.hasGlyphForCodePoint(code)).map((code) => code.toString(16))).toEqual([]);
  });
});
