/**
 * Keep-with-next planning: where page breaks go so that a kept block is not left at the foot of a
 * page without the start of the block after it. Decided from a finished layout, laid out again.
 */
import type { Block, LayoutDocument } from '../../layout/model';
import type { BlockPlaces } from './page-reading';

/**
 * In each section, the first kept block that ends a page before its successor starts gets its
 * last row (or itself) moved to the next page. One move per section and layout: a move can make
 * an earlier kept block fail, and that one then takes the move over (a chain moves as a whole).
 * Every section starts a page, so a move in one section leaves the others' pages as they are.
 */
export function keepBreaks(doc: LayoutDocument, current: ReadonlyMap<number, number>, lie: BlockPlaces): Map<number, number> {
  const breaks = new Map(current);
  let sectionStart = 0;
  for (const section of doc.sections) {
    const first = sectionStart;
    sectionStart += section.blocks.length;
    for (let i = 0; i < section.blocks.length - 1; i++) {
      const index = first + i;
      const block = section.blocks[i];
      if (!block.keepWithNext) continue;
      const here = lie.blocks.get(index);
      const next = lie.blocks.get(index + 1);
      if (!here || !next || here.last >= next.first) continue;
      const unit = lastUnit(block);
      if (breaks.get(index) === unit || startsPage(index, unit, lie)) continue;
      breaks.set(index, unit);
      // The blocks kept with this one now go along with it: their own moves are no longer needed.
      for (let next = i + 1; next < section.blocks.length && section.blocks[next - 1].keepWithNext; next++) {
        if (breaks.get(first + next) === 0) breaks.delete(first + next);
      }
      break;
    }
  }
  return breaks;
}

/** Whether a block's row (0: the block) is the first thing on its page, so moving it would gain nothing. */
function startsPage(index: number, unit: number, lie: BlockPlaces): boolean {
  const rows = lie.rows.get(index);
  if (unit > 0) return (rows?.get(unit)?.first ?? 0) > (rows?.get(unit - 1)?.last ?? 0);
  const first = lie.blocks.get(index)?.first ?? 0;
  return lie.firstOnPage[first]?.block === index;
}

/** The first of a block's last rows, moved by keep-with-next; 0 stands for the whole block. */
function lastUnit(block: Block): number {
  if (block.kind === 'grid') return block.rows.length - 1;
  if (block.kind !== 'table') return 0;
  let unit = block.rows.length - (block.keepLastRows ?? 1);
  // A group heading just above the rows that move goes with them: it never stands last on a page.
  const headings = new Set((block.groups ?? []).map((group) => group.heading));
  while (headings.has(unit - 1)) unit--;
  return unit > block.headerRows ? unit : 0;
}

/** Row indices of the parts of a grid or table split by a page break before `breakAt` (header rows repeat). */
export function splitRows(count: number, headerRows: number, breakAt: number | undefined): number[][] {
  const all = Array.from({ length: count }, (_, row) => row);
  if (!breakAt) return [all];
  const header = all.slice(0, headerRows);
  return [all.slice(0, breakAt), [...header, ...all.slice(breakAt)]];
}
