/**
 * A decree typed in Word the usual KPU way, built here with the docx library as a person would lay
 * it out (not with naskah's renderer): tables of label, colon and item, tab-aligned paragraphs, a
 * signature typed as paragraphs, and the appendix as a Word table with shaded month cells.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function line(text: string, options: { bold?: boolean; center?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : undefined,
    children: [new TextRun({ text, bold: options.bold })],
  });
}

/** A cell of runs; a string between asterisks is italic. */
function cell(text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  const runs = text.split(/\*(.*?)\*/).map((part, i) => new TextRun({ text: part, italics: i % 2 === 1 }));
  return new TableCell({ ...options, children: [new Paragraph({ children: runs })] });
}

/** Label | ":" | text, one row per item, the label and colon on the first row only, markers typed. */
function labelTable(label: string, items: string[]): Table {
  return new Table({
    borders: NO_BORDERS,
    width: { size: 9000, type: WidthType.DXA },
    rows: items.map((item, i) => new TableRow({ children: [cell(i === 0 ? label : ''), cell(i === 0 ? ':' : ''), cell(item)] })),
  });
}

const SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'A6A6A6' };

function scheduleRow(number: string, activity: string, task: string, months: number[], note: string, merge?: 'restart' | 'continue'): TableRow {
  const vMerge = merge === 'restart' ? VerticalMergeType.RESTART : merge === 'continue' ? VerticalMergeType.CONTINUE : undefined;
  return new TableRow({
    children: [
      cell(number, { verticalMerge: vMerge }),
      cell(activity, { verticalMerge: vMerge }),
      cell(task),
      ...Array.from({ length: 12 }, (_, m) => cell('', months.includes(m + 1) ? { shading: SHADE } : {})),
      cell(note),
    ],
  });
}

/** Column widths as an office sets them in Word: narrow number and month columns, wide text columns. */
const SCHEDULE_COLUMNS = [600, 2600, 4200, ...Array<number>(12).fill(450), 1200];

function schedule(): Table {
  return new Table({
    width: { size: SCHEDULE_COLUMNS.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: SCHEDULE_COLUMNS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell('NO', { verticalMerge: VerticalMergeType.RESTART }),
          cell('KEGIATAN', { verticalMerge: VerticalMergeType.RESTART }),
          cell('SUB KEGIATAN', { verticalMerge: VerticalMergeType.RESTART }),
          cell('PELAKSANAAN (BULAN)', { columnSpan: 12 }),
          cell('KET.', { verticalMerge: VerticalMergeType.RESTART }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          ...Array.from({ length: 12 }, (_, m) => cell(String(m + 1))),
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
        ],
      }),
      scheduleRow('1.', 'Pembentukan Tim', 'a. Penyusunan surat keputusan tim;', [1, 2, 3], '', 'restart'),
      scheduleRow('', '', 'b. Sosialisasi tim kepada pegawai.', [4], 'rutin', 'continue'),
      scheduleRow('2.', 'Survei *Whistle Blowing System*', 'Pelaksanaan survei *online*', [6, 12], ''),
    ],
  });
}

