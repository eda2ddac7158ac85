/** Everything naskah says to its users, in Bahasa Indonesia (default) and English. */
import { say, type Catalogue, type KeyOf, type Lang, type Text } from '../messages/catalogue';
import { importMessages } from '../import/messages';
import { studioMessages } from '../studio/messages';
import { registerMessages } from '../register/messages';
import { signMessages } from '../sign/messages';
import type { Problem, ProblemValues } from './problem';

/** Type names as zod reports them, in the users' words. */
const typeNames: Record<string, Text> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak (true atau false)', en: 'yes/no (true or false)' },
  array: { id: 'daftar (butir-butir diawali "- ")', en: 'a list (items starting with "- ")' },
  object: { id: 'kelompok isian (kunci: nilai)', en: 'a group of fields (key: value)' },
  null: { id: 'kosong', en: 'empty' },
};

/** What a field should hold, by the field's own name. */
const fieldHints: Record<string, Text> = {
  tanggal: { id: 'tanggal yang ada di kalender, ditulis TTTT-BB-HH, misalnya 2022-02-02', en: 'a real calendar date written YYYY-MM-DD, e.g. 2022-02-02' },
  bulan: {
    id: 'bulan 1 sampai 12 atau nama bulan, misalnya [1, 2, 3], 6, "1-3, 6", "Januari-Maret" atau "Jan–Mar, Jul"',
    en: 'months 1 to 12 or month names, e.g. [1, 2, 3], 6, "1-3, 6", "Januari-Maret" or "Jan–Mar, Jul"',
  },
  nip: { id: 'NIP 18 angka tanpa spasi', en: 'an 18-digit NIP without spaces' },
  nomor: { id: 'nomor urut seperti 35, atau kode seperti 203/PL.02-Kpt/01/KPU/I/2019', en: 'a sequence number such as 35, or a code such as 203/PL.02-Kpt/01/KPU/I/2019' },
  tahun: { id: 'tahun empat angka, misalnya 2022', en: 'a four-digit year, e.g. 2022' },
  jenis: { id: 'jenis lampiran: jadwal, tabel atau teks', en: 'a kind of appendix: jadwal, tabel or teks' },
  baris: {
    id: 'baris tabel sebagai daftar sel, misalnya [Ahmad Fauzi, Ketua, Desa Kuang], atau kelompok dengan kelompok: dan baris:',
    en: 'a table row as a list of cells, e.g. [Ahmad Fauzi, Ketua, Desa Kuang], or a group with kelompok: and baris:',
  },
  extends: { id: 'nama templat yang diperluas, misalnya keputusan', en: 'the name of the template extended, e.g. keputusan' },
  templat: { id: 'nama templat (huruf kecil, angka, tanda hubung): NAMA.templat.yaml di folder data, atau templat bawaan naskah', en: 'a template name (lower-case letters, digits, hyphens): NAME.templat.yaml in the data folder, or one of naskah\'s own' },
};

/** The YAML parser's commonest errors, by its error code. */
const yamlErrors: Record<string, Text> = {
  DUPLICATE_KEY: { id: 'kunci yang sama ditulis dua kali', en: 'the same key is written twice' },
  BAD_INDENT: { id: 'indentasi tidak sejajar', en: 'the indentation does not line up' },
  TAB_AS_INDENT: { id: 'indentasi memakai tab', en: 'a tab is used for indentation' },
  MISSING_CHAR: { id: 'tanda penutup (kurung atau kutip) tidak ada', en: 'a closing bracket or quote is missing' },
  MULTILINE_IMPLICIT_KEY: { id: 'kunci tidak boleh melewati satu baris', en: 'a key may not run over more than one line' },
  BAD_ALIAS: { id: 'alias (*nama) tidak sah', en: 'an alias (*name) is not valid' },
};

