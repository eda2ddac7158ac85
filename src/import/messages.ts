/** What `naskah import` says when a source cannot be read as a decree, in Bahasa Indonesia and English. */
import type { Problem } from '../problems/problem';
import type { Lang } from '../problems/messages';

type Text = Record<Lang, string>;

export const importMessages: Record<string, (p: Problem, lang: Lang) => Text> = {
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
  'import-pdf': () => ({
    id: 'berkas PDF tidak dapat diimpor langsung; ambil teksnya dulu (misalnya pdftotext berkas.pdf) lalu impor berkas teks itu',
    en: 'a PDF cannot be imported directly; extract its text first (e.g. pdftotext file.pdf) and import that text file',
  }),
  'import-binary': () => ({
    id: 'berkas ini bukan teks dan bukan DOCX; impor berkas DOCX atau teks hasil salinan naskah',
    en: 'this file is neither text nor DOCX; import a DOCX file or the text of a decree',
  }),
  'import-not-decree': (p) => ({
    id: `isi berkas tidak dikenali sebagai keputusan: ${missingParts(p.detail, 'id')} tidak ditemukan`,
    en: `the content is not recognised as a decree: ${missingParts(p.detail, 'en')} not found`,
  }),
  'import-invalid-value': (p) => ({
    id: `naskah terbaca, tetapi isian ini tidak sah menurut format data: ${p.detail}; periksa sumbernya`,
    en: `the decree was read, but these fields are not valid data: ${p.detail}; check the source`,
  }),
};

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