export async function handMadeDecree(): Promise<Buffer> {
  const document = new Document({
    creator: 'Operator',
    title: 'Dokumen1',
    sections: [
      {
        children: [
          line('KOMISI PEMILIHAN UMUM', { bold: true, center: true }),
          line('KABUPATEN SUMBAWA BARAT', { bold: true, center: true }),
          line(''),
          line('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT', { bold: true, center: true }),
          line('NOMOR 12 TAHUN 2023', { bold: true, center: true }),
          line('TENTANG', { bold: true, center: true }),
          line('PEMBENTUKAN TIM KERJA ZONA INTEGRITAS', { bold: true, center: true }),
          line(''),
          line('KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,', { bold: true, center: true }),
          line(''),
          labelTable('Menimbang', [
            'a. bahwa untuk membangun zona integritas perlu dibentuk tim kerja;',
            'b. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa Barat tentang Pembentukan Tim Kerja Zona Integritas;',
          ]),
          line(''),
          new Paragraph({ children: [new TextRun('Mengingat\t:\t1.\tUndang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;')] }),
          new Paragraph({ children: [new TextRun('\t\t2.\tPeraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019;')] }),
          line(''),
          line('MEMUTUSKAN:', { center: true }),
          new Paragraph({ children: [new TextRun('Menetapkan\t:\tKEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT TENTANG PEMBENTUKAN TIM KERJA ZONA INTEGRITAS.')] }),
          new Table({
            borders: NO_BORDERS,
            width: { size: 9000, type: WidthType.DXA },
            rows: [
              new TableRow({ children: [cell('KESATU'), cell(':'), cell('Membentuk tim kerja dengan *agent of change* sebagaimana tercantum dalam Lampiran.')] }),
              new TableRow({ children: [cell('KEDUA'), cell(':'), cell('Keputusan ini mulai berlaku pada tanggal ditetapkan.')] }),
            ],
          }),
          line(''),
          new Paragraph({ indent: { left: 5000 }, children: [new TextRun('Ditetapkan di Taliwang')] }),
          new Paragraph({ indent: { left: 5000 }, children: [new TextRun('pada tanggal 14 Maret 2023')] }),
          new Paragraph({ indent: { left: 5000 }, children: [new TextRun('KETUA KOMISI PEMILIHAN UMUM'), new TextRun({ break: 1 }), new TextRun('KABUPATEN SUMBAWA BARAT,')] }),
          line(''),
          line(''),
          new Paragraph({ indent: { left: 5000 }, children: [new TextRun({ text: 'AHMAD FAUZI, S.H.', bold: true })] }),
        ],
      },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ indent: { left: 8000 }, children: [new TextRun('LAMPIRAN')] }),
          new Paragraph({ indent: { left: 8000 }, children: [new TextRun('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT')] }),
          new Paragraph({ indent: { left: 8000 }, children: [new TextRun('NOMOR 12 TAHUN 2023')] }),
          new Paragraph({ indent: { left: 8000 }, children: [new TextRun('TENTANG PEMBENTUKAN TIM KERJA ZONA INTEGRITAS')] }),
          line(''),
          line('JADWAL KERJA TIM ZONA INTEGRITAS', { bold: true, center: true }),
          line(''),
          schedule(),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** What the hand-made decree says, as its data: what any import of it must give back. */
export const HAND_MADE_CONTENT = {
  keputusan: { nomor: '12', tahun: 2023, tentang: 'Pembentukan Tim Kerja Zona Integritas' },
  menimbang: [
    'bahwa untuk membangun zona integritas perlu dibentuk tim kerja;',
    'bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa Barat tentang Pembentukan Tim Kerja Zona Integritas;',
  ],
  mengingat: ['Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;', 'Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019;'],
  diktum: ['Membentuk tim kerja dengan _agent of change_ sebagaimana tercantum dalam Lampiran.', 'Keputusan ini mulai berlaku pada tanggal ditetapkan.'],
  ditetapkan: { tanggal: '2023-03-14' },
  penandatangan: { jabatan: 'Ketua', nama: 'Ahmad Fauzi, S.H.' },
  lampiran: [{
    jenis: 'jadwal',
    judul: 'JADWAL KERJA TIM ZONA INTEGRITAS',
    kegiatan: [
      {
        nama: 'Pembentukan Tim',
        sub_kegiatan: [
          { uraian: 'Penyusunan surat keputusan tim;', bulan: [1, 2, 3], ket: '' },
          { uraian: 'Sosialisasi tim kepada pegawai.', bulan: [4], ket: 'rutin' },
        ],
      },
      { nama: 'Survei _Whistle Blowing System_', sub_kegiatan: [{ uraian: 'Pelaksanaan survei _online_', bulan: [6, 12], ket: '' }] },
    ],
  }],
};
