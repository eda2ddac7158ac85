/**
 * The decree data as the office writes it (YAML keys in the decree's own terms) and as the code reads it.
 * Objects are strict so that a misspelt key is reported instead of silently ignored.
 * Messages are not written here: src/problems/messages.ts explains every issue in the user's language.
 */
import { z } from 'zod';
import { isRealIsoDate } from '../formatters';
import { readMonths } from './months';

const text = z.string().trim().min(1);
const optionalText = z.string().trim().optional();

const month = z.number().int().min(1).max(12);

/** Months as written: "1-3, 6", "Januari-Maret", "Jan–Mar, Jul" (src/data/months.ts says what is read). */
const writtenMonths = z.string().transform((value, ctx) => {
  const read = readMonths(value);
  if ('months' in read) return read.months;
  ctx.addIssue({ code: 'custom', message: 'invalid', input: read.invalid });
  return z.NEVER;
});

/** One month by its name ("Juli") in a list of months. */
const monthName = writtenMonths.pipe(z.array(month).length(1)).transform(([only]) => only);

/** A list of months, one month (`bulan: 6`), or months as written; each month once, in order. */
const months = z
  .union([month.transform((only) => [only]), z.array(z.union([month, monthName])), writtenMonths])
  .transform((list) => [...new Set(list)].sort((a, b) => a - b));

const isoDate = z.string().refine(isRealIsoDate, { message: 'iso-date' });

const lengthMm = z.number().min(0).max(100);

/** The keys of a table of choices, as the names a setting accepts. */
function namesOf<Key extends string>(table: Record<Key, unknown>): [Key, ...Key[]] {
  return Object.keys(table) as [Key, ...Key[]];
}

/** R1: the paper an office prints on, in millimetres, portrait. */
export const PAPER_MM = { F4: { width: 215, height: 330 }, A4: { width: 210, height: 297 } } as const;
/** R42: the text before and after the page number, by the style's name. */
export const PAGE_NUMBER_AFFIXES = { '- n -': ['- ', ' -'], '-n-': ['-', '-'], n: ['', ''] } as const;

/** The paper whose portrait size lies within `toleranceMm` of a page's (either way round), if any. */
export function paperOfSize(widthMm: number, heightMm: number, toleranceMm: number): keyof typeof PAPER_MM | undefined {
  const [short, long] = [widthMm, heightMm].sort((a, b) => a - b);
  const names = Object.keys(PAPER_MM) as (keyof typeof PAPER_MM)[];
  return names.find((name) => Math.abs(PAPER_MM[name].width - short) < toleranceMm && Math.abs(PAPER_MM[name].height - long) < toleranceMm);
}

/** Per-office layout settings (conventions.md groups A and G); every one has the stated default. */
export const layoutSettingsSchema = z.strictObject({
  /** R1 */
  kertas: z.enum(namesOf(PAPER_MM)).default('F4'),
  /** R2: the office's typeface, named in the DOCX; the PDF embeds the closest free font. */
  huruf: text.default('Bookman Old Style'),
  ukuran_huruf: z.number().min(8).max(16).default(12),
  ukuran_huruf_tabel: z.number().min(6).max(14).default(10),
  /** R4 */
  spasi: z.number().min(1).max(3).default(1),
  /** R3 */
  margin_mm: z
    .strictObject({ atas: lengthMm, bawah: lengthMm, kiri: lengthMm, kanan: lengthMm })
    .default({ atas: 20, bawah: 25, kiri: 30, kanan: 20 }),
  /** R5 */
  kepala_tebal: z.boolean().default(false),
  /** R15: widths of the label, colon and marker columns. */
  kolom_mm: z
    .strictObject({ label: lengthMm, titik_dua: lengthMm, penanda: lengthMm })
    .default({ label: 30, titik_dua: 4, penanda: 7 }),
  /** R17: the last consideration ends with ";" (the rule) or "." (some regional offices). */
  akhir_menimbang: z.enum([';', '.']).default(';'),
  /** R11 */
  format_nomor: z.enum(['baku', 'kode']).default('baku'),
  /** R37 */
  tanggal_di_lampiran: z.boolean().default(false),
  /** R40 */
  tempat_tanggal_di_lampiran: z.boolean().default(false),
  /** R42 */
  nomor_halaman: z.enum(namesOf(PAGE_NUMBER_AFFIXES)).default('- n -'),
  /** R44 */
  nomor_halaman_lampiran: z.enum(['lanjut', 'ulang']).default('lanjut'),
  /** R43 */
  kata_penyambung: z
    .strictObject({
      badan: z.boolean().default(true),
      lampiran: z.boolean().default(false),
      /** What follows the words: "3. Peraturan . . ." or "(Lembaran …". */
      akhiran: z.enum(['. . .', '…']).default('. . .'),
    })
    .default({ badan: true, lampiran: false, akhiran: '. . .' }),
  /** Named blocks of the template that start a new page, e.g. [memutuskan] or [penetapan]. */
  halaman_baru: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).default([]),
});

