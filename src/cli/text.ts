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
  out: { id: 'folder hasil', en: 'output folder' },
  buildExamples: {
    id: 'Contoh:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan --out hasil\n  naskah build data/',
    en: 'Examples:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan --out hasil\n  naskah build data/',
  },
  check: { id: 'memeriksa keputusan sebelum ditandatangani', en: 'check decrees before they are signed' },
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
  import: {
    id: 'membuat berkas data dari keputusan yang sudah ada (DOCX atau teks)',
    en: 'make a data file from an existing decree (DOCX or text)',
  },
  importFile: { id: 'DOCX atau teks keputusan', en: 'a DOCX or the text of a decree' },
  importOut: { id: 'berkas data baru (bawaan: nama yang sama, .yaml)', en: 'the new data file (default: the same name, .yaml)' },
  importExamples: {
    id: 'Berkas yang sudah ada tidak pernah ditimpa.\n\nContoh:\n  naskah import arsip/keputusan-35-2022.docx --out data/kpu-sumbawa-barat/2022-035.yaml',
    en: 'An existing file is never overwritten.\n\nExample:\n  naskah import arsip/keputusan-35-2022.docx --out data/kpu-sumbawa-barat/2022-035.yaml',
  },
  written: { id: 'dibuat', en: 'written' },
  files: { id: 'berkas', en: 'files' },
  yearRange: { id: 'tahun 1945 sampai 2200', en: 'a year from 1945 to 2200' },
} satisfies Record<string, Text>;

export type CliWord = keyof typeof cliWords;

export function cliText(lang: Lang, word: CliWord): string {
  return cliWords[word][lang];
}

/** The closing line of a batch build. */
export function buildSummary(succeeded: number, failed: number, lang: Lang): string {
  return { id: `selesai: ${succeeded} berhasil, ${failed} gagal`, en: `done: ${succeeded} built, ${failed} failed` }[lang];
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
