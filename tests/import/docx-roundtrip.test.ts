import fc from 'fast-check';
import path from 'node:path';
import { composeDecree, type Variant } from '../../src/compose/compose';
import { loadYamlFile, parseYamlText } from '../../src/data/load';
import { decreeSchema, type AppendixInput, type Decree, type DecreeInput } from '../../src/data/schema';
import { comparable, type TableColumnInput } from './comparable';
import { validateDecree } from '../../src/data/validate';
import { importDocx } from '../../src/import';
import { renderDocx } from '../../src/render/docx';
import { PT_PER_MM, type LayoutDocument } from '../../src/layout/model';
import type { TableBreaks } from '../../src/layout/table-breaks';

const SAMPLE = path.join(__dirname, '..', '..', 'data', 'kpu-sumbawa-barat', '2022-035.yaml');

/**
 * Page breaks in every table, one every `every` rows of its body, as the PDF's pages would break it: which
 * rows they stand before matters not to reading the parts back.
 */
function breaksEvery(layout: LayoutDocument, every: number): TableBreaks {
  const breaks = new Map<number, number[]>();
  layout.sections
    .flatMap((section) => section.blocks)
    .forEach((block, index) => {
      if (block.kind !== 'table') return;
      const rows = Array.from({ length: block.rows.length }, (_, row) => row).filter((row) => row > block.headerRows && (row - block.headerRows) % every === 0);
      if (rows.length > 0) breaks.set(index, rows);
    });
  return breaks;
}

/** `breakEvery`: the DOCX breaks its tables as beside a PDF (breaksEvery); without, it is drawn alone. */
async function roundTrip(decree: Decree, variant: Variant = 'salinan', draft = false, breakEvery?: number) {
  const layout = composeDecree(decree, { variant, draft, dataFile: SAMPLE });
  const docx = await renderDocx(layout, breakEvery ? { tableBreaks: breaksEvery(layout, breakEvery) } : {});
  const result = await importDocx(docx, 'keputusan.docx');
  const grid = layout.sections[0].blocks.find((block) => block.kind === 'grid');
  const printedLabelMm = grid ? Math.round((grid.columns.label / PT_PER_MM) * 10) / 10 : undefined;
  return { result, printedLabelMm, decree: validateDecree(parseYamlText('imported.yaml', result.yaml), { draft }) };
}

describe('importing a DOCX built by naskah', () => {
  const sample = validateDecree(loadYamlFile(SAMPLE));

  it('gives back the sample data unchanged, months from the shaded cells and italics from italic runs', async () => {
    const { decree, result } = await roundTrip(sample);
    expect(decree).toEqual(sample);
    // 86: the decree as signed lists one sub-activity of activity 17 twice; the sample has it once.
    expect(result.counts).toEqual({ menimbang: 2, mengingat: 4, diktum: 2, kegiatan: 32, sub_kegiatan: 86 });
    expect(result.yaml).toContain('_agent of change_');
    expect(result.yaml).not.toContain('jadwal tidak ada di sumber');
  });

  it('from the original (no certified copy), fills the certifier with dots and says so', async () => {
    const { decree, result } = await roundTrip(sample, 'asli');
    expect(decree.kantor.pengesah_salinan).toEqual({ jabatan: '.........', nama: '.........' });
    expect({ ...decree, kantor: { ...decree.kantor, pengesah_salinan: sample.kantor.pengesah_salinan } }).toEqual(sample);
    expect(result.guesses).toContainEqual(expect.stringMatching(/^kantor › pengesah_salinan: tebakan: pengesah salinan tidak ada/));
  });

  it('from a draft, leaves the number and the date open again', async () => {
    const draft = { ...sample, keputusan: { ...sample.keputusan, nomor: null }, ditetapkan: { tanggal: null } };
    const { decree, result } = await roundTrip(draft, 'salinan', true);
    expect(decree).toEqual(draft);
    expect(result.guesses.join('\n')).not.toMatch(/tanggal/);
  });

  it('reads back the layout settings the document shows', async () => {
    const settings = {
      kertas: 'A4',
      huruf: 'Arial',
      ukuran_huruf: 11,
      ukuran_huruf_tabel: 9,
      spasi: 1.15,
      margin_mm: { atas: 25, bawah: 20.5, kiri: 35, kanan: 15 },
      kepala_tebal: true,
      kolom_mm: { label: 32.5, titik_dua: 5, penanda: 8 },
      format_nomor: 'kode',
      tanggal_di_lampiran: true,
      tempat_tanggal_di_lampiran: false,
      nomor_halaman: '-n-',
      nomor_halaman_lampiran: 'ulang',
    } as const;
    const decree = decreeSchema.parse({
      ...sample,
      kantor: { ...sample.kantor, tata_letak: settings, pengesah_salinan: { ...sample.kantor.pengesah_salinan, nip: '197001012000031001' } },
      keputusan: { ...sample.keputusan, nomor: '203/PL.02-Kpt/01/KPU/I/2022' },
    });
    expect((await roundTrip(decree)).decree).toEqual(decree);
  });
});

