/**
 * Where pages break the document's tables, and a broken table as its parts: every part after a break
 * starts on a page of its own with the header rows and the continuation line of each group still open
 * ("DESA KUANG (lanjutan)"). The PDF's layout decides the breaks (render/pdf/table-pages); the PDF and
 * the DOCX draw the same parts.
 */
import type { Table } from './model';

/**
 * By table block (its index among all the document's blocks, section after section), the rows that
 * begin a page, ascending; 0 where the whole table begins one.
 */
export type TableBreaks = ReadonlyMap<number, readonly number[]>;

/** The rows a page break stands before: the cuts of the table's pages and a keep-with-next break (0: the whole table). */
export function pageStarts(cuts: readonly number[], breakAt: number | undefined): number[] {
  return [...new Set([...cuts, ...(breakAt === undefined ? [] : [breakAt])])].sort((a, b) => a - b);
}

/**
 * The groups open at a row that does not start them, outer first: each gets a continuation line above
 * it. Asked for rows in ascending order, so that a table of thousands of groups is swept once.
 */
export function openGroupsSweep(table: Table): (row: number) => number[] {
  const groups = table.groups ?? [];
  let next = 0;
  let open: number[] = [];
  return (row) => {
    while (next < groups.length && groups[next].heading < row) open.push(next++);
    open = open.filter((group) => row < groups[group].end);
    return open;
  };
}

/**
 * The table with the continuation lines of its groups after its own rows, and the rows of each part
 * between the page breaks before `starts` (a 0 among them, a break before the whole table, makes no
 * part); a part after a break starts with the header rows and the continuation lines of the groups
 * open there.
 */
export function continuedParts(table: Table, starts: readonly number[]): { table: Table; parts: number[][] } {
  const inside = starts.filter((start) => start > 0);
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  if (inside.length === 0) return { table, parts: [range(0, table.rows.length)] };
  const extended: Table = { ...table, rows: [...table.rows, ...(table.groups ?? []).map((group) => group.continued)] };
  const header = range(0, table.headerRows);
  const parts = [range(0, inside[0])];
  const openGroups = openGroupsSweep(table);
  inside.forEach((start, i) => {
    const continued = openGroups(start).map((group) => table.rows.length + group);
    parts.push([...header, ...continued, ...range(start, inside[i + 1] ?? table.rows.length)]);
  });
  return { table: extended, parts };
}
