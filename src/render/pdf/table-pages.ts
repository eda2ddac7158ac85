/**
 * The pages of a ruled table, decided in one step from the heights of its rows: where a page breaks
 * it, which rows begin a page inside a row span (their cell then shows its continued text), and,
 * through the parts built from these breaks (layout/table-breaks), the header rows and the
 * continuation lines of the groups still open on every page after a break.
 *
 * A row's height depends only on its contents and the column widths, never on where it stands, so
 * the heights measured in one layout hold in every other and the plan cannot swing from one layout
 * to the next. The page is filled as pdfmake fills it: rows never split, and a row that does not fit
 * in full goes to the next page.
 */
import { isCovered, type Table, type TableCell, type TableSlot } from '../../layout/model';
import { openGroupsSweep } from '../../layout/table-breaks';

/** What the layouts measured of one table block. */
export interface TableHeights {
  /** By model row: the height of its contents as laid out where no page breaks a span above it. */
  rows: number[];
  /** The top rule and the header rows. */
  header: number;
  /** Room left on the page where the table begins, and on a page of its own. */
  available: number;
  pageBody: number;
  /** By group: the height of its continuation line's contents, once measured. */
  groupLines: Map<number, number>;
  /** By the spans open at a row (openSpansKey): the height of their continued texts, once measured. */
  continuedTexts: Map<string, number>;
}

/** Continuation lines a plan stood on without their heights: rows (by the spans open there) and groups. */
export interface Unmeasured {
  spanRows: number[];
  groups: number[];
}

export interface TablePages {
  /** Body rows before which a page breaks. */
  cuts: number[];
  /** Rows among the cuts that begin a page inside a span. */
  continued: Set<number>;
  /** To be measured, and the table paged again: the plan guessed these. */
  unmeasured: Unmeasured;
}

/** A row that fits this closely is sent on, as rounding could make pdfmake send it on. */
const MARGIN = 1e-6;

/** Whether the slot in `column` of `row` is covered by a span from an earlier row. */
function spannedFromAbove(table: Table, row: number, column: number): boolean {
  const slot = table.rows[row][column];
  return isCovered(slot) && slot.coveredBy.row < row && slot.coveredBy.column === column;
}

/** The spans from earlier rows that run through `row`, as a key: rows with the same key show the same continued texts. */
export function openSpansKey(table: Table, row: number): string | undefined {
  const origins = table.rows[row].flatMap((slot, column) => (isCovered(slot) && spannedFromAbove(table, row, column) ? [`${slot.coveredBy.row}:${column}`] : []));
  return origins.length > 0 ? origins.join(',') : undefined;
}

/** Every continuation line of the table not measured yet. */
export function unmeasuredLines(table: Table, heights: TableHeights): Unmeasured {
  const keys = new Set<string>();
  const spanRows: number[] = [];
  for (let row = table.headerRows; row < table.rows.length; row++) {
    const key = openSpansKey(table, row);
    if (key === undefined || keys.has(key) || heights.continuedTexts.has(key)) continue;
    keys.add(key);
    spanRows.push(row);
  }
  const groups = (table.groups ?? []).flatMap((_, group) => (heights.groupLines.has(group) ? [] : [group]));
  return { spanRows, groups };
}

/**
 * Rows that measure continuation lines, appended to the table: for each of `spanRows`, its open spans'
 * slots alone (every other cell empty, so the row is as tall as their continued texts); then the
 * lines of `groups`.
 */
export function measuringRows(table: Table, { spanRows, groups }: Unmeasured): { table: Table; rows: number[]; pageStarts: Set<number> } {
  const empty: TableCell = { runs: [], align: 'left' };
  const spans = spanRows.map((row): TableSlot[] => table.rows[row].map((slot, column) => (spannedFromAbove(table, row, column) ? slot : empty)));
  const lines = groups.map((group) => table.groups![group].continued);
  const rows = Array.from({ length: spans.length + lines.length }, (_, i) => table.rows.length + i);
  return {
    table: { ...table, headerRows: 0, rows: [...table.rows, ...spans, ...lines] },
    rows,
    pageStarts: new Set(rows.slice(0, spans.length)),
  };
}

/**
 * The table's pages from the top of the page it begins on, with a page break before `breakAt`
 * (keep-with-next; 0: before the table) on top of those the page's room asks for.
 */
export function pageTable(table: Table, heights: TableHeights, breakAt: number | undefined): TablePages {
  const { padding, rule } = table.style;
  const frame = 2 * padding.y + rule;
  const headings = new Set((table.groups ?? []).map((group) => group.heading));
  const unmeasured: Unmeasured = { spanRows: [], groups: [] };
  const guessedSpans = new Set<string>();
  const rowHeight = (row: number, beginsPage: boolean) => {
    const key = beginsPage ? openSpansKey(table, row) : undefined;
    let continued = key === undefined ? 0 : heights.continuedTexts.get(key);
    if (continued === undefined) {
      // Until measured, the continued texts are taken to fit in the row.
      if (!guessedSpans.has(key!)) unmeasured.spanRows.push(row);
      guessedSpans.add(key!);
      continued = 0;
    }
    return frame + Math.max(heights.rows[row], continued);
  };
  // Continuation lines of the groups a break before `row` leaves open; until measured, each as tall as its heading.
  const openGroups = openGroupsSweep(table);
  const guessedGroups = new Set<number>();
  const linesAbove = (row: number) =>
    openGroups(row).reduce((sum, group) => {
      let line = heights.groupLines.get(group);
      if (line === undefined) {
        if (!guessedGroups.has(group)) unmeasured.groups.push(group);
        guessedGroups.add(group);
        line = heights.rows[table.groups![group].heading];
      }
      return sum + frame + line;
    }, 0);
  const first = table.headerRows;
  const cuts: number[] = [];
  const continued = new Set<number>();
  // pdfmake keeps the header rows with the first body row: if they do not fit together, the table begins on the next page.
  let room = breakAt === 0 ? heights.pageBody : heights.available;
  if (heights.header + rowHeight(first, false) > room + MARGIN) room = heights.pageBody;
  room -= heights.header;
  for (let row = first; row < table.rows.length; row++) {
    // A group heading (a district, then its first village) never stands last on a page: it goes over with its first row.
    let needed = rowHeight(row, false);
    for (let next = row; headings.has(next) && next + 1 < table.rows.length; next++) needed += rowHeight(next + 1, false);
    if (row > first && (row === breakAt || needed > room - MARGIN)) {
      cuts.push(row);
      if (openSpansKey(table, row) !== undefined) continued.add(row);
      room = heights.pageBody - heights.header - linesAbove(row) - rowHeight(row, true);
    } else {
      room -= rowHeight(row, false);
    }
  }
  return { cuts, continued, unmeasured };
}
