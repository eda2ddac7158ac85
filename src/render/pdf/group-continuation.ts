/**
 * Groups of a table broken by a page (a village's members running over to the next page): the page
 * breaks inside such a table are chosen here, and every part after a break starts with the header
 * rows and the continuation line of each group still open ("DESA KUANG (lanjutan)").
 *
 * From a finished layout the height of every row is read; the table is then paged again on paper,
 * with the continuation lines in, and laid out with those breaks. Rows never split, so the heights
 * hold; should pdfmake still break elsewhere, the next layout is read and paged again.
 */
import type { Table } from '../../layout/model';
import type { LaidOutPage } from './engine';
import { pageEntries } from './page-reading';

interface Placed {
  page: number;
  top: number;
  lines: number;
}

/** Where each row of one table block starts, and how many lines it holds. */
function placesOf(pages: LaidOutPage[], block: number): Map<number, Placed> {
  const places = new Map<number, Placed>();
  const lineTops = new Map<number, Set<number>>();
  pages.forEach((page, pageIndex) => {
    for (const { tag, y } of pageEntries(page)) {
      if (tag.block !== block) continue;
      const place = places.get(tag.row);
      // A row repeated at the top of a page (a header row) counts where it first stands.
      if (place && place.page !== pageIndex) continue;
      if (!place) places.set(tag.row, { page: pageIndex, top: y, lines: 0 });
      else place.top = Math.min(place.top, y);
      const tops = lineTops.get(tag.row) ?? new Set<number>();
      tops.add(Math.round(y * 10));
      lineTops.set(tag.row, tops);
    }
  });
  for (const [row, tops] of lineTops) places.get(row)!.lines = tops.size;
  return places;
}

/** The rows before which a page breaks, chosen so that continuation lines fit; undefined when nothing is to be changed. */
export function continuationCuts(table: Table, block: number, pages: LaidOutPage[], cuts: number[]): number[] | undefined {
  const groups = table.groups ?? [];
  if (groups.length === 0) return undefined;
  const places = placesOf(pages, block);
  const body = Array.from({ length: table.rows.length - table.headerRows }, (_, i) => i + table.headerRows);
  const placed = body.filter((row) => places.has(row));
  if (placed.length < body.length) return undefined;
  const firstPage = places.get(body[0])!.page;
  const lastPage = places.get(body[body.length - 1])!.page;
  if (firstPage === lastPage && cuts.length === 0) return undefined;

  // Heights of rows followed on their page by the next row, by the number of lines they hold.
  const byLines = new Map<number, number>();
  const heightOf = new Map<number, number>();
  body.forEach((row, i) => {
    const here = places.get(row)!;
    const next = places.get(body[i + 1]);
    if (next && next.page === here.page) {
      heightOf.set(row, next.top - here.top);
      byLines.set(here.lines, Math.max(byLines.get(here.lines) ?? 0, next.top - here.top));
    }
  });
  const perLine = Math.max(...[...byLines].map(([lines, height]) => height / Math.max(1, lines)), 1);
  const estimate = (lines: number) => byLines.get(lines) ?? perLine * Math.max(1, lines);
  const height = (row: number) => heightOf.get(row) ?? estimate(places.get(row)!.lines);
  const continuedHeight = estimate(1);

  // Where the body starts on a page of its own (under the repeated header) and how far down a row may reach.
  let freshTop = Number.POSITIVE_INFINITY;
  let reach = 0;
  body.forEach((row, i) => {
    const here = places.get(row)!;
    const previous = places.get(body[i - 1]);
    if (previous && previous.page !== here.page) freshTop = Math.min(freshTop, here.top - continuedCount(table, row, cuts) * continuedHeight);
    reach = Math.max(reach, here.top + height(row));
  });
  if (!Number.isFinite(freshTop)) return undefined;

  const headings = new Set(groups.map((group) => group.heading));
  const planned: number[] = [];
  let y = places.get(body[0])!.top;
  body.forEach((row, i) => {
    // A group heading (a district, then its first village) never stands last on a page: it goes over with its first row.
    let needed = height(row);
    for (let next = i; headings.has(body[next]) && body[next + 1] !== undefined; next++) needed += height(body[next + 1]);
    if (i > 0 && y + needed > reach + 0.5) {
      planned.push(row);
      y = freshTop + continuedCount(table, row, []) * continuedHeight;
    }
    y += height(row);
  });
  return sameCuts(planned, cuts) ? undefined : planned;
}

/** Groups open at a row that does not start them: each gets a continuation line above it. */
function openGroups(table: Table, row: number): number[] {
  return (table.groups ?? []).flatMap((group, index) => (group.heading < row && row < group.end ? [index] : []));
}

function continuedCount(table: Table, row: number, cuts: number[]): number {
  return cuts.length === 0 || cuts.includes(row) ? openGroups(table, row).length : 0;
}

function sameCuts(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
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
  starts.forEach((start, i) => {
    const continued = openGroups(table, start).map((group) => table.rows.length + group);
    parts.push([...header, ...continued, ...range(start, starts[i + 1] ?? table.rows.length)]);
  });
  return { table: extended, parts };
}