const messages = {
  'file-missing': () => ({ id: 'berkas tidak ditemukan', en: 'file not found' }),
  'file-is-folder': () => ({ id: 'ini sebuah folder, bukan berkas data', en: 'this is a folder, not a data file' }),
  'file-unreadable': (p) => ({ id: `berkas tidak dapat dibaca (${p.detail})`, en: `the file cannot be read (${p.detail})` }),
  'file-too-large': (p) => ({
    id: `berkas terlalu besar (${p.detail} bita); batasnya ${p.limit} bita`,
    en: `the file is too large (${p.detail} bytes); the limit is ${p.limit} bytes`,
  }),
  'yaml-syntax': (p) => {
    const known = yamlErrors[p.yamlCode ?? ''];
    return {
      id: `penulisan YAML salah: ${known?.id ?? p.detail}. Periksa indentasi (pakai spasi), tanda titik dua, dan tanda kutip`,
      en: `the YAML is malformed: ${known?.en ?? p.detail}. Check the indentation (spaces), colons and quotes`,
    };
  },
  'yaml-aliases': () => ({
    id: 'berkas memakai terlalu banyak alias YAML (*nama); tulis isinya langsung',
    en: 'the file uses too many YAML aliases (*name); write the values out',
  }),
  'file-not-regular': () => ({
    id: 'ini bukan berkas biasa (perangkat atau pipa); simpan datanya sebagai berkas .yaml',
    en: 'this is not an ordinary file (a device or a pipe); save the data as a .yaml file',
  }),
  'file-encoding': (p) => ({
    id: `berkas tidak tersimpan sebagai teks UTF-8 (${p.detail === 'UTF-16' ? 'tersimpan sebagai UTF-16' : 'ada bita yang bukan UTF-8'}); simpan ulang dengan pengodean UTF-8`,
    en: `the file is not saved as UTF-8 text (${p.detail === 'UTF-16' ? 'it is saved as UTF-16' : 'it holds bytes that are not UTF-8'}); save it again with the UTF-8 encoding`,
  }),
  'file-binary': () => ({
    id: 'ini bukan berkas teks (ada bita NUL); berkas data adalah teks YAML, bukan DOCX, PDF atau gambar',
    en: 'this is not a text file (it holds NUL bytes); a data file is YAML text, not a DOCX, a PDF or an image',
  }),
  'file-empty': () => ({ id: 'berkas kosong; tulis data keputusan di dalamnya', en: 'the file is empty; write the decree data in it' }),
  'yaml-tag': (p) => ({
    id: `tanda YAML ${p.found} tidak diterima; hapus tanda itu dan tulis nilainya sebagai teks biasa`,
    en: `the YAML tag ${p.found} is not accepted; remove it and write the value as plain text`,
  }),
  'yaml-too-deep': (p) => ({
    id: `data bersarang terlalu dalam; batasnya ${p.limit} tingkat`,
    en: `the data is nested too deep; the limit is ${p.limit} levels`,
  }),
  'yaml-multiple-documents': () => ({
    id: 'berkas memuat lebih dari satu dokumen YAML (baris "---"); satu berkas untuk satu keputusan',
    en: 'the file holds more than one YAML document (a "---" line); write one decree per file',
  }),
  'yaml-alias-cycle': () => ({
    id: 'alias YAML (*nama) menunjuk ke dalam dirinya sendiri sehingga datanya tidak berujung; tulis isinya langsung',
    en: 'a YAML alias (*name) points into itself, which makes endless data; write the values out',
  }),
  'yaml-tab': () => ({
    id: 'indentasi baris ini memakai tab, padahal YAML hanya menerima spasi di awal baris; ganti tab dengan spasi',
    en: 'this line is indented with a tab, but YAML accepts only spaces at the start of a line; replace the tab with spaces',
  }),
  'yaml-missing-colon': (p) => ({
    id: `tanda titik dua sesudah nama isian tidak ada; tulis "${p.found}"`,
    en: `the colon after the field name is missing; write "${p.found}"`,
  }),
  'yaml-missing-dash': (p) => ({
    id: `butir daftar ini tidak diawali "- " seperti butir di atasnya; tulis "${p.found}"`,
    en: `this list item does not start with "- " as the items above it do; write "${p.found}"`,
  }),
  'yaml-indent-off': (p) => ({
    id: `baris ini menjorok ${p.found} spasi, baris di atasnya ${p.detail} spasi; isian yang setingkat ditulis sejajar, dengan jumlah spasi yang sama`,
    en: `this line is indented ${p.found} spaces, the line above it ${p.detail}; fields of one level line up, with the same number of spaces`,
  }),
  'yaml-colon-in-text': (p) => ({
    id: `teks ini memuat titik dua dan spasi (": "), yang dalam YAML memisahkan nama isian dari isinya; beri tanda kutip pada seluruh teks: ${p.found}`,
    en: `this text holds a colon and a space (": "), which in YAML separates a field's name from its value; put the whole text in quotes: ${p.found}`,
  }),
  'yaml-text-start': (p) => ({
    id: `teks ini diawali "${p.detail}", yang dalam YAML memulai daftar; beri tanda kutip pada seluruh teks: ${p.found}`,
    en: `this text starts with "${p.detail}", which in YAML starts a list; put the whole text in quotes: ${p.found}`,
  }),
  'text-too-long': (p) => ({
    id: `teks terlalu panjang (${p.found} karakter); batasnya ${p.limit} karakter`,
    en: `the text is too long (${p.found} characters); the limit is ${p.limit} characters`,
  }),
  'list-too-long': (p) => ({
    id: `daftar terlalu panjang (${p.found} butir); batasnya ${p.limit} butir`,
    en: `the list is too long (${p.found} items); the limit is ${p.limit} items`,
  }),
  'too-many-rows': (p) => ({
    id: `tabel lampiran terlalu panjang (${p.found} sub kegiatan); batasnya ${p.limit} sub kegiatan; bagi menjadi beberapa keputusan atau lampiran`,
    en: `the appendix table is too long (${p.found} sub-activities); the limit is ${p.limit}; split it over several decrees`,
  }),
  'too-many-table-rows': (p) => ({
    id: `tabel lampiran terlalu panjang (${p.found} baris); batasnya ${p.limit} baris; bagi menjadi beberapa keputusan`,
    en: `the appendix table is too long (${p.found} rows); the limit is ${p.limit}; split it over several decrees`,
  }),
  'text-total-too-long': (p) => ({
    id: `seluruh teks terlalu panjang (${p.found} karakter); batasnya ${p.limit} karakter`,
    en: `all texts together are too long (${p.found} characters); the limit is ${p.limit} characters`,
  }),
  'invisible-characters': (p) => ({
    id: `teks memuat karakter kendali atau karakter tak terlihat (${p.found}); hapus karakter itu atau ketik ulang teksnya`,
    en: `the text holds control or invisible characters (${p.found}); delete them or retype the text`,
  }),
  'unprintable-characters': (p) => ({
    id: `huruf ${p.found} tidak ada pada fon PDF, yang hanya memuat huruf Latin; tulis dengan huruf Latin (alih aksara)`,
    en: `the characters ${p.found} are not in the PDF typeface, which has Latin letters only; write them in Latin letters (transliterate)`,
  }),
  'more-problems': (p) => ({ id: `dan ${p.found} masalah lagi`, en: `and ${p.found} more problems` }),
  'unknown-key': (p) => ({
    id: `kunci "${p.found}" tidak dikenal; periksa ejaannya atau hapus`,
    en: `unknown key "${p.found}"; check its spelling or remove it`,
  }),
  missing: (p, lang) => ({ id: `isian wajib belum ada; tulis ${expected(p, lang)}`, en: `required field is missing; write ${expected(p, lang)}` }),
  'wrong-type': (p, lang) => ({
    id: `tertulis ${p.found}, seharusnya ${expected(p, lang)}`,
    en: `found ${p.found}, expected ${expected(p, lang)}`,
  }),
  'empty-text': (p, lang) => ({ id: `teks kosong; tulis ${expected(p, lang)}`, en: `the text is empty; write ${expected(p, lang)}` }),
  'empty-list': (p) => ({ id: `daftar perlu paling sedikit ${p.limit} butir`, en: `the list needs at least ${p.limit} item(s)` }),
  'too-small': (p, lang) => ({
    id: `tertulis ${p.found}, paling kecil ${p.limit}${hintSuffix(p, lang)}`,
    en: `found ${p.found}, the smallest allowed is ${p.limit}${hintSuffix(p, lang)}`,
  }),
  'too-big': (p, lang) => ({
    id: `tertulis ${p.found}, paling besar ${p.limit}${hintSuffix(p, lang)}`,
    en: `found ${p.found}, the largest allowed is ${p.limit}${hintSuffix(p, lang)}`,
  }),
  'not-one-of': (p) => ({ id: `tertulis ${p.found}, pilih salah satu: ${p.detail}`, en: `found ${p.found}, choose one of: ${p.detail}` }),
  'iso-date': (p, lang) => ({ id: `tertulis ${p.found}; seharusnya ${expected(p, lang)}`, en: `found ${p.found}; expected ${expected(p, lang)}` }),
  unfilled: () => ({
    id: 'belum diisi; isi sebelum membuat naskah asli atau salinan, atau buat konsep (--draft)',
    en: 'not filled in yet; fill it in before building the original or a copy, or build a draft (--draft)',
  }),
  invalid: (p, lang) => ({ id: `tertulis ${p.found}; seharusnya ${expected(p, lang)}`, en: `found ${p.found}; expected ${expected(p, lang)}` }),
  'template-missing': (p) => ({
    id: `templat "${p.found}" tidak ditemukan: tidak ada ${p.found}.templat.yaml di folder berkas data ini atau di folder di atasnya, dan tidak ada di templat bawaan naskah`,
    en: `template "${p.found}" not found: there is no ${p.found}.templat.yaml in this data file's folder or the folder above it, and naskah has none of that name`,
  }),
  'template-unknown-key': (p) => ({
    id: `kunci "${p.found}" tidak dikenal di templat; periksa ejaannya atau hapus (lihat keterangan di awal templates/keputusan.yaml)`,
    en: `unknown key "${p.found}" in the template; check its spelling or remove it (see the notes at the top of templates/keputusan.yaml)`,
  }),
  'template-syntax': (p) => ({
    id: `teks templat tidak dapat dibaca (${p.detail}); periksa pasangan {{ }} dan {{#if}} … {{/if}}`,
    en: `the template text cannot be read (${p.detail}); check the pairs of {{ }} and {{#if}} … {{/if}}`,
  }),
  'template-unknown-name': (p) => ({
    id: `"${p.found}" tidak ada di data keputusan, di teks templat, atau di antara pembantu templat (upper, tanggal, ordinal, roman, huruf, isian, sebaris, sama); periksa ejaannya`,
    en: `"${p.found}" is not in the decree data, the template's texts or the template helpers (upper, tanggal, ordinal, roman, huruf, isian, sebaris, sama); check its spelling`,
  }),
  'template-render': (p) => ({ id: `teks templat gagal dibuat: ${p.detail}`, en: `the template text failed: ${p.detail}` }),
  'template-no-sections': () => ({
    id: 'templat tidak punya "sections" dan tidak memakai "extends"; tulis "extends: keputusan" untuk mengubah templat bawaan',
    en: 'the template has no "sections" and no "extends"; write "extends: keputusan" to change naskah\'s template',
  }),
  'template-no-appendix': () => ({
    id: 'templat tanpa "extends" perlu "appendix" (label dan cara menyebut lampiran)',
    en: 'a template without "extends" needs "appendix" (how an appendix is headed and cited)',
  }),
  'template-sections-and-extends': () => ({
    id: 'templat yang memakai "extends" tidak menulis "sections"; ganti blok bernama lewat "blocks"',
    en: 'a template with "extends" does not write "sections"; replace named blocks under "blocks"',
  }),
  'template-blocks-without-extends': () => ({
    id: '"blocks" mengganti blok templat lain, jadi perlu "extends: NAMA" di templat ini',
    en: '"blocks" replaces blocks of another template, so this template needs "extends: NAME"',
  }),
  'template-text-hides-data': (p) => ({
    id: `teks templat "${p.found}" bernama sama dengan isian data; beri nama lain`,
    en: `the template text "${p.found}" has the name of a data field; give it another name`,
  }),
  'template-unknown-block': (p) => ({
    id: `templat yang diperluas tidak punya blok bernama "${p.found}"; blok bernama: ${p.detail}`,
    en: `the extended template has no block named "${p.found}"; named blocks: ${p.detail}`,
  }),
  'page-break-unknown-block': (p) => ({
    id: `templat tidak punya blok bernama "${p.found}"; blok bernama: ${p.detail}`,
    en: `the template has no block named "${p.found}"; named blocks: ${p.detail}`,
  }),
  'template-extends-missing': (p) => ({
    id: `templat "${p.found}" yang diperluas tidak ditemukan (${p.found}.templat.yaml di folder data atau di atasnya, atau templat bawaan naskah)`,
    en: `the extended template "${p.found}" is not found (${p.found}.templat.yaml in the data folder or the one above, or one of naskah's own)`,
  }),
  'template-extends-cycle': (p) => ({
    id: `templat "${p.found}" memperluas dirinya sendiri lewat rantai "extends"; putuskan rantainya`,
    en: `template "${p.found}" extends itself through a chain of "extends"; break the chain`,
  }),
  'emblem-outside': (p) => ({
    id: `lambang ${p.found} harus berada di folder berkas data ini (atau di bawahnya), ditulis relatif, misalnya lambang.png`,
    en: `the emblem ${p.found} must be in this data file's folder (or below it), written relative, e.g. lambang.png`,
  }),
  'emblem-not-image': (p) => ({ id: `lambang ${p.found} bukan gambar PNG atau JPEG`, en: `the emblem ${p.found} is not a PNG or JPEG image` }),
  'pdfa-draft': () => ({
    id: 'konsep tidak dapat dibuat sebagai PDF/A: tanda air KONSEP memakai transparansi, yang tidak diizinkan PDF/A; buat konsep tanpa --pdfa, atau naskah asli/salinan dengan --pdfa',
    en: 'a draft cannot be made as PDF/A: the KONSEP watermark uses transparency, which PDF/A does not allow; build the draft without --pdfa, or the original/copy with --pdfa',
  }),
  'pdfa-emblem-transparent': (p) => ({
    id: `lambang ${p.found} memakai latar transparan, yang tidak diizinkan untuk PDF/A arsip di naskah; simpan lambang sebagai JPEG atau PNG berlatar putih`,
    en: `the emblem ${p.found} has a transparent background, which naskah does not allow in an archival PDF/A; save the emblem as a JPEG or as a PNG on white`,
  }),
  'emblem-missing': (p) => ({ id: `berkas lambang ${p.found} tidak ditemukan`, en: `emblem file ${p.found} not found` }),
  'appendix-not-found': (p) => ({
    id: `${p.found} menunjuk lampiran yang tidak ada (keputusan ini berlampiran ${p.limit}); tulis nomor lampiran dari 1 sampai ${p.limit} atau kunci salah satu lampiran`,
    en: `${p.found} cites an appendix that does not exist (this decree has ${p.limit}); write an appendix number from 1 to ${p.limit} or the kunci of one`,
  }),
  'table-columns-unknown': (p) => ({
    id: `templat tidak mengenal kumpulan kolom "${p.found}"; yang ada: ${p.detail || '(tidak ada)'}; atau tulis kolomnya sendiri sebagai daftar`,
    en: `the template has no set of columns "${p.found}"; it has: ${p.detail || '(none)'}; or write the columns out as a list`,
  }),
  'table-row-cells': (p) => ({
    id: `baris ini berisi ${p.found} sel, padahal tabelnya meminta ${p.limit} (${p.detail})`,
    en: `this row has ${p.found} cells, but the table asks for ${p.limit} (${p.detail})`,
  }),
  'disk-full': () => ({
    id: 'disk penuh: berkas ini tidak dapat ditulis; kosongkan ruang lalu ulangi (berkas lama tidak berubah)',
    en: 'the disk is full: this file cannot be written; free some space and try again (earlier files are unchanged)',
  }),
  'file-locked': (p) => ({
    id: `berkas ini terkunci atau hanya-baca (${p.detail}), mungkin sedang dibuka di program lain; tutup atau ubah izinnya lalu ulangi (berkas lama tidak berubah)`,
    en: `this file is locked or read-only (${p.detail}), perhaps open in another program; close it or change its permissions and try again (earlier files are unchanged)`,
  }),
  'folder-unwritable': (p) => ({
    id: `folder ini tidak boleh ditulisi (${p.detail}); pilih folder lain dengan --out atau ubah izinnya`,
    en: `this folder may not be written to (${p.detail}); choose another with --out or change its permissions`,
  }),
  'read-only-disk': () => ({
    id: 'folder ini ada di disk yang hanya dapat dibaca; pilih folder lain dengan --out',
    en: 'this folder is on a read-only disk; choose another folder with --out',
  }),
  'folder-missing': () => ({
    id: 'folder ini tidak ada (mungkin baru dipindahkan atau dihapus); periksa namanya lalu ulangi',
    en: 'this folder does not exist (perhaps it was just moved or deleted); check its name and try again',
  }),
  'not-a-folder': () => ({
    id: 'jalur folder ini melewati sebuah berkas, bukan folder; pilih folder lain dengan --out',
    en: 'the path of this folder runs through a file, not a folder; choose another folder with --out',
  }),
  'output-is-folder': () => ({
    id: 'sudah ada folder dengan nama berkas ini; pindahkan atau ganti nama folder itu (berkas lain tidak berubah)',
    en: "there is a folder with this file's name; move or rename that folder (no other file was changed)",
  }),
  'internal-error': (p) => ({
    id: `kesalahan di dalam naskah (${p.detail}); laporkan bersama berkas data ini`,
    en: `an internal error in naskah (${p.detail}); please report it with this data file`,
  }),
  'never-overwrite': () => ({
    id: 'berkas ini sudah ada dan tidak akan ditimpa; pindahkan atau hapus dulu, atau pilih nama lain dengan --out',
    en: 'this file exists already and will not be overwritten; move or delete it first, or choose another name with --out',
  }),
  'same-output': (p) => ({
    id: `akan menulis ${p.detail} yang juga ditulis ${p.found} (nomor keputusan yang sama?); tidak ada yang dibuat; beri keduanya nomor masing-masing`,
    en: `would write ${p.detail}, which ${p.found} writes too (the same decree number?); nothing was built; give each its own number`,
  }),
  'check-failed': (p) => ({
    id: `tidak dibuat: pemeriksaan menemukan ${p.found} kesalahan (di atas); perbaiki dulu, atau pakai --abaikan-periksa bila kantor harus mencetaknya juga`,
    en: `not built: the check found ${p.found} error(s) (above); correct them first, or use --abaikan-periksa if the office must print it anyway`,
  }),
  'finalise-refused': (p) => ({
    id: `tidak ditetapkan: pemeriksaan menemukan ${p.found} kesalahan (di atas); perbaiki dulu, berkas tidak diubah`,
    en: `not finalised: the check found ${p.found} error(s) (above); correct them first, the file is unchanged`,
  }),
  'check-ignored': (p) => ({
    id: `dibuat dengan --abaikan-periksa walaupun pemeriksaan menemukan ${p.found} kesalahan; properti PDF dan DOCX (Keywords) mencatatnya`,
    en: `built with --abaikan-periksa although the check found ${p.found} error(s); the PDF's and DOCX's properties (Keywords) record it`,
  }),
  'output-unwritable': (p) => ({ id: `berkas ini tidak dapat ditulis (${p.detail})`, en: `this file cannot be written (${p.detail})` }),
} satisfies Catalogue<ProblemValues>;

