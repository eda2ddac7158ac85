/**
 * The decree data as the office writes it (YAML keys in the decree's own terms) and as the code reads it.
 * Objects are strict so that a misspelt key is reported instead of silently ignored.
 * Messages are not written here: src/data/messages.ts explains every issue in the user's language.
 */
import { z } from 'zod';
import { isRealIsoDate } from '../formatters';

const text = z.string().trim().min(1);
const optionalText = z.string().trim().optional();

const month = z.number().int().min(1).max(12);

/** "1-3, 6, 9-12" → [1, 2, 3, 6, 9, 10, 11, 12]; a list of numbers is taken as it is. */
const monthRange = z
  .string()
  .regex(/^\s*\d{1,2}(\s*-\s*\d{1,2})?(\s*,\s*\d{1,2}(\s*-\s*\d{1,2})?)*\s*$/)
  .transform((value, ctx) => {
    const months: number[] = [];
    for (const part of value.split(',')) {
      const [from, to = from] = part.split('-').map((n) => Number(n.trim()));
      if (from < 1 || to > 12 || from > to) {
        ctx.addIssue({ code: 'custom', message: 'invalid', input: part.trim() });
        return z.NEVER;
      }
      for (let m = from; m <= to; m++) months.push(m);
    }
    return months;
  });

const months = z
  .union([z.array(month), monthRange])
  .transform((list) => [...new Set(list)].sort((a, b) => a - b));

const isoDate = z.string().refine(isRealIsoDate, { message: 'iso-date' });

const lengthMm = z.number().min(0).max(100);

/** Per-office layout settings (conventions.md groups A and G); every one has the stated default. */
export const layoutSettingsSchema = z.strictObject({
  /** R1 */
  kertas: z.enum(['F4', 'A4']).default('F4'),
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
  nomor_halaman: z.enum(['- n -', '-n-', 'n']).default('- n -'),
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

export const officeSchema = z.strictObject({
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
});

const subActivity = z.strictObject({
  uraian: text,
  bulan: months.default([]),
  ket: z.string().trim().default(''),
});

const activity = z.strictObject({
  nama: text,
  sub_kegiatan: z.array(subActivity).min(1),
});

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
  lampiran: z
    .strictObject({
      judul: text,
      kegiatan: z.array(activity).min(1),
    })
    .optional(),
});

export type DecreeInput = z.input<typeof decreeSchema>;
export type Decree = z.output<typeof decreeSchema>;
export type LayoutSettings = z.output<typeof layoutSettingsSchema>;
export type Official = z.output<typeof official>;
