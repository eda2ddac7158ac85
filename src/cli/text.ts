/** The words of the command line's help and reports, in Bahasa Indonesia and English. */
import type { Lang } from '../problems/messages';

const text = {
  id: {
    program: 'Data keputusan → DOCX + PDF, sesuai tata naskah dinas',
    lang: 'bahasa pesan: id (bawaan) atau en',
    help: 'tampilkan bantuan',
    usage: 'Cara pakai:',
    build: 'membuat DOCX dan PDF dari berkas data (atau semua berkas .yaml dalam folder)',
    buildFiles: 'berkas data (.yaml) atau folder',
    asli: 'naskah asli, dengan ruang tanda tangan basah (bawaan)',
    salinan: 'salinan: "ttd" dan blok "Salinan sesuai dengan aslinya"',
    draft: 'konsep: nomor dan tanggal boleh kosong; setiap halaman bertanda KONSEP',
    out: 'folder hasil',
    ignoreCheck: 'tetap membuat naskah asli atau salinan walaupun pemeriksaan menemukan kesalahan (dicatat di properti PDF dan DOCX)',
    buildExamples: 'Naskah asli dan salinan diperiksa dulu seperti naskah check: kesalahan menghentikan pembuatan,\nperingatan ditampilkan. Konsep (--draft) tidak diperiksa.\n\nContoh:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan --out hasil\n  naskah build data/',
    check: 'memeriksa keputusan sebelum ditandatangani',
    fix: 'lebih dulu membersihkan teks tempelan di berkas data (tanda hubung lunak, karakter lebar-nol, spasi tak-putus, 1–3, tanda butir) dan menyebut setiap perubahan',
    checkExamples:
      'Memeriksa: kantor lain yang tersebut, sub kegiatan ganda, nama kegiatan terpotong, salah ketik, tahun,\nurutan dasar hukum, tanda baca. Keluar dengan kode 1 bila ada kesalahan.\n\nContoh:\n  naskah check data/kpu-sumbawa-barat/2022-035.yaml',
    next: 'menyusun konsep tahun berikutnya dari data tahun ini',
    nextFile: 'berkas data tahun ini',
    year: 'tahun baru',
    nextOut: 'nama berkas baru (bawaan: TAHUN-konsep.yaml di sebelahnya)',
    nextExamples: 'Berkas yang sudah ada tidak pernah ditimpa.\n\nContoh:\n  naskah next data/kpu-sumbawa-barat/2022-035.yaml --year 2023',
    tetapkan: 'menetapkan konsep: mengisi nomor dan tanggal, lalu memberi berkas nama keputusannya',
    tetapkanFile: 'berkas konsep (misalnya 2023-konsep.yaml)',
    tetapkanNomor: 'nomor keputusan, misalnya 12',
    tetapkanTanggal: 'tanggal penetapan, TTTT-BB-HH',
    tetapkanExamples:
      'Ditolak selama naskah check menemukan kesalahan; berkas yang sudah ada tidak pernah ditimpa.\n\nContoh:\n  naskah tetapkan data/kpu-sumbawa-barat/2023-konsep.yaml --nomor 12 --tanggal 2023-01-16\n  (menjadi data/kpu-sumbawa-barat/2023-012.yaml)',
    finalised: 'ditetapkan',
    import: 'membuat berkas data dari keputusan yang sudah ada (DOCX atau teks)',
    importFile: 'DOCX atau teks keputusan',
    importOut: 'berkas data baru (bawaan: nama yang sama, .yaml)',
    importExamples: 'Berkas yang sudah ada tidak pernah ditimpa.\n\nContoh:\n  naskah import arsip/keputusan-35-2022.docx --out data/kpu-sumbawa-barat/2022-035.yaml',
    wordLists: 'ejaan diperiksa dengan: kamus Hunspell id_ID, daftar kata KPU bawaan naskah ({builtin}), daftar kata kantor {office}',
    noOfficeList: '(belum ada; buat {file}, satu kata satu baris)',
    written: 'dibuat',
    files: 'berkas',
    found: 'ditemukan: {menimbang} menimbang, {mengingat} mengingat, {diktum} diktum, {kegiatan} kegiatan, {sub_kegiatan} sub kegiatan',
  },
  en: {
    program: 'Decree data → DOCX + PDF, by the rules for official documents',
    lang: 'message language: id (default) or en',
    help: 'show help',
    usage: 'Usage:',
    build: 'build DOCX and PDF from data files (or every .yaml file in a folder)',
    buildFiles: 'data files (.yaml) or folders',
    asli: 'the original, with space for the wet signature (default)',
    salinan: 'the certified copy: "ttd" and the "Salinan sesuai dengan aslinya" block',
    draft: 'a draft: number and date may be empty; every page carries KONSEP',
    out: 'output folder',
    ignoreCheck: 'build the original or copy although the check finds errors (recorded in the PDF and DOCX properties)',
    buildExamples: 'Originals and copies are checked first as by naskah check: errors stop the build, warnings are\nshown. Drafts (--draft) are not checked.\n\nExamples:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan --out hasil\n  naskah build data/',
    check: 'check decrees before they are signed',
    fix: 'first clean pasted text in the data file (soft hyphens, zero-width characters, no-break spaces, 1–3, bullets) and list every change',
    checkExamples:
      'Checks: another office named, sub-activities listed twice, cut-off activity names, misspellings, years,\norder of legal bases, punctuation. Exits with 1 when there is an error.\n\nExample:\n  naskah check data/kpu-sumbawa-barat/2022-035.yaml',
    next: 'draft next year’s decree from this year’s data',
    nextFile: 'this year’s data file',
    year: 'the new year',
    nextOut: 'the new file (default: YEAR-konsep.yaml beside the old one)',
    nextExamples: 'An existing file is never overwritten.\n\nExample:\n  naskah next data/kpu-sumbawa-barat/2022-035.yaml --year 2023',
    tetapkan: 'finalise a draft: fill in the number and date, then give the file the decree’s name',
    tetapkanFile: 'the draft file (e.g. 2023-konsep.yaml)',
    tetapkanNomor: 'the decree number, e.g. 12',
    tetapkanTanggal: 'the date of enactment, YYYY-MM-DD',
    tetapkanExamples:
      'Refused while naskah check finds errors; an existing file is never overwritten.\n\nExample:\n  naskah tetapkan data/kpu-sumbawa-barat/2023-konsep.yaml --nomor 12 --tanggal 2023-01-16\n  (becomes data/kpu-sumbawa-barat/2023-012.yaml)',
    finalised: 'finalised',
    import: 'make a data file from an existing decree (DOCX or text)',
    importFile: 'a DOCX or the text of a decree',
    importOut: 'the new data file (default: the same name, .yaml)',
    importExamples: 'An existing file is never overwritten.\n\nExample:\n  naskah import arsip/keputusan-35-2022.docx --out data/kpu-sumbawa-barat/2022-035.yaml',
    wordLists: "spelling checked with: the Hunspell id_ID dictionary, naskah's KPU word list ({builtin}), the office's word list {office}",
    noOfficeList: '(none yet; create {file}, one word a line)',
    written: 'written',
    files: 'files',
    found: 'found: {menimbang} considerations, {mengingat} legal bases, {diktum} dictums, {kegiatan} activities, {sub_kegiatan} sub-activities',
  },
} satisfies Record<Lang, Record<string, string>>;

export type CliWord = keyof (typeof text)['id'];

/** A word of the command line, with {placeholders} filled in. */
export function cliText(lang: Lang, word: CliWord, values: Record<string, string | number> = {}): string {
  return text[lang][word].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
