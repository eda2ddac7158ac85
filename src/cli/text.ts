/** The words of the command line, its reports, and the command-line parser's own messages, in Bahasa Indonesia and English. */
import type { Help, Option } from 'commander';
import type { Lang, Text } from '../messages/catalogue';

export const cliWords = {
  program: {
    id: 'Data keputusan → DOCX + PDF, sesuai tata naskah dinas',
    en: 'Decree data → DOCX + PDF, by the rules for official documents',
  },
  lang: { id: 'bahasa pesan', en: 'message language' },
  help: { id: 'tampilkan bantuan', en: 'show help' },
  build: {
    id: 'membuat DOCX dan PDF dari berkas data (atau semua berkas .yaml dalam folder)',
    en: 'build DOCX and PDF from data files (or every .yaml file in a folder)',
  },
  buildFiles: { id: 'berkas data (.yaml) atau folder', en: 'data files (.yaml) or folders' },
  asli: { id: 'naskah asli, dengan ruang tanda tangan basah (bawaan)', en: 'the original, with space for the wet signature (default)' },
  salinan: {
    id: 'salinan: "ttd" dan blok "Salinan sesuai dengan aslinya"',
    en: 'the certified copy: "ttd" and the "Salinan sesuai dengan aslinya" block',
  },
  draft: {
    id: 'konsep: nomor dan tanggal boleh kosong; setiap halaman bertanda KONSEP',
    en: 'a draft: number and date may be empty; every page carries KONSEP',
  },
  pdfa: {
    id: 'PDF/A-2b untuk arsip jangka panjang (juga pengaturan kantor pdfa: true); tidak untuk konsep',
    en: 'PDF/A-2b for long-term archiving (also the office setting pdfa: true); not for a draft',
  },
  out: { id: 'folder hasil', en: 'output folder' },
  ignoreCheck: {
    id: 'tetap membuat naskah asli atau salinan walaupun pemeriksaan menemukan kesalahan (dicatat di properti PDF dan DOCX)',
    en: 'build the original or copy although the check finds errors (recorded in the PDF and DOCX properties)',
  },
  buildExamples: {
    id: 'Naskah asli dan salinan diperiksa dulu seperti naskah check: kesalahan menghentikan pembuatan,\nperingatan ditampilkan. Konsep (--draft) tidak diperiksa.\n\nContoh:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan --out hasil\n  naskah build data/',
    en: 'Originals and copies are checked first as by naskah check: errors stop the build, warnings are\nshown. Drafts (--draft) are not checked.\n\nExamples:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan --out hasil\n  naskah build data/',
  },
  check: { id: 'memeriksa keputusan sebelum ditandatangani', en: 'check decrees before they are signed' },
  fix: {
    id: 'lebih dulu membersihkan teks tempelan di berkas data (tanda hubung lunak, karakter lebar-nol, spasi tak-putus, 1–3, tanda butir) dan menyebut setiap perubahan',
    en: 'first clean pasted text in the data file (soft hyphens, zero-width characters, no-break spaces, 1–3, bullets) and list every change',
  },
  checkExamples: {
    id: 'Memeriksa: kantor lain yang tersebut, sub kegiatan ganda, nama kegiatan terpotong, salah ketik, tahun,\nurutan dasar hukum, tanda baca. Keluar dengan kode 1 bila ada kesalahan.\n\nContoh:\n  naskah check data/kpu-sumbawa-barat/2022-035.yaml',
    en: 'Checks: another office named, sub-activities listed twice, cut-off activity names, misspellings, years,\norder of legal bases, punctuation. Exits with 1 when there is an error.\n\nExample:\n  naskah check data/kpu-sumbawa-barat/2022-035.yaml',
  },
  next: { id: 'menyusun konsep tahun berikutnya dari data tahun ini', en: 'draft next year’s decree from this year’s data' },
  nextFile: { id: 'berkas data tahun ini', en: 'this year’s data file' },
  year: { id: 'tahun baru', en: 'the new year' },
  nextOut: {
    id: 'nama berkas baru (bawaan: TAHUN-konsep.yaml di sebelahnya)',
    en: 'the new file (default: YEAR-konsep.yaml beside the old one)',
  },
  nextExamples: {
    id: 'Berkas yang sudah ada tidak pernah ditimpa.\n\nContoh:\n  naskah next data/kpu-sumbawa-barat/2022-035.yaml --year 2023',
    en: 'An existing file is never overwritten.\n\nExample:\n  naskah next data/kpu-sumbawa-barat/2022-035.yaml --year 2023',
  },
  tetapkan: {
    id: 'menetapkan konsep: mengisi nomor dan tanggal, mencatatnya di buku nomor, lalu memberi berkas nama keputusannya',
    en: 'finalise a draft: fill in the number and date, record them in the register, then give the file the decree’s name',
  },
  tetapkanFile: { id: 'berkas konsep (misalnya 2023-konsep.yaml)', en: 'the draft file (e.g. 2023-konsep.yaml)' },
  tetapkanNomor: { id: 'nomor keputusan, misalnya 12', en: 'the decree number, e.g. 12' },
  tetapkanTanggal: { id: 'tanggal penetapan, TTTT-BB-HH', en: 'the date of enactment, YYYY-MM-DD' },
  tetapkanExamples: {
    id: 'Ditolak selama naskah check menemukan kesalahan; berkas yang sudah ada tidak pernah ditimpa.\nNomor yang dipakai dicatat di buku nomor kantor (nomor.yaml di folder yang sama).\n\nContoh:\n  naskah tetapkan data/kpu-sumbawa-barat/2023-konsep.yaml --nomor 12 --tanggal 2023-01-16\n  (menjadi data/kpu-sumbawa-barat/2023-012.yaml)',
    en: 'Refused while naskah check finds errors; an existing file is never overwritten.\nThe number used is recorded in the office\'s register (nomor.yaml in the same folder).\n\nExample:\n  naskah tetapkan data/kpu-sumbawa-barat/2023-konsep.yaml --nomor 12 --tanggal 2023-01-16\n  (becomes data/kpu-sumbawa-barat/2023-012.yaml)',
  },
  finalised: { id: 'ditetapkan', en: 'finalised' },
  import: {
    id: 'membuat berkas data dari keputusan yang sudah ada (DOCX, PDF atau teks)',
    en: 'make a data file from an existing decree (DOCX, PDF or text)',
  },
  importFile: { id: 'DOCX, PDF atau teks keputusan', en: 'a DOCX, a PDF or the text of a decree' },
  importOut: { id: 'berkas data baru (bawaan: nama yang sama, .yaml)', en: 'the new data file (default: the same name, .yaml)' },
  importExamples: {
    id: 'Berkas yang sudah ada tidak pernah ditimpa.\n\nContoh:\n  naskah import arsip/keputusan-35-2022.docx --out data/kpu-sumbawa-barat/2022-035.yaml',
    en: 'An existing file is never overwritten.\n\nExample:\n  naskah import arsip/keputusan-35-2022.docx --out data/kpu-sumbawa-barat/2022-035.yaml',
  },
  written: { id: 'dibuat', en: 'written' },
  files: { id: 'berkas', en: 'files' },
  yearRange: { id: 'tahun 1945 sampai 2200', en: 'a year from 1945 to 2200' },
  studio: {
    id: 'membuka studio: menyunting keputusan lewat formulir di peramban, dengan pratinjau halaman',
    en: 'open the studio: edit decrees through forms in the browser, with a preview of the pages',
  },
  studioFolder: { id: 'folder berkas data (bawaan: data)', en: 'folder of the data files (default: data)' },
  studioOpen: { id: 'langsung membuka peramban', en: 'open the browser at once' },
  studioPort: { id: 'nomor port (bawaan: dipilih otomatis)', en: 'port number (default: chosen automatically)' },
  studioAddress: {
    id: 'Studio berjalan. Buka alamat ini di peramban (hanya di komputer ini; tekan Ctrl+C untuk berhenti):',
    en: 'The studio is running. Open this address in the browser (on this computer only; Ctrl+C stops it):',
  },
  studioExamples: { id: 'Contoh:\n  naskah studio\n  naskah studio data/ --buka', en: 'Examples:\n  naskah studio\n  naskah studio data/ --buka' },
  sign: {
    id: 'menandatangani PDF secara elektronik (PAdES) dengan sertifikat kantor',
    en: 'sign a PDF electronically (PAdES) with the office\'s certificate',
  },
  signPdf: {
    id: 'PDF hasil build (dengan berkas .tte.json di sebelahnya)',
    en: 'a built PDF (with its .tte.json beside it)',
  },
  signCertificate: {
    id: 'sertifikat dan kunci penandatangan (.p12 / .pfx)',
    en: 'the signer\'s certificate and key (.p12 / .pfx)',
  },
  signArea: {
    id: 'letak tanda tangan (bawaan: NAMA.tte.json di sebelah PDF)',
    en: 'where the signature goes (default: NAME.tte.json beside the PDF)',
  },
  signPlace: {
    id: 'tempat penandatanganan',
    en: 'the place of signing',
  },
  signExamples: {
    id: 'Kata sandi sertifikat ditanyakan tanpa ditampilkan, atau dibaca dari variabel lingkungan NASKAH_SANDI_SERTIFIKAT;\ntidak pernah dari baris perintah. PDF bertanda tangan ditulis di sebelahnya sebagai NAMA-tte.pdf;\nPDF asalnya tidak diubah.\n\nContoh:\n  naskah tandatangani output/kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf --sertifikat ketua.p12',
    en: 'The certificate\'s passphrase is asked for without echo, or read from the environment variable\nNASKAH_SANDI_SERTIFIKAT; never from the command line. The signed PDF is written beside the other as\nNAME-tte.pdf; the unsigned PDF is not changed.\n\nExample:\n  naskah tandatangani output/kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf --sertifikat ketua.p12',
  },
  passphrase: {
    id: 'Kata sandi sertifikat: ',
    en: 'Certificate passphrase: ',
  },
  register: {
    id: 'buku nomor kantor: mengambil dan melepas nomor keputusan',
    en: 'the office\'s register of numbers: reserve and release decree numbers',
  },
  registerExamples: {
    id: 'Buku nomor disimpan sebagai nomor.yaml di folder data kantor. Dua petugas yang mengambil nomor bersamaan\nselalu mendapat nomor berbeda.\n\nContoh:\n  naskah nomor ambil data/kpu-sumbawa-barat/2023-konsep.yaml\n  naskah nomor ambil --folder data/kpu-sumbawa-barat --tahun 2023 --tentang "Pembentukan Tim …"\n  naskah nomor lepas 12 --folder data/kpu-sumbawa-barat --tahun 2023',
    en: 'The register is kept as nomor.yaml in the office\'s data folder. Two clerks reserving at the same moment\nalways get different numbers.\n\nExamples:\n  naskah nomor ambil data/kpu-sumbawa-barat/2023-konsep.yaml\n  naskah nomor ambil --folder data/kpu-sumbawa-barat --tahun 2023 --tentang "Pembentukan Tim …"\n  naskah nomor lepas 12 --folder data/kpu-sumbawa-barat --tahun 2023',
  },
  reserve: {
    id: 'mengambil nomor berikutnya untuk satu keputusan',
    en: 'reserve the next number for one decree',
  },
  reserveData: {
    id: 'berkas konsep (tahun, judul dan folder diambil darinya)',
    en: 'a draft\'s data file (year, title and folder are taken from it)',
  },
  reserveTitle: {
    id: 'judul keputusan (tentang)',
    en: 'the decree\'s title (tentang)',
  },
  registerYear: {
    id: 'tahun (bawaan: tahun ini, atau tahun konsep)',
    en: 'year (default: this year, or the draft\'s)',
  },
  registerFolder: {
    id: 'folder data kantor, tempat nomor.yaml',
    en: 'the office\'s data folder, where nomor.yaml is',
  },
  release: {
    id: 'melepas nomor yang diambil tetapi tidak jadi dipakai',
    en: 'release a number that was reserved but will not be used',
  },
  releaseNumber: {
    id: 'nomor urut yang dilepas',
    en: 'the sequence number to release',
  },
} satisfies Record<string, Text>;

