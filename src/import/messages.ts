/** What `naskah import` says when a source cannot be read as a decree, in Bahasa Indonesia and English. */
import type { Catalogue, Lang, Text } from '../messages/catalogue';
import type { ProblemValues } from '../problems/problem';
import type { ImportCounts } from './index';

export const importMessages = {
  'import-empty': () => ({
    id: 'berkas kosong: tidak ada naskah yang dapat diimpor',
    en: 'the file is empty: there is no decree to import',
  }),
  'import-damaged-docx': (p) => ({
    id: `berkas DOCX rusak atau terpotong (${p.detail}); simpan ulang dari Word lalu ulangi`,
    en: `the DOCX file is damaged or truncated (${p.detail}); save it again from Word and retry`,
  }),
  'import-not-docx': () => ({
    id: 'berkas ini arsip zip, tetapi bukan dokumen Word (DOCX)',
    en: 'this file is a zip archive, but not a Word document (DOCX)',
  }),
  'import-damaged-pdf': (p) => ({
    id: `berkas PDF rusak atau terpotong (${p.detail}); unduh atau simpan ulang PDF-nya lalu ulangi`,
    en: `the PDF file is damaged or truncated (${p.detail}); download or save the PDF again and retry`,
  }),
  'import-pdf-no-text': () => ({
    id: 'PDF ini tidak memuat teks (hasil pindaian gambar); jalankan OCR lebih dulu atau impor DOCX-nya',
    en: 'this PDF holds no text (a scanned image); run OCR on it first or import its DOCX',
  }),
  'import-binary': () => ({
    id: 'berkas ini bukan teks, DOCX atau PDF; impor berkas DOCX, PDF atau teks hasil salinan naskah',
    en: 'this file is neither text, DOCX nor PDF; import a DOCX, a PDF or the text of a decree',
  }),
  'import-not-decree': (p) => ({
    id: `isi berkas tidak dikenali sebagai keputusan: ${missingParts(p.detail, 'id')} tidak ditemukan`,
    en: `the content is not recognised as a decree: ${missingParts(p.detail, 'en')} not found`,
  }),
  'import-invalid-value': (p) => ({
    id: `naskah terbaca, tetapi isian ini tidak sah menurut format data: ${p.detail}; periksa sumbernya`,
    en: `the decree was read, but these fields are not valid data: ${p.detail}; check the source`,
  }),
} satisfies Catalogue<ProblemValues>;

