/**
 * The rows of a table appendix (a table of names) into its data: the header row gives the columns, a
 * row of one cell across the table is a group's heading, a column that counts its rows is numbered by
 * naskah, and a set of columns the template names is cited by its name.
 */
import type { FieldPath } from '../data/load';
import type { TableColumn, TableRowInput } from '../data/schema';
import type { NoteAt, Row } from './schedule';

type ColumnInput = { judul: string; lebar_mm?: number; rata?: 'kiri' | 'tengah' | 'kanan'; nomor?: 'urut' | 'per_kelompok' };
type Group = { kelompok: string; baris: TableRowInput[] };

export interface NameTable {
  jenis: 'tabel';
  judul: string;
  kolom: ColumnInput[] | string;
  baris: TableRowInput[];
}

const RATA = { left: 'kiri', center: 'tengah', right: 'kanan' } as const;
/** Declared widths are whole or half millimetres; a drawn width within this of one is that one. */
const WIDTH_TOLERANCE_MM = 0.3;
/** "(lanjutan)" after a group's heading repeated on a new page (PDF). */
const CONTINUED = /\s*\((?:lanjutan|sambungan)\)\s*$/i;

/** `templateTables`: the template's named sets of columns (`tables:`), to cite one the table matches. */
export function readNameTable(rows: Row[], judul: string, note: NoteAt, at: FieldPath, templateTables: Record<string, TableColumn[]>): NameTable {
  const [header, ...rest] = rows;
  // The header repeated on every page (a PDF) is no row of the table.
  const body = rest.filter((row) => !sameCells(row.cells, header.cells));
  const data = body.filter((row) => !row.spanned);
  const numbered = header.cells.map((_, c) => numbering(body, c));
  const columns: ColumnInput[] = header.cells.map((judul, c) => {
    const width = header.widthsMm?.[c];
    const rata = mostCommon(data.map((row) => row.aligns?.[c] ?? 'left'));
    return {
      judul,
      ...(width ? { lebar_mm: width } : {}),
      ...(rata !== 'left' ? { rata: RATA[rata] } : {}),
      ...(numbered[c] ? { nomor: numbered[c].nomor } : {}),
    };
  });
  const named = Object.entries(templateTables).find(([, set]) => sameColumns(set, columns, numbered));
  if (!named) note([...at, 'kolom'], 'columnWidthsRead');
  return { jenis: 'tabel', judul, kolom: named ? named[0] : columns.map(asDeclared), baris: groupRows(body, header, numbered, note, at) };
}

function sameCells(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i]);
}

function mostCommon<T>(values: T[]): T | 'left' {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'left';
}

/**
 * A column of 1., 2., 3. through the table is numbered `urut`; one that starts again in each group
 * `per_kelompok`. Where no group shows which (no groups, or one row in each), either is taken as matching.
 */
function numbering(body: Row[], column: number): { nomor: ColumnInput['nomor']; certain: boolean } | undefined {
  let expected = 1;
  let restarted = false;
  let crossed = false;
  let afterHeading = false;
  let any = false;
  for (const row of body) {
    if (row.spanned) {
      // A group's heading repeated over its rest on a new page goes on counting.
      afterHeading ||= !CONTINUED.test(row.cells[0]);
      continue;
    }
    const number = /^(\d+)\.?$/.exec(row.cells[column] ?? '')?.[1];
    if (number === undefined) return undefined;
    any = true;
    if (Number(number) === 1 && expected > 1) restarted = true;
    else if (Number(number) !== expected) return undefined;
    else if (afterHeading && expected > 1) crossed = true;
    expected = Number(number) + 1;
    afterHeading = false;
  }
  if (!any || (restarted && crossed)) return undefined;
  return { nomor: restarted ? 'per_kelompok' : 'urut', certain: restarted || crossed };
}

function sameColumns(set: TableColumn[], columns: ColumnInput[], numbered: ReturnType<typeof numbering>[]): boolean {
  return (
    set.length === columns.length &&
    set.every(
      (column, i) =>
        column.judul === columns[i].judul &&
        column.rata === (columns[i].rata ?? 'kiri') &&
        (column.nomor === columns[i].nomor || (!!column.nomor && numbered[i]?.certain === false)) &&
        (column.lebar_mm === undefined || Math.abs(column.lebar_mm - (columns[i].lebar_mm ?? 0)) < WIDTH_TOLERANCE_MM),
    )
  );
}

/**
 * A width as declared: a drawn 23.98 mm was written 24. A width off the half millimetres is the share of
 * the page left to a column without one, and is left out again.
 */
function asDeclared(column: ColumnInput): ColumnInput {
  if (column.lebar_mm === undefined) return column;
  const { lebar_mm: drawn, ...rest } = column;
  const half = Math.round(drawn * 2) / 2;
  return Math.abs(half - drawn) < WIDTH_TOLERANCE_MM / 3 ? { ...rest, lebar_mm: half } : rest;
}

/**
 * Rows under their groups. The page does not show how groups nest, so it is read from their headings:
 * a heading right after another opens a group inside it, and a later heading that begins with the same
 * word as an open level's ("DESA …", "KECAMATAN …") takes that level.
 */
function groupRows(body: Row[], header: Row, numbered: ReturnType<typeof numbering>[], note: NoteAt, at: FieldPath): TableRowInput[] {
  const top: TableRowInput[] = [];
  /** The open groups, outermost first, with the first word of their headings. */
  const open: { group: Group; word: string }[] = [];
  let previousWasHeading = false;
  let guessed = false;
  for (const row of body) {
    if (sameCells(row.cells, header.cells)) continue;
    if (row.spanned) {
      const heading = row.cells[0].replace(CONTINUED, '');
      const continued = CONTINUED.test(row.cells[0]);
      const word = heading.split(/\s+/)[0].toUpperCase();
      if (continued && open.some((level) => level.group.kelompok === heading)) {
        previousWasHeading = true;
        continue;
      }
      const level = open.findIndex((candidate) => candidate.word === word);
      if (level !== -1) open.length = level;
      else if (!previousWasHeading) {
        if (open.length > 0) guessed = true;
        open.length = Math.max(0, open.length - 1);
      }
      const group: Group = { kelompok: heading, baris: [] };
      (open.length > 0 ? open[open.length - 1].group.baris : top).push(group);
      open.push({ group, word });
      previousWasHeading = true;
      continue;
    }
    previousWasHeading = false;
    const cells = row.cells.filter((_, c) => !numbered[c]);
    (open.length > 0 ? open[open.length - 1].group.baris : top).push(cells);
  }
  if (guessed) note([...at, 'baris'], 'groupsGuessed');
  return top;
}
