/**
 * A technical guideline typed in Word, built here with the docx library as a clerk lays it out (not with
 * naskah's renderer): considerations and legal bases numbered by Word itself, LAMPIRAN I a text whose
 * chapters ("BAB I"), sections and lists are Word's own numbering (1. → a. → 1) → a), each level indented further, a new
 * list numbered from 1 again in the next chapter), and LAMPIRAN II a table of names whose rows are
 * grouped under merged district and village rows and counted by Word's numbering in the NO column.
 */
import {
  AlignmentType,
  Document,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
  type ILevelsOptions,
} from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const INDENT_STEP = 360;

/** Runs of a text: between asterisks bold, between underscores italic. */
function runs(text: string, bold = false): TextRun[] {
  return text
    .split(/(\*[^*]+\*|_[^_]+_)/)
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith('*')) return new TextRun({ text: part.slice(1, -1), bold: true });
      if (part.startsWith('_')) return new TextRun({ text: part.slice(1, -1), italics: true, bold });
      return new TextRun({ text: part, bold });
    });
}

function line(text: string, options: { bold?: boolean; center?: boolean; indent?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : undefined,
    indent: options.indent ? { left: options.indent } : undefined,
    children: runs(text, options.bold),
  });
}

/** A level as Word's list dialog makes it: the number's form, its text hanging before the indented text. */
function level(depth: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions {
  return { level: depth, format, text, alignment: AlignmentType.START, style: { paragraph: { indent: { left: INDENT_STEP * (depth + 1), hanging: INDENT_STEP } } } };
}

const NUMBERING = {
  config: [
    { reference: 'menimbang', levels: [level(0, LevelFormat.LOWER_LETTER, '%1.')] },
    { reference: 'mengingat', levels: [level(0, LevelFormat.DECIMAL, '%1.')] },
    { reference: 'bab', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: 'BAB %1', alignment: AlignmentType.CENTER, suffix: LevelSuffix.SPACE }] },
    { reference: 'bagian', levels: [level(0, LevelFormat.UPPER_LETTER, '%1.')] },
    {
      reference: 'daftar',
      levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2.'), level(2, LevelFormat.DECIMAL, '%3)'), level(3, LevelFormat.LOWER_LETTER, '%4)')],
    },
    { reference: 'nomor', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.CENTER }] },
  ],
};

type Reference = (typeof NUMBERING.config)[number]['reference'];

/** A paragraph numbered by Word; another `instance` starts the list again from 1. */
function numbered(reference: Reference, depth: number, text: string, instance = 0, bold = false): Paragraph {
  return new Paragraph({ numbering: { reference, level: depth, instance }, children: runs(text, bold) });
}

function cell(children: Paragraph[], options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  return new TableCell({ ...options, children });
}

/** Label | ":" | items numbered by Word in one cell. */
function labelTable(label: string, reference: Reference, items: string[]): Table {
  return new Table({
    borders: NO_BORDERS,
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [1800, 300, 6900],
    rows: [new TableRow({ children: [cell([line(label)]), cell([line(':')]), cell(items.map((item) => numbered(reference, 0, item)))] })],
  });
}

function appendixHeader(numeral: string): Paragraph[] {
  return [
    line(`LAMPIRAN ${numeral}`, { indent: 5000 }),
    line('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA', { indent: 5000 }),
    line('NOMOR 7 TAHUN 2024', { indent: 5000 }),
    line('TENTANG PEDOMAN TEKNIS PEMUTAKHIRAN DATA PEMILIH', { indent: 5000 }),
    line(''),
  ];
}

function signature(): Paragraph[] {
  return [
    line(''),
    line('KETUA KOMISI PEMILIHAN UMUM', { indent: 5000 }),
    line('KABUPATEN SUMBAWA,', { indent: 5000 }),
    line(''),
    line('ttd', { indent: 5000 }),
    line(''),
    line('RAHMAT HIDAYAT', { indent: 5000, bold: true }),
  ];
}

