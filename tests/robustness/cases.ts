/**
 * Bad input, one case a row: what the user hands naskah, and what naskah must answer. Every case runs
 * through the real command line (bad-input.test.ts) with an earlier output present, which must stay
 * exactly as it was. Messages are checked in English (--lang en); each names the file, then the line or
 * the field, then the problem.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../../src/data/load';
import type { DecreeInput } from '../../src/data/schema';
import { scheduleInputOf } from '../support/appendix';

export type Input =
  /** A change to the sample's data, written back as YAML. */
  | { data: (decree: DecreeInput) => void }
  /** An edit of the sample file's text (comments and lines kept), saved as UTF-8 unless `encoding` says otherwise. */
  | { text: (sample: string) => string; encoding?: 'utf16le' | 'latin1' }
  /** A whole file. */
  | { raw: string | Buffer }
  /** Something other than a file written by the test: the path given to naskah, made in the workspace. */
  | { path: (workspace: string) => string };

export interface BadInputCase {
  name: string;
  input: Input;
  /**
   * `build` (the default, with `--out output`), `next --year 2023`, `tetapkan` (the args give number and
   * date), or `check`, whose findings are its output (a warning there is what the clerk is told).
   */
  command?: 'build' | 'next' | 'tetapkan' | 'check';
  /** More arguments for the command; for `build` they replace the default `--out output`. */
  args?: string[];
  /** Prepares the workspace beyond the earlier output, before the snapshot is taken. */
  prepare?: (workspace: string) => void;
  status: number;
  /** The name of the file every message line starts with (default: the data file). */
  file?: string;
  /** Fragments of the error output (of `check`: its output) besides the file's name. */
  messages: string[];
}

/** The name the runner gives the data file in the workspace. */
export const DATA_FILE = 'keputusan.yaml';
/** The earlier output of the sample, present in every workspace. */
export const EARLIER_OUTPUT = 'kpu-kabupaten-sumbawa-barat-2022-35-asli';

const BILLION_LAUGHS = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'kantor: [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
].join('\n');

