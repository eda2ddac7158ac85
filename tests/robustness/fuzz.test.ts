/**
 * Random decrees and random damage to the sample, in-process (load → validate → compose → render):
 * a valid decree gives a DOCX of valid XML and a PDF that reads back with its text printed literally;
 * an invalid one gives a NaskahError; nothing throws anything else.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { toolAvailable } from '../support/tools';
import { parse, stringify } from 'yaml';
import { composeDecree } from '../../src/compose/compose';
import { parseInline, plainText } from '../../src/compose/inline';
import { loadYamlFile, parseYamlText, PRINTABLE_RANGES } from '../../src/data/load';
import type { Decree, DecreeInput } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { NaskahError } from '../../src/problems/problem';
import { isCovered, type Block, type LayoutDocument } from '../../src/layout/model';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { SAMPLE } from '../support/cli';
import { readDocx, text as docxText, unzip } from '../support/docx';
import { readPdf } from '../support/read-pdf';
import { expectValidDocx } from '../support/validate-docx';

/** Decrees validated and composed; a few dozen of them (and of the damaged samples) also rendered. */
const MODEL_RUNS = 2_000;
const RENDER_RUNS = 20;
const DAMAGE_RUNS = 300;
const DAMAGED_RENDERS = 4;

const sampleText = readFileSync(SAMPLE, 'utf8');
const sampleData = parse(sampleText) as DecreeInput;

// ---- Random decrees

/** Text that looks like code to a template, to XML, to a PDF content stream or to the inline markup. */
const LOOKS_LIKE_CODE = [
  '{{constructor.constructor "return process"}}',
  '{{#each this}}x{{/each}}',
  '{{> partial}}',
  '{{{kantor}}}',
  '<w:p><w:r><w:t>',
  '</w:t></w:r>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#x0;',
  ') Tj ET BT (',
  '%%EOF',
  '\\',
  '_miring_',
  '\\_',
  "Ma'ruf",
  'Maʿruf',
  '“kutip”',
  '__proto__',
  'constructor',
];
/**
 * Every character the loader accepts but the tab: a tab at a word's end prints, but the PDF's text layer
 * then misreads the letter before it (seen here after many renders in one process; see the report).
 */
