/**
 * Where the row spans of a table's body continue on a new page: the rows that begin a page inside
 * a span, whose cell then shows its continued text between rules of its own.
 */
import { isCovered, type LayoutDocument, type Table } from '../../layout/model';
import type { BlockPlaces } from './page-reading';

/**
 * For each table, the rows inside a body span that begin a page in the layout `lie` describes, or
 * after the keep-with-next `breaks` that layout is about to get (the rows moved by a break go to
 * one page, which the break's row begins).
 */
export function continuedRows(doc: LayoutDocument, lie: BlockPlaces, breaks: ReadonlyMap<number, number>): Map<number, Set<number>> {
  const continued = new Map<number, Set<number>>();
  doc.sections
    .flatMap((section) => section.blocks)
    .forEach((block, index) => {
      if (block.kind !== 'table') return;
      const rows = lie.rows.get(index);
      const breakAt = breaks.get(index) || Infinity;
      const starts = new Set<number>();
      for (let row = block.headerRows + 1; row < block.rows.length; row++) {
        if (!insideSpan(block, row)) continue;
        const beginsPage = row < breakAt && (rows?.get(row)?.first ?? 0) > (rows?.get(row - 1)?.last ?? 0);
        if (beginsPage || row === breakAt) starts.add(row);
      }
      if (starts.size > 0) continued.set(index, starts);
    });
  return continued;
}

/** Whether a span from an earlier row runs through `row`. */
function insideSpan(table: Table, row: number): boolean {
  return table.rows[row].some((slot, column) => isCovered(slot) && slot.coveredBy.row < row && slot.coveredBy.column === column);
}