/** What the importer guessed or could not find, written beside the field in the data file and listed to the user. */
export const noteMessages = {
  caseGuessed: {
    id: 'ditulis dengan huruf kapital di sumber; periksa huruf besar-kecilnya',
    en: 'written in capitals in the source; check which letters are upper case',
  },
  seatFromPlace: { id: 'kedudukan kantor diambil dari tempat penetapan', en: "the office's seat is taken from the place of enactment" },
  certifierMissing: {
    id: 'pengesah salinan tidak ada di sumber (naskah asli); isi sendiri',
    en: 'the certifier of copies is not in the source (an original); fill it in',
  },
  signatoryMissing: { id: 'nama penanda tangan tidak ditemukan di sumber; isi sendiri', en: "the signatory's name is not in the source; fill it in" },
  dateUnread: {
    id: 'tanggal penetapan tidak terbaca di sumber; isi dengan format TTTT-BB-HH',
    en: 'the date of enactment cannot be read in the source; fill it in as YYYY-MM-DD',
  },
  placeMissing: { id: 'tempat penetapan tidak ditemukan di sumber; isi sendiri', en: 'the place of enactment is not in the source; fill it in' },
  yearFromDate: { id: 'tahun tidak tertulis pada nomor; diambil dari tanggal penetapan', en: 'the number has no year; it is taken from the date of enactment' },
  regionGuessed: { id: 'wilayah dipisahkan dari nama lembaga secara tebakan', en: "the region is guessed apart from the institution's name" },
  monthsMissing: { id: 'jadwal tidak ada di sumber: bulan kosong', en: 'the source has no schedule: months left empty' },
  cellEmpty: { id: 'sel ini kosong di sumber; isi sendiri', en: 'this cell is empty in the source; fill it in' },
  appendixTitleMissing: { id: 'judul lampiran tidak ditemukan di sumber; isi sendiri', en: "the appendix's title is not in the source; fill it in" },
  columnWidthsRead: {
    id: 'kolom dibaca dari tabel sumber (judul, lebar, perataan, penomoran); periksa lebarnya',
    en: "the columns are read from the source's table (heading, width, alignment, numbering); check their widths",
  },
  groupsGuessed: {
    id: 'susunan kelompok (mana di dalam mana) ditebak dari judul kelompoknya; periksa',
    en: 'how the groups nest is guessed from their headings; check it',
  },
  chapterCaseGuessed: {
    id: 'judul bab dicetak dengan huruf kapital di sumber; periksa huruf besar-kecilnya',
    en: 'the chapter titles are printed in capitals in the source; check their case',
  },
  listDepthGuessed: {
    id: 'tingkat daftar bernomor ditebak dari bentuk penandanya (1. → a. → 1) → a)); periksa indentasinya',
    en: 'the levels of the numbered lists are guessed from their markers (1. → a. → 1) → a)); check the indentation',
  },
  partMissing: { id: 'bagian ini tidak ditemukan di sumber; isi sendiri', en: 'this part is not in the source; fill it in' },
} satisfies Record<string, Text>;

export type NoteKey = keyof typeof noteMessages;

/** The word that marks a guess, so that a search for it finds every one. */
export const GUESS: Text = { id: 'tebakan', en: 'guess' };

/** The data file's opening comment. */
export function importedFrom(sourceName: string, lang: Lang): string[] {
  return {
    id: [` Diimpor dari ${sourceName}.`, ` Periksa setiap baris bertanda "${GUESS.id}": isinya tidak tertulis persis seperti itu di sumber.`],
    en: [` Imported from ${sourceName}.`, ` Check every line marked "${GUESS.en}": the source does not say exactly that.`],
  }[lang];
}

/** What an import found, counted. */
export function importReport(counts: ImportCounts, lang: Lang): string {
  const { menimbang, mengingat, diktum, kegiatan, sub_kegiatan } = counts;
  return {
    id: `ditemukan: ${menimbang} menimbang, ${mengingat} mengingat, ${diktum} diktum, ${kegiatan} kegiatan, ${sub_kegiatan} sub kegiatan`,
    en: `found: ${menimbang} considerations, ${mengingat} legal bases, ${diktum} dictums, ${kegiatan} activities, ${sub_kegiatan} sub-activities`,
  }[lang];
}

/** The parts of a decree the importer looks for, in the user's words. */
const partNames: Record<string, Text> = {
  judul: { id: 'judul "KEPUTUSAN …"', en: 'the "KEPUTUSAN …" heading' },
  nomor: { id: 'baris NOMOR', en: 'the NOMOR line' },
  tentang: { id: 'baris TENTANG dan judulnya', en: 'the TENTANG line and its title' },
  menimbang: { id: 'bagian Menimbang', en: 'the Menimbang section' },
  mengingat: { id: 'bagian Mengingat', en: 'the Mengingat section' },
  diktum: { id: 'diktum (KESATU, KEDUA, …)', en: 'the dictums (KESATU, KEDUA, …)' },
  ditetapkan: { id: 'baris "Ditetapkan di …"', en: 'the "Ditetapkan di …" line' },
  penandatangan: { id: 'nama penanda tangan', en: "the signatory's name" },
};

function missingParts(detail: string | undefined, lang: Lang): string {
  return (detail ?? '')
    .split(',')
    .filter(Boolean)
    .map((part) => partNames[part]?.[lang] ?? part)
    .join(', ');
}