const printableChars = PRINTABLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).filter(
  (char) => char !== '\t',
);
const word = fc.oneof(fc.constantFrom(...LOOKS_LIKE_CODE), fc.string({ unit: fc.constantFrom(...printableChars), minLength: 1, maxLength: 12 }));
const text = fc
  .array(word, { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '))
  .filter((value) => value.trim() !== '');
const texts = (minLength: number, maxLength: number) => fc.array(text, { minLength, maxLength });
/** Any year the schema accepts. */
const isoDate = fc.date({ min: new Date('1945-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const official = fc.record({ jabatan: text, nama: text, nip: fc.option(fc.stringMatching(/^\d{18}$/), { nil: undefined }) }).map(withoutUndefined);
const activity = fc.record({
  nama: text,
  sub_kegiatan: fc.array(fc.record({ uraian: text, bulan: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }), ket: text }), { minLength: 1, maxLength: 4 }),
});
const layoutSettings = fc.record(
  {
    kertas: fc.constantFrom('F4', 'A4'),
    ukuran_huruf: fc.integer({ min: 8, max: 16 }),
    spasi: fc.constantFrom(1, 1.15, 1.5, 2),
    kepala_tebal: fc.boolean(),
    format_nomor: fc.constantFrom('baku', 'kode'),
    tanggal_di_lampiran: fc.boolean(),
    tempat_tanggal_di_lampiran: fc.boolean(),
    nomor_halaman: fc.constantFrom('- n -', '-n-', 'n'),
    nomor_halaman_lampiran: fc.constantFrom('lanjut', 'ulang'),
    kata_penyambung: fc.record({ badan: fc.boolean(), lampiran: fc.boolean() }),
  },
  { requiredKeys: [] },
);

const decree: fc.Arbitrary<DecreeInput> = fc
  .record({
    kantor: fc.record({ lembaga: text, wilayah: text, kedudukan: text, pengesah_salinan: official, tata_letak: layoutSettings }),
    keputusan: fc.record({ nomor: fc.oneof(fc.integer({ min: 1, max: 9999 }), text), tahun: fc.integer({ min: 1945, max: 2200 }), tentang: text }),
    menimbang: texts(1, 5),
    mengingat: texts(1, 5),
    memperhatikan: texts(0, 3),
    diktum: texts(1, 6),
    ditetapkan: fc.record({ tanggal: isoDate }),
    penandatangan: official,
    lampiran: fc.option(fc.record({ judul: text, kegiatan: fc.array(activity, { minLength: 1, maxLength: 5 }) }), { nil: undefined }),
  })
  .map((value) => withoutUndefined(value) as DecreeInput);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** The decree as a user would write it, through the loader and the validation. */
function loadDecree(input: DecreeInput): Decree {
  return validateDecree(parseYamlText('acak.yaml', stringify(input)));
}

function compose(valid: Decree): LayoutDocument {
  return composeDecree(valid, { variant: 'salinan', dataFile: SAMPLE });
}

/** What a reader sees of a data text: the inline markup applied, whitespace aside. */
const seen = (value: string) => plainText(parseInline(value)).replace(/\s+/g, '');

function layoutText(blocks: Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'paragraph':
          return plainText(block.runs);
        case 'grid':
          return block.rows.map((row) => row.label + row.marker + plainText(row.runs)).join(' ');
        case 'table':
          return block.rows.map((row) => row.map((cell) => (isCovered(cell) ? '' : [cell.marker, plainText(cell.runs)].filter(Boolean).join(' '))).join(' ')).join(' ');
        case 'columns':
          return block.columns.map((column) => layoutText(column.blocks)).join(' ');
        default:
          return '';
      }
    })
    .join(' ');
}