/** Every problem's message: the pipeline's, the importer's, the studio's, the register's and signing's. */
export const problemMessages = { ...messages, ...importMessages, ...studioMessages, ...registerMessages, ...signMessages };

export type ProblemKey = KeyOf<typeof problemMessages>;

export function isProblemKey(key: string): key is ProblemKey {
  return Object.hasOwn(problemMessages, key);
}

function fieldName(path: ProblemValues['path']): string | undefined {
  return path?.filter((part): part is string => typeof part === 'string').pop();
}

function expected(p: ProblemValues, lang: Lang): string {
  const hint = fieldHints[fieldName(p.path) ?? ''];
  if (hint) return hint[lang];
  return typeNames[p.detail ?? '']?.[lang] ?? (lang === 'id' ? 'nilai yang sah' : 'a valid value');
}

function hintSuffix(p: ProblemValues, lang: Lang): string {
  const hint = fieldHints[fieldName(p.path) ?? ''];
  return hint ? ` (${hint[lang]})` : '';
}

/** "lampiran › kegiatan ke-3 › bulan": indexes counted from 1, as a clerk counts items. */
export function formatFieldPath(path: (string | number)[], lang: Lang): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text} ${lang === 'id' ? 'ke-' : 'no. '}${part + 1}` : text ? `${text} › ${part}` : part),
    '',
  );
}

/** One problem as one line: "file:line:column: field: what is wrong; what would be right". */
export function formatProblem(problem: Problem, lang: Lang): string {
  const place = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const field = problem.path?.length ? `${formatFieldPath(problem.path, lang)}: ` : '';
  return `${place}: ${field}${explainProblem(problem, lang)}`;
}

/** What is wrong and what would be right, without the place: for a message shown beside its field. */
export function explainProblem(problem: Problem, lang: Lang): string {
  return say(problemMessages, problem.key, problem, lang);
}
