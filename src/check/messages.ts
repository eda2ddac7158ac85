/** What `naskah check` says about each finding, in Bahasa Indonesia (default) and English. */
import { say, type Catalogue, type KeyOf, type Lang, type Text } from '../messages/catalogue';
import { formatFieldPath } from '../problems/messages';
import { registerFindingMessages } from '../register/messages';
import type { Finding, FindingValues } from './finding';
import type { Fix } from '../commands/fix';

/** Each finding says what was found, why it matters and how to fix it. */
interface Explanation {
  what: string;
  why: string;
  fix: string;
}

const severityWords: Record<Finding['severity'], Text> = {
  error: { id: 'kesalahan', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
};

const sectionEndings: Record<string, Text> = {
  menimbang: {
    id: 'setiap butir Menimbang, juga yang terakhir, diakhiri titik koma',
    en: 'every Menimbang item, the last one too, ends with a semicolon',
  },
  menimbang_akhir: {
    id: 'kantor ini mengakhiri butir Menimbang terakhir dengan titik (tata_letak.akhir_menimbang)',
    en: 'this office ends the last Menimbang item with a full stop (tata_letak.akhir_menimbang)',
  },
  mengingat: {
    id: 'setiap butir Mengingat, juga yang terakhir, diakhiri titik koma',
    en: 'every Mengingat item, the last one too, ends with a semicolon',
  },
  diktum: { id: 'setiap diktum adalah kalimat yang diakhiri titik', en: 'every dictum is a sentence ending with a full stop' },
};

const p = (f: FindingValues, name: string): string => String(f.params?.[name] ?? '');

const ruleMessages = {
  'other-office': (f) => ({
    id: {
      what: `menyebut "${f.found}"`,
      why: `padahal keputusan ini diterbitkan oleh ${p(f, 'office')}`,
      fix: `ganti dengan "${p(f, 'expected')}"`,
    },
    en: {
      what: `names "${f.found}"`,
      why: `but this decree is issued by ${p(f, 'office')}`,
      fix: `replace it with "${p(f, 'expected')}"`,
    },
  }),
  'unknown-region': (f) => ({
    id: {
      what: `"${f.found}" bukan nama provinsi, kabupaten atau kota yang terdaftar`,
      why: 'nama wilayah dicetak pada kepala, judul dan tanda tangan naskah',
      fix: f.params?.suggestion
        ? `mungkin maksudnya "${p(f, 'suggestion')}"`
        : 'tulis "Provinsi …", "Kabupaten …" atau "Kota …" sesuai data wilayah Kemendagri, atau "Republik Indonesia"',
    },
    en: {
      what: `"${f.found}" is not the name of a registered province, regency or city`,
      why: 'the region is printed in the heading, the title and the signature',
      fix: f.params?.suggestion
        ? `perhaps "${p(f, 'suggestion')}" is meant`
        : 'write "Provinsi …", "Kabupaten …" or "Kota …" as in the Home Affairs register of regions, or "Republik Indonesia"',
    },
  }),
  'duplicate-task': (f) => ({
    id: {
      what: `sub kegiatan "${f.found}" sama dengan sub kegiatan ke-${p(f, 'first')} pada kegiatan ini`,
      why: 'baris yang sama akan tercetak dua kali dalam jadwal',
      fix: 'hapus salah satunya (gabungkan bulannya bila perlu)',
    },
    en: {
      what: `sub-activity "${f.found}" repeats sub-activity no. ${p(f, 'first')} of this activity`,
      why: 'the same row would be printed twice in the schedule',
      fix: 'delete one of them (merging their months if needed)',
    },
  }),
  'fragment-activity': (f) => ({
    id: {
      what: `nama kegiatan "${f.found}" ${f.params?.edge === 'start' ? 'diawali' : 'diakhiri'} kata "${p(f, 'word')}"`,
      why: 'sepertinya hanya potongan dari nama yang lebih panjang, terpotong ketika disalin',
      fix: 'lengkapi nama kegiatan sesuai naskah sumbernya',
    },
    en: {
      what: `activity name "${f.found}" ${f.params?.edge === 'start' ? 'starts' : 'ends'} with "${p(f, 'word')}"`,
      why: 'it looks like a fragment of a longer name, cut off when it was copied',
      fix: 'complete the name from the source document',
    },
  }),
  misspelling: (f) => ({
    id: {
      what: `kata "${f.found}" tidak ada dalam kamus`,
      why: 'mungkin salah ketik',
      fix: f.params?.suggestion
        ? `mungkin maksudnya: ${p(f, 'suggestion')}`
        : `periksa ejaannya; kata yang memang benar dapat ditambahkan ke daftar kata kantor, ${p(f, 'list')}`,
    },
    en: {
      what: `the word "${f.found}" is not in the dictionary`,
      why: 'it may be a typing error',
      fix: f.params?.suggestion
        ? `perhaps: ${p(f, 'suggestion')}`
        : `check its spelling; a word that is right can be added to the office's word list, ${p(f, 'list')}`,
    },
  }),
  'spelling-unavailable': () => ({
    id: {
      what: 'ejaan tidak diperiksa',
      why: 'kamus Hunspell Bahasa Indonesia (id_ID.dic dan id_ID.aff) tidak ditemukan',
      fix: 'pasang paket hunspell-id (Debian/Ubuntu: apt install hunspell-id) atau tunjukkan foldernya dengan DICPATH',
    },
    en: {
      what: 'spelling was not checked',
      why: 'the Indonesian Hunspell dictionary (id_ID.dic and id_ID.aff) was not found',
      fix: 'install the hunspell-id package (Debian/Ubuntu: apt install hunspell-id) or point DICPATH to its folder',
    },
  }),
  'appendix-citation': (f) => ({
    id: {
      what: `menyebut "${f.found}"`,
      why: p(f, 'count') === '0' ? 'padahal keputusan ini tidak berlampiran' : `padahal keputusan ini hanya berlampiran ${p(f, 'count')}`,
      fix: 'sebut lampiran yang ada, sebaiknya dengan {{lampiran 1}} atau {{lampiran KUNCI}} agar naskah menuliskan nomornya, atau hapus rujukan itu',
    },
    en: {
      what: `names "${f.found}"`,
      why: p(f, 'count') === '0' ? 'but this decree has no appendix' : `but this decree has only ${p(f, 'count')} appendix(es)`,
      fix: 'cite an appendix that exists, best as {{lampiran 1}} or {{lampiran KUNCI}} so that naskah writes its number, or remove the citation',
    },
  }),
  'year-mismatch': (f) => ({
    id: {
      what: `menyebut "${f.found}"`,
      why: `padahal keputusan ini bertahun ${p(f, 'year')}`,
      fix: `ganti dengan "Tahun ${p(f, 'year')}", atau perbaiki keputusan › tahun`,
    },
    en: {
      what: `names "${f.found}"`,
      why: `but the decree's year is ${p(f, 'year')}`,
      fix: `replace it with "Tahun ${p(f, 'year')}", or correct keputusan › tahun`,
    },
  }),
  'date-outside-year': (f) => ({
    id: {
      what: `tanggal penetapan ${f.found} tidak jatuh pada tahun ${p(f, 'year')}`,
      why: 'tahun keputusan (NOMOR … TAHUN …) adalah tahun penetapannya',
      fix: 'perbaiki tanggal penetapan atau keputusan › tahun',
    },
    en: {
      what: `the date of enactment ${f.found} is not in ${p(f, 'year')}`,
      why: 'the year of a decree (NOMOR … TAHUN …) is the year it is enacted',
      fix: 'correct the date of enactment or keputusan › tahun',
    },
  }),
  'no-months': (f) => ({
    id: {
      what: `sub kegiatan "${f.found}" belum diberi bulan pelaksanaan`,
      why: 'barisnya akan tercetak dalam jadwal tanpa satu bulan pun',
      fix: 'isi bulan, misalnya bulan: [1, 2] atau bulan: "2-12"',
    },
    en: {
      what: `sub-activity "${f.found}" has no months`,
      why: 'its row would be printed in the schedule with no month marked',
      fix: 'fill in the months, e.g. bulan: [1, 2] or bulan: "2-12"',
    },
  }),
  'legal-basis-order': (f) => ({
    id: {
      what: `"${f.found}" tertulis sesudah dasar hukum nomor ${p(f, 'before')}`,
      why:
        f.params?.reason === 'year'
          ? 'peraturan yang sejenis diurutkan dari yang lama ke yang baru'
          : 'Mengingat diurutkan menurut hierarki peraturan: UUD, UU/Perppu, PP, Perpres, Perda, Peraturan Menteri/Lembaga, lalu Keputusan',
      fix: `pindahkan ke sebelum nomor ${p(f, 'before')}`,
    },
    en: {
      what: `"${f.found}" comes after legal basis no. ${p(f, 'before')}`,
      why:
        f.params?.reason === 'year'
          ? 'instruments of one kind are listed from older to newer'
          : 'Mengingat follows the hierarchy of legislation: UUD, UU/Perppu, PP, Perpres, Perda, ministerial/agency regulations, then decisions',
      fix: `move it before no. ${p(f, 'before')}`,
    },
  }),
  'item-end': (f) => ({
    id: {
      what: `butir ini berakhir dengan "${f.found}"`,
      why: sectionEndings[p(f, 'section')].id,
      fix: `akhiri dengan "${p(f, 'expected')}"`,
    },
    en: {
      what: `this item ends with "${f.found}"`,
      why: sectionEndings[p(f, 'section')].en,
      fix: `end it with "${p(f, 'expected')}"`,
    },
  }),
  'consideration-start': (f) => ({
    id: { what: `pertimbangan diawali "${f.found}"`, why: 'setiap butir Menimbang diawali kata "bahwa"', fix: 'mulai dengan "bahwa …"' },
    en: { what: `the consideration starts with "${f.found}"`, why: 'every Menimbang item starts with "bahwa"', fix: 'start it with "bahwa …"' },
  }),
  'consideration-title': (f) => ({
    id: {
      what: f.found ? `judul dalam pertimbangan terakhir tertulis "${f.found}"` : 'pertimbangan terakhir tidak memuat judul keputusan',
      why: `judul (keputusan › tentang) tertulis "${p(f, 'expected')}", dan keduanya harus sama kata demi kata`,
      fix: f.found ? `tulis "${p(f, 'expected')}" di pertimbangan terakhir` : `akhiri dengan "… tentang ${p(f, 'expected')};"`,
    },
    en: {
      what: f.found ? `the last consideration writes the title as "${f.found}"` : 'the last consideration does not contain the title',
      why: `the title (keputusan › tentang) reads "${p(f, 'expected')}", and the two must agree word for word`,
      fix: f.found ? `write "${p(f, 'expected')}" in the last consideration` : `end it with "… tentang ${p(f, 'expected')};"`,
    },
  }),
  'consideration-office': (f) => ({
    id: {
      what: `pertimbangan terakhir tidak menyebut "${p(f, 'office')}"`,
      why: 'pertimbangan terakhir menyebut keputusan yang akan ditetapkan beserta lembaga dan wilayahnya',
      fix: `tulis "… perlu menetapkan Keputusan ${p(f, 'office')} tentang …;"`,
    },
    en: {
      what: `the last consideration does not name "${p(f, 'office')}"`,
      why: 'the last consideration names the decree to be enacted, with its institution and region',
      fix: `write "… perlu menetapkan Keputusan ${p(f, 'office')} tentang …;"`,
    },
  }),
  'letter-reference': (f) => ({
    id: {
      what: `tertulis "${f.found}"`,
      why: 'kata "huruf" diulang di depan setiap huruf yang dirujuk (R18)',
      fix: `tulis "${p(f, 'expected')}"`,
    },
    en: {
      what: `reads "${f.found}"`,
      why: 'the word "huruf" is repeated before every letter referred to (R18)',
      fix: `write "${p(f, 'expected')}"`,
    },
  }),
  'signatory-title': (f) => ({
    id: {
      what: `nama "${f.found}" adalah sebutan jabatan, bukan nama orang`,
      why: 'di bawah tanda tangan tercetak nama pejabat; jabatannya sudah tercetak di atas tanda tangan',
      fix: `tulis nama lengkap pejabat; jabatannya ("${p(f, 'jabatan')}") tetap di isian jabatan`,
    },
    en: {
      what: `the name "${f.found}" is a title, not a person's name`,
      why: "the official's name is printed below the signature; the title is already printed above it",
      fix: `write the official's full name; the title ("${p(f, 'jabatan')}") stays in the jabatan field`,
    },
  }),
  placeholder: (f) => {
    const kind = p(f, 'kind');
    return {
      id: {
        what: kind === 'empty' ? 'belum diisi' : kind === 'mark' ? `masih bertanda "${f.found}"` : `masih berisi titik-titik isian "${f.found}"`,
        why: 'naskah asli dan salinan tidak boleh memuat isian yang kosong',
        fix:
          kind === 'mark'
            ? 'isi isiannya, lalu hapus tanda # ISI'
            : f.path[0] === 'keputusan' || f.path[0] === 'ditetapkan'
              ? 'isi nomor dan tanggal, misalnya dengan naskah tetapkan BERKAS --nomor 12 --tanggal 2023-01-16'
              : 'ganti dengan isi yang sebenarnya',
      },
      en: {
        what: kind === 'empty' ? 'not filled in' : kind === 'mark' ? `still marked "${f.found}"` : `still holds the fill-in dots "${f.found}"`,
        why: 'an original or a copy cannot carry empty fields',
        fix:
          kind === 'mark'
            ? 'fill the field in, then remove the # ISI mark'
            : f.path[0] === 'keputusan' || f.path[0] === 'ditetapkan'
              ? 'fill in the number and the date, e.g. with naskah tetapkan FILE --nomor 12 --tanggal 2023-01-16'
              : 'replace it with the real text',
      },
    };
  },
  'number-form': (f) => ({
    id: {
      what: `nomor tertulis "${f.found}"`,
      why: 'nomor keputusan ditulis dengan angka (35) atau sebagai kode klasifikasi (203/PL.02-Kpt/01/KPU/I/2019)',
      fix: f.params?.suggestion ? `tulis nomor: ${p(f, 'suggestion')}` : 'tulis nomornya dengan angka',
    },
    en: {
      what: `the number reads "${f.found}"`,
      why: 'a decree number is written in digits (35) or as a classification code (203/PL.02-Kpt/01/KPU/I/2019)',
      fix: f.params?.suggestion ? `write nomor: ${p(f, 'suggestion')}` : 'write the number in digits',
    },
  }),
  'name-with-degrees': (f) => ({
    id: {
      what: `nama "${f.found}" memuat gelar atau pangkat`,
      why: 'nama pejabat pada keputusan dicetak tanpa gelar dan pangkat',
      fix: `tulis "${p(f, 'suggestion')}"`,
    },
    en: {
      what: `the name "${f.found}" carries degrees or a rank`,
      why: "officials' names are printed in a decree without degrees or ranks",
      fix: `write "${p(f, 'suggestion')}"`,
    },
  }),
  'office-in-title': (f) => ({
    id: {
      what: `jabatan "${f.found}" sudah memuat nama lembaga`,
      why: `naskah menambahkan "${p(f, 'printed')}" sendiri, sehingga nama lembaga akan tercetak dua kali`,
      fix: f.params?.suggestion ? `tulis jabatannya saja: "${p(f, 'suggestion')}"` : 'tulis jabatannya saja, tanpa nama lembaga dan wilayah',
    },
    en: {
      what: `the title "${f.found}" already names the institution`,
      why: `naskah adds "${p(f, 'printed')}" itself, so the institution would be printed twice`,
      fix: f.params?.suggestion ? `write the title only: "${p(f, 'suggestion')}"` : 'write the title only, without the institution and region',
    },
  }),
  'certifier-title': (f) => ({
    id: {
      what: `jabatan pengesah salinan disingkat "${f.found}"`,
      why: 'blok pengesahan salinan memuat jabatan lengkap',
      fix: `tulis "${p(f, 'suggestion')}"`,
    },
    en: {
      what: `the certifier's title is abbreviated "${f.found}"`,
      why: 'the certification block carries the full title',
      fix: `write "${p(f, 'suggestion')}"`,
    },
  }),
  'certifier-nip': (f) => ({
    id: {
      what: `pengesah salinan ${f.found} tidak bernomor NIP`,
      why: 'di bawah nama pengesah salinan dicetak NIP-nya',
      fix: 'tambahkan nip: (18 angka) pada kantor › pengesah_salinan',
    },
    en: {
      what: `the certifier ${f.found} has no NIP`,
      why: "the certifier's NIP is printed under the name",
      fix: 'add nip: (18 digits) to kantor › pengesah_salinan',
    },
  }),
  'pasted-marker': (f) => ({
    id: {
      what: `butir diawali "${f.found}"`,
      why: 'huruf, nomor dan tanda butir dicetak otomatis, sehingga butir ini akan bertanda dua kali',
      fix: `hapus "${f.found}" di awal butir (naskah check --perbaiki melakukannya)`,
    },
    en: {
      what: `the item starts with "${f.found}"`,
      why: 'letters, numbers and bullets are printed automatically, so this item would carry two',
      fix: `delete "${f.found}" at its start (naskah check --perbaiki does it)`,
    },
  }),
  'comment-in-text': (f) => ({
    id: {
      what: `sesudah teks ada "${f.found}" pada baris yang sama`,
      why: `YAML membuang semua yang ditulis sesudah " #" sebagai komentar, sehingga yang tercetak hanya "${p(f, 'printed')}"`,
      fix: 'bila tanda # itu bagian dari teks, beri tanda kutip pada seluruh teks; bila memang komentar, pindahkan ke baris tersendiri',
    },
    en: {
      what: `the text is followed by "${f.found}" on the same line`,
      why: `YAML drops everything after " #" as a comment, so only "${p(f, 'printed')}" is printed`,
      fix: 'if the # belongs to the text, put the whole text in quotes; if it is a comment, move it to a line of its own',
    },
  }),
  'same-number': (f) => ({
    id: {
      what: `nomor ${f.found} sudah dipakai ${p(f, 'other')}`,
      why: 'satu kantor memberi setiap keputusan dalam satu tahun nomor urutnya sendiri',
      fix: 'periksa nomor kedua keputusan; beri salah satunya nomor yang belum dipakai',
    },
    en: {
      what: `number ${f.found} is used by ${p(f, 'other')} already`,
      why: 'an office gives each decree of a year its own sequence number',
      fix: 'check the numbers of both decrees; give one of them a number not yet used',
    },
  }),
  'date-order': (f) => ({
    id: {
      what: `nomor ${p(f, 'nomor')} ditetapkan ${f.found}, lebih dahulu dari nomor ${p(f, 'otherNomor')} (${p(f, 'otherDate')}, ${p(f, 'other')})`,
      why: 'nomor urut keputusan mengikuti urutan tanggal penetapan',
      fix: 'periksa tanggal atau nomor salah satunya',
    },
    en: {
      what: `number ${p(f, 'nomor')} is enacted on ${f.found}, before number ${p(f, 'otherNomor')} (${p(f, 'otherDate')}, ${p(f, 'other')})`,
      why: 'decree numbers follow the order of the dates of enactment',
      fix: 'check the date or the number of one of them',
    },
  }),
  'truncated-task': (f) => ({
    id: {
      what: `uraian berakhir dengan "${f.found}" tanpa tanda baca penutup`,
      why: 'kalimatnya tampak terpotong',
      fix: 'lengkapi kalimatnya sesuai naskah sumbernya',
    },
    en: {
      what: `the text ends with "${f.found}" and no closing punctuation`,
      why: 'the sentence looks cut off',
      fix: 'complete the sentence from the source document',
    },
  }),
} satisfies Catalogue<FindingValues, Explanation>;

export const findingMessages = { ...ruleMessages, ...registerFindingMessages };

export type FindingRule = KeyOf<typeof findingMessages>;

/** One finding as one line: "file:line:col: kesalahan [rule] field: what, why; fix". */
export function formatFinding(f: Finding, lang: Lang): string {
  const field = f.path.length ? `${formatFieldPath(f.path, lang)}: ` : '';
  return `${f.file}:${f.line}:${f.column}: ${severityWords[f.severity][lang]} [${f.rule}] ${field}${explainFinding(f, lang)}`;
}

/** What was found, why it matters and how to fix it, without the place: for a message shown beside its field. */
export function explainFinding(f: Finding, lang: Lang): string {
  const { what, why, fix } = say(findingMessages, f.rule, f, lang);
  return `${what}, ${why}; ${fix}`;
}

const fixMessages = {
  'soft-hyphen': (x) => ({ id: `${x.count} tanda hubung lunak (U+00AD) dihapus`, en: `${x.count} soft hyphen(s) (U+00AD) removed` }),
  'zero-width': (x) => ({ id: `${x.count} karakter lebar-nol dihapus`, en: `${x.count} zero-width character(s) removed` }),
  'no-break-space': (x) => ({ id: `${x.count} spasi tak-putus diganti spasi biasa`, en: `${x.count} no-break space(s) replaced by spaces` }),
  'en-dash-range': (x) => ({ id: `${x.count} rentang dengan tanda pisah (1–3) ditulis 1-3`, en: `${x.count} range(s) with an en dash (1–3) written 1-3` }),
  'pasted-marker': (x) => ({ id: `"${x.found}" di awal butir dihapus`, en: `"${x.found}" at the start of the item removed` }),
} satisfies Catalogue<Fix>;

export type FixKind = KeyOf<typeof fixMessages>;

const fixedWord: Text = { id: 'diperbaiki', en: 'fixed' };

/** One change of `check --perbaiki` as one line: "file:line:col: diperbaiki: field: what". */
export function formatFix(fix: Fix, lang: Lang): string {
  const field = fix.path.length ? `${formatFieldPath(fix.path, lang)}: ` : '';
  return `${fix.file}:${fix.line}:${fix.column}: ${fixedWord[lang]}: ${field}${say(fixMessages, fix.kind, fix, lang)}`;
}