// Chapters as a clerk numbers them in Word: "BAB %1" before the title, on its line.
const GUIDELINE = [
  numbered('bab', 0, 'PENDAHULUAN', 0, true),
  line(''),
  numbered('bagian', 0, 'Latar Belakang', 0, true),
  line('Pemutakhiran data pemilih dilakukan secara _berkelanjutan_ oleh Komisi Pemilihan Umum Kabupaten Sumbawa.', { indent: INDENT_STEP }),
  line(''),
  numbered('bagian', 0, 'Maksud dan Tujuan', 0, true),
  numbered('daftar', 0, 'Maksud pedoman ini adalah:'),
  numbered('daftar', 1, 'memberi panduan kepada Panitia Pemungutan Suara;'),
  numbered('daftar', 1, 'menyamakan langkah pencocokan dan penelitian, yang terdiri atas:'),
  numbered('daftar', 2, 'kunjungan ke rumah pemilih, dengan:'),
  numbered('daftar', 3, 'mencocokkan data dengan *Kartu Keluarga*;'),
  numbered('daftar', 3, 'mencoret pemilih yang tidak memenuhi syarat;'),
  numbered('daftar', 2, 'pencatatan hasil kunjungan.'),
  numbered('daftar', 0, 'Tujuan pedoman ini adalah data pemilih yang akurat.'),
  line('Data pemilih yang akurat menjadi dasar penyusunan daftar pemilih tetap.', { indent: INDENT_STEP }),
  line(''),
  numbered('bab', 0, 'PELAKSANAAN', 0, true),
  line(''),
  numbered('bagian', 0, 'Tahapan', 1, true),
  numbered('daftar', 0, 'penerimaan data dari instansi terkait;', 1),
  numbered('daftar', 0, 'pencocokan dan penelitian;', 1),
  numbered('daftar', 0, 'penetapan daftar pemilih.', 1),
];

const TABLE_COLUMNS = [700, 4300, 1700, 4800];