export type CliWord = keyof typeof cliWords;

export function cliText(lang: Lang, word: CliWord): string {
  return cliWords[word][lang];
}

/** The closing line of a batch build. */
export function buildSummary(succeeded: number, failed: number, lang: Lang): string {
  return { id: `selesai: ${succeeded} berhasil, ${failed} gagal`, en: `done: ${succeeded} built, ${failed} failed` }[lang];
}

/** What `next` carried over from last year's file that `check` finds there still. */
export function carriedReport(file: string, count: number, lang: Lang): string {
  if (count === 0) return { id: `tidak ada temuan pemeriksaan ${file} yang terbawa ke konsep`, en: `no finding of the check of ${file} is carried into the draft` }[lang];
  return {
    id: `${count} temuan pemeriksaan ${file} terbawa ke konsep dan perlu diperbaiki di sana:`,
    en: `${count} finding(s) of the check of ${file} carried into the draft, to be corrected there:`,
  }[lang];
}

/** The closing line of a batch stopped with Ctrl-C. */
export function interruptedSummary(succeeded: number, failed: number, left: number, lang: Lang): string {
  return {
    id: `dihentikan: ${succeeded} berhasil, ${failed} gagal, ${left} belum dibuat`,
    en: `interrupted: ${succeeded} built, ${failed} failed, ${left} not built`,
  }[lang];
}

