/**
 * pdfmake on its own, without naskah, through its public API: the floor under a cold build (a fresh
 * process that loads pdfmake and lays out and writes a document of the sample's size) and under a long
 * appendix (the CPU a row of a schedule or of a table of names costs). A module of its own, so that the
 * cold child loads pdfmake and nothing of naskah.
 */
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chooseFont } from '../layout/fonts';

/** The sample's page (F4) and the width of its schedule's columns: number, activity, sub-activity, 12 months, remarks. */
const PAGE = { width: 609.45, height: 935.43 };
const SCHEDULE_WIDTHS = [20, 90, 200, ...Array<number>(12).fill(14), 40];
/** The PPS decree's columns: number, name, role, address. */
const NAME_WIDTHS = [28, 160, 68, 210];
const CONSIDERATION =
  'bahwa untuk melaksanakan ketentuan Pasal 5 ayat (2) Peraturan Komisi Pemilihan Umum tentang pembangunan zona integritas ' +
  'di lingkungan Komisi Pemilihan Umum, perlu menetapkan Keputusan Komisi Pemilihan Umum tentang rencana kerja';

function useTypeface(): void {
  const { files } = chooseFont('Bookman Old Style');
  pdfmake.setFonts({ Naskah: files });
  const allowed = new Set(Object.values(files));
  pdfmake.setLocalAccessPolicy((file: string) => allowed.has(file));
  pdfmake.setUrlAccessPolicy(() => false);
}

/** A schedule of `rows` sub-activities: one row each, a few months shaded. */
function schedule(rows: number): Content[] {
  const body: TableCell[][] = [SCHEDULE_WIDTHS.map((_, column) => ({ text: column < 3 ? ['NO', 'KEGIATAN', 'SUB KEGIATAN'][column] : String(column - 2), bold: true }))];
  for (let row = 0; row < rows; row++) {
    body.push(
      SCHEDULE_WIDTHS.map((_, column) =>
        column === 2 ? { text: `a. Pelaksanaan tugas sesuai rencana kerja, sub kegiatan ${row + 1}` } : column > 2 && column < 15 && (row + column) % 3 === 0 ? { text: '', fillColor: '#bfbfbf' } : { text: column === 0 ? String(row + 1) : '' },
      ),
    );
  }
  return [{ table: { headerRows: 1, widths: SCHEDULE_WIDTHS, body, dontBreakRows: true }, fontSize: 8, pageBreak: 'before', pageOrientation: 'landscape' }];
}

/** A document of the sample's size: some three pages of justified text, then a schedule over seven. */
function sampleSized(): TDocumentDefinitions {
  const text = Array.from({ length: 30 }, (_, i) => ({ text: `${i + 1}. ${CONSIDERATION}`, alignment: 'justify' as const, margin: [0, 4, 0, 0] as [number, number, number, number] }));
  return { content: [...text, ...schedule(120)], defaultStyle: { font: 'Naskah', fontSize: 12 }, pageSize: PAGE, pageMargins: [85, 57, 57, 71] };
}

function written(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}

/** A table of `rows` names, one row each, as the PPS decree lists its members. */
function names(rows: number): Content[] {
  const body: TableCell[][] = [['NO', 'NAMA', 'JABATAN', 'ALAMAT'].map((text) => ({ text, bold: true }))];
  for (let row = 0; row < rows; row++) body.push([`${row + 1}.`, `Winarti Syafruddin ${row + 1}`, row % 3 ? 'Anggota' : 'Ketua', `RT 00${row % 9}/RW 006, Desa Lunyuk Rea`]);
  return [{ table: { headerRows: 1, widths: NAME_WIDTHS, body, dontBreakRows: true }, fontSize: 10 }];
}

export const TABLES = { schedule, names };

/** The CPU, in ms, of one added row of a table (`TABLES`), from tables of 1,000 and 5,000 rows (after one to warm up). */
export async function rowCost(table: (rows: number) => Content[], cpu: (work: () => Promise<unknown>) => Promise<number>): Promise<number> {
  useTypeface();
  const document = (rows: number): TDocumentDefinitions => ({ content: table(rows), defaultStyle: { font: 'Naskah' }, pageSize: PAGE });
  await written(document(200));
  const small = await cpu(() => written(document(1000)));
  const large = await cpu(() => written(document(5000)));
  return (large - small) / 4000;
}

/** The cold child: prints the bytes it wrote once the document is written; its parent times the process. */
export async function coldChild(): Promise<void> {
  useTypeface();
  process.stdout.write(`${(await written(sampleSized())).length}\n`);
}

if (require.main === module) void coldChild();