test('thousands of random decrees validate and compose, their texts printed literally', () => {
  fc.assert(
    fc.property(decree, (input) => {
      const layout = compose(loadDecree(input));
      const printed = layoutText(layout.sections.flatMap((section) => section.blocks)).replace(/\s+/g, '');
      for (const value of [...input.diktum, ...input.menimbang]) expect(printed).toContain(seen(value));
    }),
    { numRuns: MODEL_RUNS },
  );
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Every XML part of a DOCX parses (xmllint, much quicker than the schema check); a notice where xmllint is missing. */
function expectWellFormedXml(docx: Buffer): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-xml-'));
  try {
    const parts = unzip(docx)
      .filter((entry) => /\.(xml|rels)$/.test(entry.name))
      .map((entry, index) => {
        const file = path.join(dir, `${index}.xml`);
        writeFileSync(file, entry.data);
        return file;
      });
    const result = spawnSync('xmllint', ['--noout', ...parts], { encoding: 'utf8' });
    if (!toolAvailable(result.error === undefined, `xmllint cannot run (${result.error?.message}): XML well-formedness check`)) return;
    expect({ status: result.status, errors: result.stderr }).toEqual({ status: 0, errors: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last few random decrees' PDFs, each rendered after many others in this process. */
const RENDERED_KEPT = 4;
const renderedHere: { layout: LayoutDocument; pdf: Buffer }[] = [];

/**
 * A full render: the DOCX's XML well-formed (or, with `schema`, valid against OOXML) with the dictums in
 * it as written, the PDF read back by pdfjs. (What the PDF says is compared, one build per process, in
 * printed.test.ts; that it does not depend on the renders before it, below.)
 */
async function expectRendered(valid: Decree, dictums: string[], check: 'xml' | 'schema'): Promise<void> {
  const layout = compose(valid);
  const [docx, pdf] = await Promise.all([renderDocx(layout), renderPdf(layout, { bundled: true })]);
  renderedHere.push({ layout, pdf });
  if (renderedHere.length > RENDERED_KEPT) renderedHere.shift();
  if (check === 'schema') expectValidDocx(docx);
  else expectWellFormedXml(docx);
  const body = docxText(readDocx(docx).xml('word/document.xml')).replace(/\s+/g, '');
  for (const dictum of dictums) expect(body).toContain(seen(dictum));
  expect((await readPdf(pdf)).pages.length).toBeGreaterThan(0);
}

test('a few dozen random decrees render to a valid DOCX and a readable PDF', async () => {
  await fc.assert(
    fc.asyncProperty(decree, async (input) => expectRendered(loadDecree(input), input.diktum, 'xml')),
    { numRuns: RENDER_RUNS },
  );
  // Each decree starts xmllint and pdf.js in processes of their own: minutes on a busy machine.
}, 600_000);

test('a PDF rendered after many others is the same as one rendered in a fresh process', async () => {
  expect(renderedHere).toHaveLength(RENDERED_KEPT);
  for (const { layout, pdf } of renderedHere) {
    await jest.isolateModulesAsync(async () => {
      const fresh = (await import('../../src/render/pdf')) as typeof import('../../src/render/pdf');
      expect((await fresh.renderPdf(layout, { bundled: true })).equals(pdf)).toBe(true);
    });
  }
});

// ---- Damaged samples

const damageText = fc.oneof(
  fc.constantFrom(': ', '- ', '&a ', '*a', '!!binary ', '!x ', '{', '}', '[', ']', '"', "'", '#', '\t', '\n', '---\n', '  ', '<<: *a', '\u0000', '\u0007', '\u202E', '\uFEFF', 'محمد', '🇮🇩'),
  fc.string({ maxLength: 8 }),
);
/** One change to the file's bytes at a place given as a fraction of its length. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: damageText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('repeat-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function applyDamage(bytes: Buffer, change: Damage): Buffer {
  const at = Math.floor(change.at * bytes.length);
  switch (change.kind) {
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(change.what), bytes.subarray(at)]);
    case 'bytes':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(change.what), bytes.subarray(at)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
    case 'repeat-line': {
      const start = bytes.lastIndexOf(0x0a, at) + 1;
      const end = bytes.indexOf(0x0a, at) + 1 || bytes.length;
      return Buffer.concat([bytes.subarray(0, end), bytes.subarray(start, end), bytes.subarray(end)]);
    }
  }
}

describe('the sample, damaged at random', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-fuzz-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('is refused with a NaskahError, or gives a valid document; nothing else is thrown', async () => {
    const file = path.join(dir, 'keputusan.yaml');
    const stillValid: Decree[] = [];
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (changes) => {
        writeFileSync(file, changes.reduce(applyDamage, Buffer.from(sampleText)));
        try {
          const valid = validateDecree(loadYamlFile(file));
          compose(valid);
          if (stillValid.length < DAMAGED_RENDERS) stillValid.push(valid);
        } catch (error) {
          if (!(error instanceof NaskahError)) throw error;
          expect(error.problems.length).toBeGreaterThan(0);
          for (const problem of error.problems) expect(problem.file).toBe(file);
        }
      }),
      { numRuns: DAMAGE_RUNS },
    );
    for (const valid of stillValid) await expectRendered(valid, valid.diktum, 'schema');
  });

  test('the untouched sample is among the valid ones', () => {
    expect(validateDecree(parseYamlText(SAMPLE, sampleText)).diktum).toEqual(sampleData.diktum.map((dictum) => dictum.trim()));
  });
});

// A zip date holds only 1980 to 2099 as fflate writes it; the schema accepts 1945 to 2200.
test.each(['1945-08-18', '1979-12-31', '2100-01-01', '2200-12-31'])('a decree signed on %s renders to DOCX', async (date) => {
  const year = Number(date.slice(0, 4));
  const input = { ...sampleData, keputusan: { ...sampleData.keputusan, tahun: year }, ditetapkan: { tanggal: date } };
  const docx = await renderDocx(compose(loadDecree(input)));
  expect(readDocx(docx).xml('docProps/core.xml')).toContain(`${date}T00:00:00Z`);
});
