/**
 * A table broken by pages (table-pages decides where) as the parts pdfmake lays out, each on a page
 * of its own: every part after a break starts with the header rows and the continuation line of
 * each group still open ("DESA KUANG (lanjutan)").
 */
import type { Table } from '../../layout/model';

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
 * between page breaks: before every cut, and before `breakAt` (keep-with-next); a part after a break
 * starts with the header rows and the continuation lines of the groups open there.
 */
export function continuedParts(table: Table, cuts: number[], breakAt: number | undefined): { table: Table; parts: number[][] } {
  const starts = [...new Set([...cuts, ...(breakAt ? [breakAt] : [])])].sort((a, b) => a - b);
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  if (starts.length === 0) return { table, parts: [range(0, table.rows.length)] };
  const extended: Table = { ...table, rows: [...table.rows, ...(table.groups ?? []).map((group) => group.continued)] };
  const header = range(0, table.headerRows);
  const parts = [range(0, starts[0])];
  const openGroups = openGroupsSweep(table);
  starts.forEach((start, i) => {
    const continued = openGroups(start).map((group) => table.rows.length + group);
    parts.push([...header, ...continued, ...range(start, starts[i + 1] ?? table.rows.length)]);
  });
  return { table: extended, parts };
}