// Random decrees. What the document prints only in capitals (names, the appendix title) is generated
// in a form that its capitals give back; everything else is free within a vocabulary of decree words.
const vocabulary = [
  'bahwa', 'untuk', 'melaksanakan', 'tugas', 'dan', 'tanggung', 'jawab', 'Tim', 'Kerja', 'Zona', 'Integritas,', 'pelayanan',
  'publik;', 'Undang-Undang', 'Nomor', '28', 'Tahun', '1999', 'tentang', '(SPBE)', 'road', 'map/rencana', 'kinerja.', 'di',
  'Lingkungan', 'Komisi', 'berlaku', 'pada', 'tanggal', 'sebagaimana', 'dimaksud', 'huruf', 'a,', 'evaluasi', 'reward', '"wajib"', 'a.', '1.', 'nama\\_berkas', 'KPU', 'Rp5.000,00',
];
const word = fc.constantFrom(...vocabulary);
const phrase = (maxWords: number) =>
  fc
    .array(fc.record({ words: fc.array(word, { minLength: 1, maxLength: 3 }), italic: fc.integer({ min: 0, max: 3 }).map((n) => n === 0) }), {
      minLength: 1,
      maxLength: Math.ceil(maxWords / 2),
    })
    .map((chunks) => chunks.map((chunk) => (chunk.italic ? `_${chunk.words.join(' ')}_` : chunk.words.join(' '))).join(' '));
const capitalsPhrase = phrase(8).map((text) => text.toLocaleUpperCase('id'));
const personName = fc
  .tuple(fc.constantFrom('', 'Dr. ', 'H. '), fc.constantFrom('Denny', 'Faridah', 'Ahmad', "Ma'ruf"), fc.constantFrom('Saputra', 'Anwar', 'Fauzi-Rahman'), fc.constantFrom('', ', S.H.', ', S.H., M.Si.'))
  .map((parts) => `${parts[0]}${parts[1]} ${parts[2]}${parts[3]}`);
const nip = fc.option(fc.stringMatching(/^\d{18}$/), { nil: undefined });
const months = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 });

const settings = fc.record(
  {
    kertas: fc.constantFrom('F4', 'A4'),
    huruf: fc.constantFrom('Bookman Old Style', 'Arial', 'Times New Roman'),
    ukuran_huruf: fc.constantFrom(11, 12, 13),
    ukuran_huruf_tabel: fc.constantFrom(8, 9.5, 10),
    spasi: fc.constantFrom(1, 1.15, 1.5),
    margin_mm: fc.record({ atas: fc.integer({ min: 15, max: 30 }), bawah: fc.integer({ min: 15, max: 30 }), kiri: fc.integer({ min: 20, max: 35 }), kanan: fc.integer({ min: 15, max: 25 }) }),
    kepala_tebal: fc.boolean(),
    kolom_mm: fc.record({ label: fc.constantFrom(28, 30, 32.5), titik_dua: fc.constantFrom(3, 4), penanda: fc.constantFrom(6, 7, 8.5) }),
    tanggal_di_lampiran: fc.boolean(),
    tempat_tanggal_di_lampiran: fc.boolean(),
    nomor_halaman: fc.constantFrom('- n -', '-n-', 'n'),
    nomor_halaman_lampiran: fc.constantFrom('lanjut', 'ulang'),
  },
  { requiredKeys: [] },
);