function nameTable(): Table {
  const header = (text: string) => cell([line(text, { bold: true, center: true })]);
  const group = (text: string) => new TableRow({ children: [cell([line(text, { bold: true })], { columnSpan: 4 })] });
  const member = (village: number, name: string, position: string, address: string) =>
    new TableRow({ children: [cell([numbered('nomor', 0, '', village)]), cell([line(name)]), cell([line(position)]), cell([line(address)])] });
  return new Table({
    width: { size: TABLE_COLUMNS.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: TABLE_COLUMNS,
    rows: [
      new TableRow({ tableHeader: true, children: [header('NO'), header('NAMA'), header('JABATAN'), header('ALAMAT')] }),
      group('KECAMATAN LUNYUK'),
      group('DESA LUNYUK REA'),
      member(0, 'Siti Aminah', 'Ketua', 'Dusun Rea, Lunyuk Rea'),
      member(0, 'Muhammad Yusuf', 'Anggota', 'Dusun Tengah, Lunyuk Rea'),
      member(0, 'Baiq Nurul Aini', 'Anggota', 'Dusun Bawa, Lunyuk Rea'),
      group('DESA JAMU'),
      member(1, 'Lalu Ahmad Fadli', 'Ketua', 'Dusun Jamu, Jamu'),
      member(1, 'Nurhayati', 'Anggota', 'Dusun Ai Renung, Jamu'),
      group('KECAMATAN ALAS'),
      group('DESA LABUHAN ALAS'),
      member(2, 'Abdul Hamid', 'Ketua', 'Dusun Labuhan, Labuhan Alas'),
      member(2, 'Rosmawati', 'Anggota', 'Dusun Pasir, Labuhan Alas'),
    ],
  });
}

export async function handMadeGuideline(): Promise<Buffer> {
  const document = new Document({
    creator: 'Operator',
    title: 'Dokumen2',
    numbering: NUMBERING,
    sections: [
      {
        children: [
          line('KOMISI PEMILIHAN UMUM', { bold: true, center: true }),
          line('KABUPATEN SUMBAWA', { bold: true, center: true }),
          line(''),
          line('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA', { bold: true, center: true }),
          line('NOMOR 7 TAHUN 2024', { bold: true, center: true }),
          line('TENTANG', { bold: true, center: true }),
          line('PEDOMAN TEKNIS PEMUTAKHIRAN DATA PEMILIH', { bold: true, center: true }),
          line(''),
          line('KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA,', { bold: true, center: true }),
          line(''),
          labelTable('Menimbang', 'menimbang', [
            'bahwa pemutakhiran data pemilih memerlukan pedoman teknis;',
            'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa tentang Pedoman Teknis Pemutakhiran Data Pemilih;',
          ]),
          line(''),
          labelTable('Mengingat', 'mengingat', ['Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;', 'Peraturan Komisi Pemilihan Umum Nomor 7 Tahun 2022;']),
          line(''),
          line('MEMUTUSKAN:', { center: true }),
          new Table({
            borders: NO_BORDERS,
            width: { size: 9000, type: WidthType.DXA },
            columnWidths: [1800, 300, 6900],
            rows: [
              new TableRow({ children: [cell([line('Menetapkan')]), cell([line(':')]), cell([line('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA TENTANG PEDOMAN TEKNIS PEMUTAKHIRAN DATA PEMILIH.')])] }),
              new TableRow({ children: [cell([line('KESATU')]), cell([line(':')]), cell([line('Menetapkan Pedoman Teknis sebagaimana tercantum dalam Lampiran I.')])] }),
              new TableRow({ children: [cell([line('KEDUA')]), cell([line(':')]), cell([line('Menetapkan susunan Panitia Pemungutan Suara sebagaimana tercantum dalam Lampiran II.')])] }),
              new TableRow({ children: [cell([line('KETIGA')]), cell([line(':')]), cell([line('Keputusan ini mulai berlaku pada tanggal ditetapkan.')])] }),
            ],
          }),
          line(''),
          line('Ditetapkan di Sumbawa Besar', { indent: 5000 }),
          line('pada tanggal 5 Februari 2024', { indent: 5000 }),
          ...signature().slice(1),
        ],
      },
      {
        children: [...appendixHeader('I'), line('PEDOMAN TEKNIS PEMUTAKHIRAN DATA PEMILIH', { bold: true, center: true }), line(''), ...GUIDELINE, ...signature()],
      },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [...appendixHeader('II'), line('SUSUNAN PANITIA PEMUNGUTAN SUARA', { bold: true, center: true }), line(''), nameTable(), ...signature()],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** What the guideline says, as its data: what an import of it must give back. */
export const HAND_MADE_GUIDELINE = {
  menimbang: [
    'bahwa pemutakhiran data pemilih memerlukan pedoman teknis;',
    'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa tentang Pedoman Teknis Pemutakhiran Data Pemilih;',
  ],
  mengingat: ['Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;', 'Peraturan Komisi Pemilihan Umum Nomor 7 Tahun 2022;'],
  text: [
    '# Pendahuluan',
    '',
    '## Latar Belakang',
    '',
    'Pemutakhiran data pemilih dilakukan secara _berkelanjutan_ oleh Komisi Pemilihan Umum Kabupaten Sumbawa.',
    '',
    '## Maksud dan Tujuan',
    '',
    '1. Maksud pedoman ini adalah:',
    '   a. memberi panduan kepada Panitia Pemungutan Suara;',
    '   b. menyamakan langkah pencocokan dan penelitian, yang terdiri atas:',
    '      1) kunjungan ke rumah pemilih, dengan:',
    '         a) mencocokkan data dengan *Kartu Keluarga*;',
    '         b) mencoret pemilih yang tidak memenuhi syarat;',
    '      2) pencatatan hasil kunjungan.',
    '2. Tujuan pedoman ini adalah data pemilih yang akurat.',
    '',
    '   Data pemilih yang akurat menjadi dasar penyusunan daftar pemilih tetap.',
    '',
    '# Pelaksanaan',
    '',
    '## Tahapan',
    '',
    '1. penerimaan data dari instansi terkait;',
    '2. pencocokan dan penelitian;',
    '3. penetapan daftar pemilih.',
  ].join('\n'),
  table: {
    columns: ['NO', 'NAMA', 'JABATAN', 'ALAMAT'],
    rows: [
      {
        kelompok: 'KECAMATAN LUNYUK',
        baris: [
          {
            kelompok: 'DESA LUNYUK REA',
            baris: [
              ['Siti Aminah', 'Ketua', 'Dusun Rea, Lunyuk Rea'],
              ['Muhammad Yusuf', 'Anggota', 'Dusun Tengah, Lunyuk Rea'],
              ['Baiq Nurul Aini', 'Anggota', 'Dusun Bawa, Lunyuk Rea'],
            ],
          },
          { kelompok: 'DESA JAMU', baris: [['Lalu Ahmad Fadli', 'Ketua', 'Dusun Jamu, Jamu'], ['Nurhayati', 'Anggota', 'Dusun Ai Renung, Jamu']] },
        ],
      },
      { kelompok: 'KECAMATAN ALAS', baris: [{ kelompok: 'DESA LABUHAN ALAS', baris: [['Abdul Hamid', 'Ketua', 'Dusun Labuhan, Labuhan Alas'], ['Rosmawati', 'Anggota', 'Dusun Pasir, Labuhan Alas']] }] },
    ],
  },
};