/** `a:` nested `depth` levels deep, each level indented by two more spaces. */
const nestedMaps = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}a:`).join('\n') + ' x\n';

const replace = (from: string | RegExp, to: string) => (sample: string) => {
  const edited = sample.replace(from, to);
  if (edited === sample) throw new Error(`the sample no longer holds ${from}`);
  return edited;
};

const repeatTo = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

export const cases: BadInputCase[] = [
  // ---- YAML traps
  { name: 'alias bomb (billion laughs)', input: { raw: BILLION_LAUGHS }, status: 1, messages: ['keputusan.yaml:1:1:', 'too many YAML aliases'] },
  {
    name: 'an anchor that contains its own alias (list)',
    input: { text: replace(/^menimbang:\n/m, 'menimbang: &m\n  - *m\n') },
    status: 1,
    messages: ['menimbang no. 1: a YAML alias (*name) points into itself'],
  },
  {
    name: 'an anchor that contains its own alias (map)',
    input: { text: replace(/^penandatangan:\n/m, 'penandatangan: &p\n  wakil: *p\n') },
    status: 1,
    messages: ['penandatangan › wakil: a YAML alias (*name) points into itself'],
  },
  {
    name: 'the same key twice',
    input: { text: (sample) => `templat: keputusan\ntemplat: keputusan\n${sample}` },
    status: 1,
    messages: ['keputusan.yaml:2:1:', 'the same key is written twice'],
  },
  {
    name: 'a !!js/function tag',
    input: { text: (sample) => `templat: !!js/function "function () { process.exit(9) }"\n${sample}` },
    status: 1,
    messages: ['keputusan.yaml:1:10:', 'the YAML tag !!js/function is not accepted'],
  },
  {
    name: 'a !!python/object/apply tag',
    input: { text: (sample) => `templat: !!python/object/apply:os.system ["rm -rf /"]\n${sample}` },
    status: 1,
    messages: ['keputusan.yaml:1:10:', 'the YAML tag !!python/object/apply:os.system is not accepted'],
  },
  {
    name: 'a !!binary tag',
    input: { text: replace('  kedudukan: Taliwang\n', '  kedudukan: Taliwang\n  lambang: !!binary R0lGODlhAQABAAAAACw=\n') },
    status: 1,
    messages: ['the YAML tag !!binary is not accepted'],
  },
  {
    name: 'a custom !include tag',
    input: { text: (sample) => `templat: !include /etc/passwd\n${sample}` },
    status: 1,
    messages: ['keputusan.yaml:1:10:', 'the YAML tag !include is not accepted'],
  },
  {
    name: 'a !!timestamp tag on the date',
    input: { text: replace('tanggal: 2022-02-02', 'tanggal: !!timestamp 2022-02-02') },
    status: 1,
    messages: ['the YAML tag !!timestamp is not accepted'],
  },
  { name: 'nesting deeper than the parser goes', input: { raw: '['.repeat(20_000) }, status: 1, messages: ['keputusan.yaml:1:', 'nested too deep'] },
  { name: 'nesting deeper than the limit', input: { raw: nestedMaps(20) }, status: 1, messages: ['keputusan.yaml:', 'nested too deep; the limit is 16 levels'] },
  {
    name: 'two YAML documents in one file',
    input: { text: (sample) => `${sample}---\n${sample}` },
    status: 1,
    messages: ['more than one YAML document'],
  },
  {
    name: 'a __proto__ key',
    input: { text: replace(/^kantor:\n/m, 'kantor:\n  __proto__: { polluted: true }\n') },
    status: 1,
    messages: ['kantor › __proto__: unknown key "__proto__"'],
  },
  {
    name: 'constructor and prototype keys',
    input: { text: (sample) => `constructor:\n  prototype:\n    polluted: true\n${sample}` },
    status: 1,
    messages: ['keputusan.yaml:2:3: constructor: unknown key "constructor"'],
  },
  { name: 'a tab as indentation', input: { text: replace('  lembaga:', '\tlembaga:') }, status: 1, messages: ['this line is indented with a tab, but YAML accepts only spaces at the start of a line; replace the tab with spaces'] },
  // A clerk's slips, each said once by its real cause, with the line to write instead.
  {
    name: 'a missing colon',
    input: { text: replace('  jabatan: Ketua\n', '  jabatan Ketua\n') },
    status: 1,
    messages: ['the colon after the field name is missing; write "jabatan: Ketua"'],
  },
  {
    name: 'a missing "- " before an item',
    input: { text: replace('  - Keputusan ini mulai berlaku', '  Keputusan ini mulai berlaku') },
    status: 1,
    messages: ['this list item does not start with "- " as the items above it do; write "- Keputusan ini mulai berlaku pada tanggal ditetapkan."'],
  },
  {
    name: 'an indentation one space off',
    input: { text: replace('  nama: Denny Saputra', '   nama: Denny Saputra') },
    status: 1,
    messages: ['this line is indented 3 spaces, the line above it 2; fields of one level line up, with the same number of spaces'],
  },
  {
    name: 'a colon and a space inside an unquoted text',
    input: { text: replace('  jabatan: Ketua\n', '  jabatan: Plh. Ketua: Anggota\n') },
    status: 1,
    messages: ['this text holds a colon and a space (": "), which in YAML separates a field\'s name from its value; put the whole text in quotes: jabatan: "Plh. Ketua: Anggota"'],
  },
  {
    name: 'a colon and a space inside an unquoted item',
    input: { text: replace('  - Keputusan ini mulai berlaku pada tanggal ditetapkan.', '  - Keputusan ini mulai berlaku pada: tanggal ditetapkan.') },
    status: 1,
    messages: ['diktum no. 2: this text holds a colon and a space (": "), which in YAML separates a field\'s name from its value; put the whole text in quotes: "Keputusan ini mulai berlaku pada: tanggal ditetapkan."'],
  },
  {
    name: 'a text starting with "- "',
    input: { text: replace('  jabatan: Ketua\n', '  jabatan: - Ketua\n') },
    status: 1,
    messages: ['this text starts with "- ", which in YAML starts a list; put the whole text in quotes: jabatan: "- Ketua"'],
  },
  {
    name: 'a text starting with "["',
    input: { text: replace('  jabatan: Ketua\n', '  jabatan: [Plh] Ketua\n') },
    status: 1,
    messages: ['this text starts with "[", which in YAML starts a list; put the whole text in quotes: jabatan: "[Plh] Ketua"'],
  },
  {
    name: 'an item starting with a second "- "',
    input: { text: replace('  - Keputusan ini mulai berlaku', '  - - Keputusan ini mulai berlaku') },
    status: 1,
    messages: ['diktum no. 2: this text starts with "- ", which in YAML starts a list; put the whole text in quotes: "- Keputusan ini mulai berlaku pada tanggal ditetapkan."'],
  },
  {
    name: 'an unclosed quote',
    input: { text: (sample) => `templat: "keputusan\n${sample}` },
    status: 1,
    messages: ['keputusan.yaml:', 'a closing bracket or quote is missing'],
  },

  // ---- Not a YAML text file
  {
    name: 'a 50 MB file',
    input: { raw: Buffer.alloc(50 * 1024 * 1024, '# padding\n') },
    status: 1,
    messages: ['the file is too large (52428800 bytes); the limit is 5242880 bytes'],
  },
  {
    name: 'a NUL byte',
    input: { text: replace('# Keputusan KPU', '# Keputusan\0KPU') },
    status: 1,
    messages: ['keputusan.yaml:3:', 'not a text file'],
  },
  {
    name: 'the DOCX given as data',
    input: { path: (workspace) => path.join(workspace, 'output', `${EARLIER_OUTPUT}.docx`) },
    file: `${EARLIER_OUTPUT}.docx`,
    status: 1,
    messages: [`${EARLIER_OUTPUT}.docx:`, 'not a text file'],
  },
  {
    name: 'a file saved as UTF-16',
    input: { text: (sample) => `\uFEFF${sample}`, encoding: 'utf16le' },
    status: 1,
    messages: ['keputusan.yaml:1:1:', 'saved as UTF-16'],
  },
  {
    name: 'a file saved as Latin-1',
    input: { text: replace('  nama: Denny Saputra', '  nama: Ñoño Saputra'), encoding: 'latin1' },
    status: 1,
    messages: ['bytes that are not UTF-8'],
  },
  { name: 'an empty file', input: { raw: '' }, status: 1, messages: ['keputusan.yaml: the file is empty'] },
  { name: 'comments only', input: { raw: '# konsep\n# belum diisi\n' }, status: 1, messages: ['keputusan.yaml: the file is empty'] },
  { name: 'a list instead of a decree', input: { raw: '- kantor\n- keputusan\n' }, status: 1, messages: ['keputusan.yaml:1:1:', 'expected a group of fields'] },
  {
    name: 'a folder without data files',
    input: { path: (workspace) => path.join(workspace, 'output') },
    file: 'output',
    status: 1,
    messages: ['this is a folder'],
  },
  {
    name: 'a missing file',
    input: { path: (workspace) => path.join(workspace, 'tidak-ada.yaml') },
    file: 'tidak-ada.yaml',
    status: 1,
    messages: ['tidak-ada.yaml: file not found'],
  },
  {
    name: 'a device that never ends',
    input: {
      path: (workspace) => {
        symlinkSync('/dev/zero', path.join(workspace, DATA_FILE));
        return path.join(workspace, DATA_FILE);
      },
    },
    status: 1,
    messages: ['not an ordinary file'],
  },

  // ---- Characters
  {
    name: 'a bell character',
    input: { data: (d) => void (d.penandatangan.nama = 'Denny\u0007 Saputra') },
    status: 1,
    messages: ['penandatangan › nama: the text holds control or invisible characters (U+0007)'],
  },
  {
    name: 'an escape sequence in a quoted value',
    input: { text: replace('  nama: Denny Saputra', '  nama: "Denny \\e[31mSaputra"') },
    status: 1,
    messages: ['penandatangan › nama:', 'U+001B'],
  },
  {
    name: 'a lone surrogate',
    input: { text: replace('  nama: Denny Saputra', '  nama: "Denny \\uD800"') },
    status: 1,
    messages: ['penandatangan › nama:', 'U+D800'],
  },
  {
    name: 'the replacement character of a bad conversion',
    input: { data: (d) => void (d.menimbang[0] = d.menimbang[0].replace('Komisi', 'Komisi \uFFFD')) },
    status: 1,
    messages: ['menimbang no. 1:', 'U+FFFD'],
  },
  {
    name: 'a right-to-left override',
    input: { data: (d) => void (d.kantor.wilayah = 'Kabupaten \u202ETAROB AWABMUS\u202C') },
    status: 1,
    messages: ['kantor › wilayah:', 'U+202E, U+202C'],
  },
  {
    name: 'a zero-width space',
    input: { data: (d) => void (d.keputusan.tentang = 'Penetapan\u200BRencana Kerja') },
    status: 1,
    messages: ['keputusan › tentang:', 'U+200B'],
  },
  {
    name: 'an Arabic-script name',
    input: { data: (d) => void (d.penandatangan.nama = 'محمد معروف') },
    status: 1,
    messages: ['penandatangan › nama: the characters "م" U+0645', 'Latin letters only'],
  },
  {
    name: 'an emoji in the office',
    input: { data: (d) => void (d.kantor.lembaga = 'Komisi Pemilihan Umum 🇮🇩') },
    status: 1,
    messages: ['kantor › lembaga: the characters "🇮" U+1F1EE, "🇩" U+1F1E9'],
  },
  {
    name: 'Chinese characters in the title',
    input: { data: (d) => void (d.keputusan.tentang = '选举委员会') },
    status: 1,
    messages: ['keputusan › tentang: the characters "选" U+9009'],
  },

  // ---- Limits
  {
    name: '1,000 activities of 50 sub-activities',
    input: {
      data: (d) =>
        void (scheduleInputOf(d).kegiatan = Array.from({ length: 1_000 }, (_, a) => ({
          nama: `Kegiatan ${a + 1}`,
          sub_kegiatan: Array.from({ length: 50 }, (_, t) => ({ uraian: `Sub kegiatan ${t + 1}`, bulan: [1 + (t % 12)] })),
        }))),
    },
    status: 1,
    messages: [
      'lampiran › kegiatan: the list is too long (1000 items); the limit is 500 items',
      `lampiran › kegiatan: the appendix table is too long (50000 sub-activities); the limit is ${LIMITS.scheduleRows};`,
    ],
  },
  {
    name: '600 dictums',
    input: { data: (d) => void (d.diktum = Array.from({ length: 600 }, (_, i) => `Diktum ${i + 1}.`)) },
    status: 1,
    messages: ['diktum: the list is too long (600 items); the limit is 500 items'],
  },
  {
    name: 'a consideration of 60,000 characters',
    input: { data: (d) => void (d.menimbang[0] = repeatTo('bahwa pertimbangan yang panjang sekali ', 60_000)) },
    status: 1,
    messages: ['menimbang no. 1: the text is too long (60000 characters); the limit is 50000 characters'],
  },
  {
    name: 'more than 2,000,000 characters of text',
    input: { data: (d) => void (d.mengingat = Array.from({ length: 450 }, (_, i) => repeatTo(`Peraturan ${i + 1} tentang sesuatu `, 4_800))) },
    status: 1,
    messages: ['keputusan.yaml:', 'all texts together are too long', 'the limit is 2000000 characters'],
  },

  // ---- The decree's own rules
  {
    name: 'a day that is not in the calendar',
    input: { data: (d) => void (d.ditetapkan.tanggal = '2022-02-30') },
    status: 1,
    messages: ['ditetapkan › tanggal: found "2022-02-30"; expected a real calendar date'],
  },
  {
    name: 'no number for an original',
    input: { data: (d) => void (d.keputusan.nomor = null) },
    status: 1,
    messages: ['keputusan › nomor: not filled in yet'],
  },
  {
    name: 'a template named by a path',
    input: { data: (d) => void (d.templat = '../../../etc/passwd') },
    status: 1,
    messages: ['templat: found "../../../etc/passwd"; expected a template name'],
  },
  {
    name: 'a template that does not exist',
    input: { data: (d) => void (d.templat = 'surat-edaran') },
    status: 1,
    messages: ['templat: template "surat-edaran" not found: there is no surat-edaran.templat.yaml'],
  },
  {
    name: 'an emblem that does not exist',
    input: { data: (d) => void (d.kantor.lambang = 'lambang-kpu.png') },
    status: 1,
    messages: ['emblem file lambang-kpu.png not found'],
  },
  {
    name: 'a thirteenth month',
    input: { data: (d) => void (scheduleInputOf(d).kegiatan[0].sub_kegiatan[0].bulan = [13]) },
    status: 1,
    messages: ['lampiran › kegiatan no. 1 › sub_kegiatan no. 1 › bulan no. 1: found 13, the largest allowed is 12'],
  },
  {
    name: 'months that run backwards, written by name',
    input: { data: (d) => void (scheduleInputOf(d).kegiatan[0].sub_kegiatan[0].bulan = 'Maret-Januari') },
    status: 1,
    messages: ['lampiran › kegiatan no. 1 › sub_kegiatan no. 1 › bulan: found "Maret-Januari"; expected months 1 to 12 or month names, e.g. [1, 2, 3], 6, "1-3, 6", "Januari-Maret" or "Jan–Mar, Jul"'],
  },
  {
    name: 'letters in a NIP',
    input: { data: (d) => void (d.kantor.pengesah_salinan.nip = '19800101abc') },
    status: 1,
    messages: ['kantor › pengesah_salinan › nip: found "19800101abc"; expected an 18-digit NIP'],
  },

  // ---- A final decree must pass its checks (nothing is built while the check finds errors)
  {
    name: 'a final decree naming another office (the decree as signed, Sumbawa Barat 35/2022)',
    input: { text: replace('Kabupaten Sumbawa Barat berkewajiban', 'Provinsi Nusa Tenggara Barat berkewajiban') },
    status: 1,
    messages: [
      'error [other-office] menimbang no. 1: names "Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat"',
      'keputusan.yaml: not built: the check found 1 error(s) (above); correct them first, or use --abaikan-periksa',
    ],
  },
  {
    name: 'a certifier of dots, as import leaves one it could not find',
    input: { data: (d) => void (d.kantor.pengesah_salinan = { jabatan: '.........', nama: '.........' }) },
    status: 1,
    messages: [
      'error [placeholder] kantor › pengesah_salinan › jabatan: still holds the fill-in dots ".........", an original or a copy cannot carry empty fields; replace it with the real text',
      'error [placeholder] kantor › pengesah_salinan › nama: still holds the fill-in dots ".........",',
    ],
  },
  {
    name: 'a field still marked # ISI',
    input: { text: replace(/^  nomor: 35$/m, '  nomor: 35 # ISI: keputusan.nomor tahun 2022; wajib diisi sebelum membuat naskah asli') },
    status: 1,
    messages: ['error [placeholder] still marked "# ISI: keputusan.nomor tahun 2022; wajib diisi sebelum membuat naskah asli"', 'remove the # ISI mark'],
  },
  {
    name: 'the number written in words',
    input: { data: (d) => void (d.keputusan.nomor = 'dua belas') },
    status: 1,
    messages: ['error [number-form] keputusan › nomor: the number reads "dua belas", a decree number is written in digits (35) or as a classification code', 'write nomor: 12'],
  },
  {
    name: 'the signatory with degrees',
    input: { data: (d) => void (d.penandatangan.nama = 'Dr. Denny Saputra, S.H., M.Si.') },
    status: 1,
    messages: ['error [name-with-degrees] penandatangan › nama: the name "Dr. Denny Saputra, S.H., M.Si." carries degrees or a rank', 'write "Denny Saputra"'],
  },
  {
    name: 'the signatory’s title naming the institution',
    input: { data: (d) => void (d.penandatangan.jabatan = 'Ketua Komisi Pemilihan Umum Kabupaten Sumbawa Barat') },
    status: 1,
    messages: ['error [office-in-title] penandatangan › jabatan: the title "Ketua Komisi Pemilihan Umum Kabupaten Sumbawa Barat" already names the institution', 'write the title only: "Ketua"'],
  },
  {
    name: 'a bullet pasted at the start of a legal basis',
    input: { data: (d) => void (d.mengingat[0] = `• ${d.mengingat[0]}`) },
    status: 1,
    messages: ['error [pasted-marker] mengingat no. 1: the item starts with "•"', 'naskah check --perbaiki does it'],
  },
  {
    name: 'a manual "a." at the start of a consideration',
    input: { data: (d) => void (d.menimbang[0] = `a. ${d.menimbang[0]}`) },
    status: 1,
    messages: ['error [pasted-marker] menimbang no. 1: the item starts with "a."'],
  },
  {
    name: 'the office’s own region misspelt: said first, with the real one, and not copied into the texts',
    input: { data: (d) => void (d.kantor.wilayah = 'Kabupaten Sumbawa Brat') },
    status: 1,
    messages: ['error [unknown-region] kantor › wilayah: "Kabupaten Sumbawa Brat" is not the name of a registered province', 'perhaps "Kabupaten Sumbawa Barat" is meant', 'the check found 1 error(s)'],
  },
  {
    name: 'finalising a draft while its check finds errors',
    command: 'tetapkan',
    input: { data: (d) => void (d.menimbang[0] = d.menimbang[0].replace('Kabupaten Sumbawa Barat', 'Provinsi Nusa Tenggara Barat')) },
    args: ['--nomor', '36', '--tanggal', '2022-02-03'],
    status: 1,
    messages: ['error [other-office] menimbang no. 1', 'keputusan.yaml: not finalised: the check found 1 error(s) (above); correct them first, the file is unchanged'],
  },

  // ---- Warnings: said by check and by a final build, which goes on; check itself writes nothing
  {
    name: 'a comment after a text on its line, which YAML cuts the text off at',
    command: 'check',
    input: { text: replace(/^penandatangan:\n  jabatan: Ketua$/m, 'penandatangan:\n  jabatan: Ketua #2 Komisi') },
    status: 0,
    messages: [
      'warning [comment-in-text] penandatangan › jabatan: the text is followed by "#2 Komisi" on the same line, YAML drops everything after " #" as a comment, so only "Ketua" is printed; if the # belongs to the text, put the whole text in quotes',
    ],
  },
  {
    name: 'a certifier without NIP and with an abbreviated title (the sample’s own)',
    command: 'check',
    input: { text: (sample) => sample },
    status: 0,
    messages: [
      'warning [certifier-title] kantor › pengesah_salinan › jabatan: the certifier\'s title is abbreviated "Kasubbag Hukum dan Sumber Daya Manusia", the certification block carries the full title; write "Kepala Subbagian Hukum dan Sumber Daya Manusia"',
      'warning [certifier-nip] kantor › pengesah_salinan: the certifier Faridah Anwar has no NIP, the certifier\'s NIP is printed under the name; add nip: (18 digits) to kantor › pengesah_salinan',
    ],
  },

  // ---- Decrees that would overwrite each other's documents
  {
    name: 'two decrees in one batch with the same number (nothing is built)',
    input: { data: () => undefined },
    args: ['kedua.yaml', '--out', 'output'],
    prepare: (workspace) => {
      const first = readFileSync(path.join(workspace, DATA_FILE), 'utf8');
      writeFileSync(path.join(workspace, 'kedua.yaml'), first.replace(/tentang: .*/, '$& Perubahan'));
    },
    file: 'kedua.yaml',
    status: 1,
    messages: [`kedua.yaml: would write ${path.join('output', EARLIER_OUTPUT)}.pdf, which `, `keputusan.yaml writes too (the same decree number?); nothing was built; give each its own number`],
  },

  {
    name: 'two decrees of one office and year with the same number, checked together',
    input: { data: () => undefined },
    command: 'check',
    args: ['kedua.yaml'],
    prepare: (workspace) => {
      const first = readFileSync(path.join(workspace, DATA_FILE), 'utf8');
      writeFileSync(path.join(workspace, 'kedua.yaml'), first.replace(/tentang: .*/, '$& Perubahan'));
    },
    status: 1,
    messages: ['kedua.yaml:', 'error [same-number] keputusan › nomor: number 35 is used by ', 'keputusan.yaml already'],
  },
  {
    name: 'a later number enacted before an earlier one, checked together',
    input: { data: () => undefined },
    command: 'check',
    args: ['kedua.yaml'],
    prepare: (workspace) => {
      const first = readFileSync(path.join(workspace, DATA_FILE), 'utf8');
      writeFileSync(path.join(workspace, 'kedua.yaml'), first.replace('nomor: 35', 'nomor: 36').replace('tanggal: 2022-02-02', 'tanggal: 2022-01-10'));
    },
    status: 0,
    messages: ['kedua.yaml:', 'warning [date-order] ditetapkan › tanggal: number 36 is enacted on 2022-01-10, before number 35 (2022-02-02, '],
  },

  // ---- Where the outputs go
  {
    name: 'an output folder that is a file',
    input: { data: () => undefined },
    args: ['--out', 'hasil'],
    prepare: (workspace) => writeFileSync(path.join(workspace, 'hasil'), 'not a folder'),
    file: 'hasil',
    status: 1,
    messages: ['hasil: the path of this folder runs through a file, not a folder'],
  },
  {
    name: 'a folder where an output file goes (a changed decree: its DOCX must not be replaced either)',
    input: { data: (d) => void (d.keputusan.tentang += ' Perubahan') },
    prepare: (workspace) => {
      const pdf = path.join(workspace, 'output', `${EARLIER_OUTPUT}.pdf`);
      rmSync(pdf);
      mkdirSync(pdf);
      writeFileSync(path.join(pdf, 'catatan.txt'), 'mine');
    },
    file: `${EARLIER_OUTPUT}.pdf`,
    status: 1,
    messages: [`${EARLIER_OUTPUT}.pdf: there is a folder with this file's name`],
  },
  {
    name: 'next year’s draft exists already',
    command: 'next',
    input: { data: () => undefined },
    prepare: (workspace) => writeFileSync(path.join(workspace, '2023-konsep.yaml'), 'mine'),
    file: '2023-konsep.yaml',
    status: 1,
    messages: ['2023-konsep.yaml: this file exists already and will not be overwritten'],
  },
  {
    name: 'next year’s draft name is taken by a dangling link',
    command: 'next',
    input: { data: () => undefined },
    prepare: (workspace) => symlinkSync('nowhere.yaml', path.join(workspace, '2023-konsep.yaml')),
    file: '2023-konsep.yaml',
    status: 1,
    messages: ['2023-konsep.yaml: this file exists already and will not be overwritten'],
  },
  {
    name: 'next year from a missing file',
    command: 'next',
    input: { path: (workspace) => path.join(workspace, 'tidak-ada.yaml') },
    file: 'tidak-ada.yaml',
    status: 1,
    messages: ['file not found'],
  },
  {
    name: 'next year from a folder',
    command: 'next',
    input: { path: (workspace) => path.join(workspace, 'output') },
    file: 'output',
    status: 1,
    messages: ['this is a folder'],
  },
  {
    name: 'next year from a file naskah refuses',
    command: 'next',
    input: { data: (d) => void (d.penandatangan.nama = 'Denny\u0000Saputra') },
    status: 1,
    messages: ['penandatangan › nama:', 'U+0000'],
  },
];