const schedule = fc.record({
  judul: capitalsPhrase,
  kegiatan: fc.array(
    fc.record({
      nama: phrase(6),
      sub_kegiatan: fc.array(fc.record({ uraian: phrase(16), bulan: months, ket: fc.option(phrase(4), { nil: '' }) }), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

// A table of names: the template's columns or declared ones (every width declared, as a drawn width
// cannot tell a declared one from the share of a column without one); groups whose headings begin with
// the word of their level, as real ones do ("KECAMATAN …" over "DESA …"), which is how their nesting is read.
const cellText = phrase(5);
const declaredColumns = fc
  .tuple(
    // Numbered through the table: by groups is told from it only where a group shows it, as the template's set tests.
    fc.constantFrom('urut' as const, undefined),
    fc.array(fc.record({ judul: fc.constantFrom('NAMA', 'JABATAN', 'ALAMAT', 'KETERANGAN', 'NIK'), lebar_mm: fc.integer({ min: 15, max: 60 }), rata: fc.constantFrom('kiri', 'tengah', 'kanan') }), { minLength: 1, maxLength: 3 }),
  )
  .map(([nomor, typed]) => [...(nomor ? [{ judul: 'NO', lebar_mm: 10, rata: 'tengah' as const, nomor }] : []), ...typed]);
const rowsOf = (cells: number) => fc.array(fc.array(cellText, { minLength: cells, maxLength: cells }), { minLength: 1, maxLength: 4 });
const groupsOf = (cells: number) =>
  fc.oneof(
    rowsOf(cells),
    fc.array(fc.record({ kelompok: fc.constantFrom('DESA LUNYUK REA', 'DESA JAMU', 'DESA PERUNG'), baris: rowsOf(cells) }), { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.record({
        kelompok: fc.constantFrom('KECAMATAN LUNYUK', 'KECAMATAN ALAS'),
        baris: fc.array(fc.record({ kelompok: fc.constantFrom('DESA LUNYUK REA', 'DESA JAMU'), baris: rowsOf(cells) }), { minLength: 1, maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  );
const nameTable: fc.Arbitrary<AppendixInput> = fc.oneof(fc.constant<string | TableColumnInput[]>('susunan_keanggotaan'), declaredColumns).chain((kolom) => {
  const typed = kolom === 'susunan_keanggotaan' ? 3 : (kolom as TableColumnInput[]).filter((column) => !column.nomor).length;
  return fc.record({ jenis: fc.constant('tabel' as const), judul: capitalsPhrase, kolom: fc.constant(kolom), baris: groupsOf(typed) }).map((table) => table as AppendixInput);
});

// A text guideline in the markup a clerk types: chapters, sections, paragraphs, items nested three deep, a table.
const textPhrase = fc
  .array(fc.record({ words: fc.array(fc.constantFrom('pemutakhiran', 'data', 'pemilih', 'dilakukan', 'oleh', 'Sekretariat;', 'dan', 'paling', 'lambat', '3', '(tiga)', 'hari.'), { minLength: 1, maxLength: 4 }), style: fc.constantFrom('', '', '', '_', '*') }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((chunks) => chunks.map((chunk) => `${chunk.style}${chunk.words.join(' ')}${chunk.style}`).join(' '));
const markers = [(n: number) => `${n}.`, (n: number) => `${String.fromCharCode(96 + n)}.`, (n: number) => `${n})`];
type ItemTree = { text: string; items: ItemTree[]; paragraph?: string };
const itemTree = (depth: number): fc.Arbitrary<ItemTree[]> =>
  fc.array(
    fc.record({ text: textPhrase, items: depth < 2 ? itemTree(depth + 1) : fc.constant([]), paragraph: fc.option(textPhrase, { nil: undefined }) }),
    { minLength: depth === 0 ? 1 : 0, maxLength: 3 },
  );
const listMarkup = (items: ItemTree[], depth = 0): string[] =>
  items.flatMap((item, i) => [
    `${'   '.repeat(depth)}${markers[depth](i + 1)} ${item.text}`,
    ...listMarkup(item.items, depth + 1),
    ...(item.paragraph ? ['', `${'   '.repeat(depth + 1)}${item.paragraph}`] : []),
  ]);
const block = fc.oneof(
  textPhrase.map((text) => ['', text]),
  itemTree(0).map((items) => ['', ...listMarkup(items)]),
  fc.array(fc.array(cellText, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((rows) => ['', '| NO | URAIAN |', '|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)]),
);
const guideline = fc
  .array(
    fc.record({
      title: fc.constantFrom('Pendahuluan', 'Ketentuan Umum', 'Pelaksanaan', 'Penutup'),
      sections: fc.array(fc.record({ title: phrase(5), blocks: fc.array(block, { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
      blocks: fc.array(block, { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((chapters) =>
    chapters
      .flatMap((chapter) => [
        '',
        `# ${chapter.title}`,
        ...chapter.blocks.flat(),
        ...chapter.sections.flatMap((section) => ['', `## ${section.title}`, ...section.blocks.flat()]),
      ])
      .join('\n'),
  );
const textAppendix = fc.record({ jenis: fc.constant('teks' as const), judul: capitalsPhrase, isi: guideline });
const appendix: fc.Arbitrary<AppendixInput> = fc.oneof(schedule.map((lampiran) => ({ jenis: 'jadwal' as const, ...lampiran })), nameTable, textAppendix);

const decreeInput: fc.Arbitrary<DecreeInput> = fc
  .record({
    lembaga: fc.constantFrom('Komisi Pemilihan Umum', 'Komisi Independen Pemilihan', 'Badan Pengawas Pemilihan Umum'),
    wilayah: fc.constantFrom('Kabupaten Sumbawa Barat', 'Provinsi Nusa Tenggara Barat', 'Kota Banda Aceh', 'Republik Indonesia'),
    kedudukan: fc.constantFrom('Taliwang', 'Mataram', 'Banda Aceh'),
    certifier: fc.record({ jabatan: fc.constantFrom('Kasubbag Hukum dan Sumber Daya Manusia', 'Kepala Subbagian Umum'), nama: personName, nip }),
    settings,
    code: fc.boolean(),
    number: fc.integer({ min: 1, max: 999 }),
    tahun: fc.integer({ min: 2000, max: 2099 }),
    tentang: phrase(14),
    menimbang: fc.array(phrase(30), { minLength: 1, maxLength: 4 }),
    // Two legal bases at least, so that a grid has a marker column whose width can be read back.
    mengingat: fc.array(phrase(30), { minLength: 2, maxLength: 4 }),
    memperhatikan: fc.array(phrase(20), { maxLength: 2 }),
    diktum: fc.array(phrase(30), { minLength: 1, maxLength: 4 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    signatory: fc.record({ jabatan: fc.constantFrom('Ketua', 'Plt. Ketua', 'Sekretaris'), nama: personName }),
    lampiran: fc.option(fc.oneof(schedule, fc.array(appendix, { minLength: 1, maxLength: 3 })), { nil: undefined }),
  })
  .map((r) => {
    // Settings of the appendix show nowhere in a decree without one, so they cannot come back from it;
    // nor does the table type size where no appendix draws a table (a text without one).
    const { tanggal_di_lampiran, tempat_tanggal_di_lampiran, nomor_halaman_lampiran, ukuran_huruf_tabel, ...bodySettings } = r.settings;
    const appendixSettings = { tanggal_di_lampiran, tempat_tanggal_di_lampiran, nomor_halaman_lampiran };
    const appendices = r.lampiran === undefined ? [] : Array.isArray(r.lampiran) ? r.lampiran : [r.lampiran];
    const tableDrawn = appendices.some((appendix) => !('jenis' in appendix) || appendix.jenis !== 'teks' || /^\|/m.test(appendix.isi));
    return { ...r, settings: { ...bodySettings, ...(r.lampiran ? appendixSettings : {}), ...(tableDrawn ? { ukuran_huruf_tabel } : {}) } };
  })
  .map((r) => ({
    kantor: {
      lembaga: r.lembaga,
      wilayah: r.wilayah,
      kedudukan: r.kedudukan,
      pengesah_salinan: { jabatan: r.certifier.jabatan, nama: r.certifier.nama, ...(r.certifier.nip ? { nip: r.certifier.nip } : {}) },
      tata_letak: { ...r.settings, format_nomor: r.code ? 'kode' : 'baku' },
    },
    keputusan: { nomor: r.code ? `${r.number}/PL.02-Kpt/01/KPU/I/${r.tahun}` : r.number, tahun: r.tahun, tentang: r.tentang },
    menimbang: r.menimbang,
    mengingat: r.mengingat,
    memperhatikan: r.memperhatikan,
    diktum: r.diktum,
    ditetapkan: { tanggal: `${r.tahun}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}` },
    penandatangan: r.signatory,
    ...(r.lampiran ? { lampiran: r.lampiran } : {}),
  }));

describe('build → DOCX → import, for random decrees', () => {
  it('gives back the same data, also with its tables broken over pages', async () => {
    await fc.assert(
      fc.asyncProperty(decreeInput, fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), async (input, breakEvery) => {
        const decree = decreeSchema.parse(input);
        const { decree: imported, printedLabelMm } = await roundTrip(decree, 'salinan', false, breakEvery);
        // The label column is read back as printed: the office's width, or wider where a label needs it.
        const layout = decree.kantor.tata_letak;
        const printed = { ...decree, kantor: { ...decree.kantor, tata_letak: { ...layout, kolom_mm: { ...layout.kolom_mm, label: printedLabelMm! } } } };
        expect(comparable(imported)).toEqual(comparable(printed));
      }),
      { numRuns: 40 },
    );
  });
});
