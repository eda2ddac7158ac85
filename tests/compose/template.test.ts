/** Office templates: where they are found, how they extend another, and how their mistakes are told. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectDataFiles } from '../../src/commands/batch';
import { composeDecree } from '../../src/compose/compose';
import { plainText } from '../../src/compose/inline';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import type { Block } from '../../src/layout/model';
import { NaskahError } from '../../src/problems/problem';
import { formatProblem } from '../../src/problems/messages';

const CLEAN = path.join(__dirname, '..', 'fixtures', 'data', 'clean.yaml');

let root: string;
/** The office's folder, with a year folder holding the decree: office/2022/035.yaml. */
let office: string;
let dataFile: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'naskah-templat-'));
  office = path.join(root, 'kpu-contoh');
  mkdirSync(path.join(office, '2022'), { recursive: true });
  dataFile = path.join(office, '2022', '035.yaml');
  copyFileSync(CLEAN, dataFile);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [plainText(block.runs)] : block.kind === 'columns' ? paragraphs(block.columns.flatMap((column) => column.blocks)) : []));
}

function bodyText(): string[] {
  return paragraphs(composeDecree(validateDecree(loadYamlFile(dataFile)), { variant: 'asli', dataFile }).sections[0].blocks);
}

/** Every message of the build, in the language asked. */
function messagesOf(lang: 'id' | 'en' = 'en'): string[] {
  try {
    bodyText();
  } catch (error) {
    if (error instanceof NaskahError) return error.problems.map((problem) => formatProblem(problem, lang));
    throw error;
  }
  return [];
}

const write = (file: string, text: string) => writeFileSync(file, text);

describe('finding a template', () => {
  test('the one beside the data comes first, then the office folder\'s, then naskah\'s', () => {
    expect(bodyText()).toContain('MEMUTUSKAN:');
    write(path.join(office, 'keputusan.templat.yaml'), 'extends: keputusan\ntexts:\n  memutuskan: "MEMUTUSKAN"\n');
    expect(bodyText()).toContain('MEMUTUSKAN');
    expect(bodyText()).not.toContain('MEMUTUSKAN:');
    // A template beside the data that extends its namesake gets the office folder's, which gets naskah's.
    write(path.join(office, '2022', 'keputusan.templat.yaml'), 'extends: keputusan\ntexts:\n  pada_tanggal: "Pada tanggal {{tanggal ditetapkan.tanggal}}"\n');
    const lines = bodyText();
    expect(lines).toContain('MEMUTUSKAN');
    expect(lines).toContain('Pada tanggal 2 Februari 2022');
    expect(lines).toContain('Ditetapkan di Taliwang');
  });

  test('a template of another name, named by templat:, extends naskah\'s', () => {
    write(path.join(office, 'legacy.templat.yaml'), 'extends: keputusan\ntexts:\n  pejabat: "{{upper kantor.lembaga}} {{upper kantor.wilayah}},"\n');
    write(dataFile, `templat: legacy\n${readFileSync(CLEAN, 'utf8')}`);
    expect(bodyText()).toContain('KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,');
    expect(bodyText()).not.toContain('KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,');
  });

  test('a block given as null is left out, a replaced block keeps its place', () => {
    write(path.join(office, 'keputusan.templat.yaml'), 'extends: keputusan\nblocks:\n  kop: null\n  memutuskan:\n    lines: ["M E M U T U S K A N"]\n    space_before: 1\n');
    const lines = bodyText();
    expect(lines[0]).toBe('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT');
    expect(lines).toContain('M E M U T U S K A N');
  });

  test('office templates in a folder are not taken for decrees by a batch build', () => {
    write(path.join(office, 'keputusan.templat.yaml'), 'extends: keputusan\n');
    expect(collectDataFiles([office])).toEqual([dataFile]);
  });
});

describe('mistakes in a template are placed at their line and said in the user\'s language', () => {
  const template = () => path.join(office, 'keputusan.templat.yaml');

  test('an unknown key in a replaced block', () => {
    write(template(), 'extends: keputusan\nblocks:\n  judul:\n    lines: ["A"]\n    styl: heading\n');
    expect(messagesOf()).toEqual([`${template()}:5:11: blocks › judul › styl: unknown key "styl" in the template; check its spelling or remove it (see the notes at the top of templates/keputusan.yaml)`]);
    expect(messagesOf('id')[0]).toContain(':5:11: blocks › judul › styl: kunci "styl" tidak dikenal di templat');
  });

  test('a value of the wrong kind', () => {
    write(template(), 'extends: keputusan\nblocks:\n  judul:\n    lines: ["A"]\n    align: middle\n');
    expect(messagesOf()).toEqual([`${template()}:5:12: blocks › judul › align: found "middle", choose one of: left, center, right, justify`]);
  });

  test('a text Handlebars cannot read', () => {
    write(template(), 'extends: keputusan\ntexts:\n  memutuskan: "{{#if salinan}}MEMUTUSKAN"\n');
    const [message] = messagesOf();
    expect(message).toMatch(new RegExp(`^${template().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:15: texts › memutuskan: the template text cannot be read \\(.*\\); check the pairs of`));
    expect(messagesOf('id')[0]).toContain('teks templat tidak dapat dibaca');
  });

  test('a name the data does not have', () => {
    write(template(), 'extends: keputusan\ntexts:\n  memutuskan: "{{kantor.wilyah}}"\n');
    expect(messagesOf()).toEqual([`${template()}:3:15: texts › memutuskan: "wilyah" is not in the decree data, the template's texts or the template helpers (upper, tanggal, ordinal, roman, huruf, isian, sebaris, sama); check its spelling`]);
    expect(messagesOf('id')[0]).toContain('"wilyah" tidak ada di data keputusan');
  });

  test('a block the extended template does not have', () => {
    write(template(), 'extends: keputusan\nblocks:\n  juduul: null\n');
    const [message] = messagesOf();
    expect(message).toMatch(/:3:11: blocks › juduul: the extended template has no block named "juduul"; named blocks: tanda_salinan, lambang, kop, judul, pejabat, /);
  });

  test('a template that extends one that does not exist', () => {
    write(template(), 'extends: surat-edaran\n');
    expect(messagesOf()).toEqual([`${template()}:1:10: extends: the extended template "surat-edaran" is not found (surat-edaran.templat.yaml in the data folder or the one above, or one of naskah's own)`]);
  });

  test('templates that extend each other in a ring', () => {
    write(template(), 'extends: a\n');
    write(path.join(office, 'a.templat.yaml'), 'extends: keputusan-b\n');
    write(path.join(office, 'keputusan-b.templat.yaml'), 'extends: a\n');
    write(dataFile, `templat: keputusan-b\n${readFileSync(CLEAN, 'utf8')}`);
    expect(messagesOf()).toEqual([`${path.join(office, 'a.templat.yaml')}:1:10: extends: template "keputusan-b" extends itself through a chain of "extends"; break the chain`]);
  });

  test('a page break before a block the template does not name', () => {
    write(dataFile, readFileSync(CLEAN, 'utf8').replace('kantor:\n', 'kantor:\n  tata_letak:\n    halaman_baru: [memutus]\n'));
    expect(messagesOf()[0]).toMatch(/kantor › tata_letak › halaman_baru no\. 1: the template has no block named "memutus"; named blocks: tanda_salinan, /);
  });
});