/** Which word lists `check` read the spelling with, and where the office's own list goes when it has none yet. */
export function wordListsReport(builtin: string, office: { file: string; exists: boolean }, lang: Lang): string {
  const officeList = office.exists
    ? office.file
    : { id: `(belum ada; buat ${office.file}, satu kata satu baris)`, en: `(none yet; create ${office.file}, one word a line)` }[lang];
  return {
    id: `ejaan diperiksa dengan: kamus Hunspell id_ID, daftar kata KPU bawaan naskah (${builtin}), daftar kata kantor ${officeList}`,
    en: `spelling checked with: the Hunspell id_ID dictionary, naskah's KPU word list (${builtin}), the office's word list ${officeList}`,
  }[lang];
}

/** What `naskah nomor ambil` and `naskah nomor lepas` report. */
export function registerReport(change: 'reserved' | 'released', reservation: { nomor: number; tahun: number; tentang: string }, file: string, lang: Lang): string {
  const { nomor, tahun, tentang } = reservation;
  const said = {
    reserved: { id: `nomor ${nomor} tahun ${tahun} diambil untuk "${tentang}" (${file})`, en: `number ${nomor} of ${tahun} reserved for "${tentang}" (${file})` },
    released: { id: `nomor ${nomor} tahun ${tahun} ("${tentang}") dilepas (${file})`, en: `number ${nomor} of ${tahun} ("${tentang}") released (${file})` },
  };
  return said[change][lang];
}