const official = z.strictObject({
  /** e.g. "Ketua" or "Plt. Ketua"; the institution and region are added from `kantor`. */
  jabatan: text,
  nama: text,
  nip: z
    .string()
    .regex(/^\d{18}$/)
    .optional(),
});

const signatureKind = z.enum(['basah', 'elektronik']);

/** How the office signs electronically (TTE) and what it prints with it. */
const electronicSignatureSchema = z.strictObject({
  /** The default for the office's decrees; a decree may say otherwise (`tanda_tangan`). */
  tanda_tangan: signatureKind.default('basah'),
  /** Verification address printed as a QR code in the signature area; {nomor} and {tahun} are filled in. */
  verifikasi: z.string().trim().regex(/^https?:\/\/\S+$/).optional(),
  /** The certified copy of an electronically signed decree: with today's certification block, or without. */
  salinan: z.enum(['pengesahan', 'tanpa']).default('pengesahan'),
  /** Where the sentence about the electronic signature is printed: below the signature, or in the footer of every page. */
  keterangan: z.enum(['halaman_tanda_tangan', 'kaki_halaman']).default('halaman_tanda_tangan'),
});

const officeSchema = z.strictObject({
  /** "Komisi Pemilihan Umum", or "Komisi Independen Pemilihan" in Aceh. */
  lembaga: text,
  /** "Kabupaten Sumbawa Barat", "Provinsi Nusa Tenggara Barat", "Republik Indonesia". */
  wilayah: text,
  /** The seat where decrees are signed, e.g. "Taliwang". */
  kedudukan: text,
  /** An emblem image (PNG or JPEG), relative to the data file. */
  lambang: optionalText,
  /** The official who certifies copies (R33, R34). */
  pengesah_salinan: official,
  tata_letak: layoutSettingsSchema.default(layoutSettingsSchema.parse({})),
  tte: electronicSignatureSchema.default(electronicSignatureSchema.parse({})),
  /** Originals and copies as PDF/A-2b, for long-term archiving (a draft never: its watermark is transparent). */
  pdfa: z.boolean().default(false),
});

const appendixCommon = {
  judul: text,
  /** A name the dictums cite it by ({{lampiran pedoman}}), so that reordering the appendices keeps every citation right. */
  kunci: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** Page orientation; by default the template's for this kind (a schedule landscape, a text portrait). */
  orientasi: z.enum(['tegak', 'mendatar']).optional(),
};

const subActivity = z.strictObject({
  uraian: text,
  bulan: months.default([]),
  ket: z.string().trim().default(''),
});

const activity = z.strictObject({
  nama: text,
  sub_kegiatan: z.array(subActivity).min(1),
});

/** A schedule (the only kind before there were several, hence the default). */
const scheduleAppendix = z.strictObject({
  jenis: z.literal('jadwal'),
  ...appendixCommon,
  kegiatan: z.array(activity).min(1),
});

/** A column of a table: its heading, width (the columns without one share the rest) and alignment. */
export const tableColumnSchema = z.strictObject({
  judul: text,
  lebar_mm: z.number().positive().max(400).optional(),
  rata: z.enum(['kiri', 'tengah', 'kanan']).default('kiri'),
  /** Numbered by naskah (1, 2, 3, … through the table, or again in every group); the rows leave this column out. */
  nomor: z.enum(['urut', 'per_kelompok']).optional(),
});