/** The closing line of a check. */
export function checkSummary(errors: number, warnings: number, lang: Lang): string {
  return { id: `${errors} kesalahan, ${warnings} peringatan`, en: `${errors} errors, ${warnings} warnings` }[lang];
}

/** The headings commander writes in a help text, as it passes them to `styleTitle`. */
const headings: Record<string, string> = {
  'Usage:': 'Cara pakai:',
  'Options:': 'Pilihan:',
  'Global Options:': 'Pilihan umum:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
};

/** Commander's error messages (commander 14), each read back into its parts and said in Indonesian. */
const errors: [RegExp, (...parts: string[]) => string][] = [
  [/^error: required option '(.+)' not specified$/, (option) => `pilihan wajib '${option}' belum ditulis`],
  [/^error: missing required argument '(.+)'$/, (argument) => `argumen wajib '${argument}' belum ditulis`],
  [/^error: option '(.+)' argument missing$/, (option) => `pilihan '${option}' perlu nilai`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. ([^]*)$/, (option, value, why) => `nilai '${value}' untuk pilihan '${option}' tidak sah. ${why}`],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\. ([^]*)$/, (value, argument, why) => `nilai '${value}' untuk argumen '${argument}' tidak sah. ${why}`],
  [/^error: unknown option '(.+?)'$/, (option) => `pilihan '${option}' tidak dikenal`],
  [/^error: unknown command '(.+?)'$/, (command) => `perintah '${command}' tidak dikenal`],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (command, expected, got) => `argumen terlalu banyak${command ? ` untuk '${command}'` : ''}: seharusnya ${expected}, tertulis ${got}`],
];

/** The pieces commander appends to an error. */
const pieces: [RegExp, string][] = [
  [/Allowed choices are (.*)\.$/, 'Pilihan yang sah: $1.'],
  [/\n\(Did you mean one of (.*)\?\)$/, '\n(Mungkin maksudnya salah satu dari $1?)'],
  [/\n\(Did you mean (.*)\?\)$/, '\n(Mungkin maksudnya $1?)'],
];

/** A message of commander's in Indonesian; "kesalahan: …" like every other error naskah reports. */
export function commanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  let text = message.replace(/\n$/, '');
  for (const [pattern, replacement] of pieces) text = text.replace(pattern, replacement);
  const [suggestion] = /\n\(Mungkin[^]*$/.exec(text) ?? [''];
  const sentence = text.slice(0, text.length - suggestion.length);
  for (const [pattern, say] of errors) {
    const parts = pattern.exec(sentence);
    if (parts) return `kesalahan: ${say(...parts.slice(1))}${suggestion}\n`;
  }
  return message;
}

/** Help texts in Indonesian: commander's headings, "[options]" and "(default: …)" in the user's words. */
export function commanderHelp(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  return {
    styleTitle: (title: string) => headings[title] ?? title,
    // "[options]" and "[pilihan]" are as wide, so the help's columns stay aligned.
    styleOptionText: (text: string) => (text === '[options]' ? '[pilihan]' : text),
    styleSubcommandText: (text: string) => (text === '[command]' ? '[perintah]' : text),
    optionDescription(this: Help, option: Option): string {
      const extras = [
        option.argChoices && `pilihan: ${option.argChoices.join(', ')}`,
        option.defaultValue !== undefined && option.required && `bawaan: ${String(option.defaultValue)}`,
      ].filter(Boolean);
      return extras.length > 0 ? `${option.description} (${extras.join('; ')})` : option.description;
    },
  };
}