/** A row is its cells, left to right; a group is a heading over rows (or over further groups). */
export type TableRowInput = (string | number)[] | { kelompok: string; baris: TableRowInput[] };
export type TableRow = string[] | { kelompok: string; baris: TableRow[] };
const tableCell = z.union([z.string().trim(), z.number().transform(String)]);
const tableRow: z.ZodType<TableRow, TableRowInput> = z.lazy(() =>
  z.union([z.array(tableCell).min(1), z.strictObject({ kelompok: text, baris: z.array(tableRow).min(1) })]),
);

const tableAppendix = z.strictObject({
  jenis: z.literal('tabel'),
  ...appendixCommon,
  /** The columns, or the name of a set of columns in the template (`tables:` there). */
  kolom: z.union([z.array(tableColumnSchema).min(1), z.string().regex(/^[a-z0-9_-]+$/)]),
  baris: z.array(tableRow).min(1),
});

/** A text (a technical guideline) in the light markup of src/compose/markup.ts. */
const textAppendix = z.strictObject({
  jenis: z.literal('teks'),
  ...appendixCommon,
  isi: text,
});

const appendix = z.preprocess(
  // An appendix without a kind is a schedule, as every appendix was before there were kinds.
  (value) => (isPlainObject(value) && !('jenis' in value) ? { jenis: 'jadwal', ...value } : value),
  z.discriminatedUnion('jenis', [scheduleAppendix, tableAppendix, textAppendix]),
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export const decreeSchema = z.strictObject({
  /** The template that gives the document its wording and order: NAME.templat.yaml beside the data file or in the folder above, else naskah's templates/NAME.yaml. */
  templat: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default('keputusan'),
  kantor: officeSchema,
  keputusan: z.strictObject({
    /** "35", or a classification code such as "203/PL.02-Kpt/01/KPU/I/2019"; empty (null) until it is decided. */
    nomor: z
      .union([z.string().trim().min(1), z.number().int().positive()])
      .transform(String)
      .nullable(),
    tahun: z.number().int().min(1945).max(2200),
    /** The title, in title case as in the last consideration; headings print it in capitals. */
    tentang: text,
  }),
  menimbang: z.array(text).min(1),
  mengingat: z.array(text).min(1),
  memperhatikan: z.array(text).default([]),
  diktum: z.array(text).min(1),
  ditetapkan: z.strictObject({
    /** Defaults to the office's seat. */
    tempat: optionalText,
    /** Empty (null) until it is decided. */
    tanggal: isoDate.nullable(),
  }),
  penandatangan: official,
  /** Wet ink or electronic; by default the office's choice (kantor.tte.tanda_tangan). */
  tanda_tangan: signatureKind.optional(),
  /** None, one (a single appendix may be written without the list) or several, headed LAMPIRAN I, II, … */
  lampiran: z.preprocess((value) => (isPlainObject(value) ? [value] : value), z.array(appendix)).default([]),
});

/** A schedule as written before there were kinds: without `jenis`. */
export type ScheduleInput = Omit<z.input<typeof scheduleAppendix>, 'jenis'>;
export type AppendixInput = z.input<typeof scheduleAppendix> | z.input<typeof tableAppendix> | z.input<typeof textAppendix> | ScheduleInput;
/** As written: `lampiran` may be one appendix or a list of them, and a schedule may leave out its kind. */
export type DecreeInput = Omit<z.input<typeof decreeSchema>, 'lampiran'> & { lampiran?: AppendixInput | AppendixInput[] };
export type Decree = z.output<typeof decreeSchema>;
export type LayoutSettings = z.output<typeof layoutSettingsSchema>;
export type Official = z.output<typeof official>;
export type Appendix = Decree['lampiran'][number];
export type ScheduleAppendix = Extract<Appendix, { jenis: 'jadwal' }>;
export type TableAppendix = Extract<Appendix, { jenis: 'tabel' }>;
export type TableColumn = z.output<typeof tableColumnSchema>;
