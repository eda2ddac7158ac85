/** The decisions a layout leaves to the next one: keep-with-next page breaks, and where tables break and continue. */
import type { LayoutDocument } from '../../layout/model';
import { pageStarts, type TableBreaks } from '../../layout/table-breaks';
import type { LaidOut } from './document-layout';
import { keepBreaks } from './keep-with-next';
import { whereBlocksLie } from './page-reading';
import { pageTable, unmeasuredLines, type TableHeights, type Unmeasured } from './table-pages';

export interface Plan {
  /** Keep-with-next: a page break before this row (0: before the whole block) of a block. */
  breaks: ReadonlyMap<number, number>;
  /** By table block, the rows inside a body span that begin a page. */
  continued: ReadonlyMap<number, ReadonlySet<number>>;
  /** By table block, the rows before which a page breaks (see table-pages). */
  cuts: ReadonlyMap<number, number[]>;
}

export const FIRST_PLAN: Plan = { breaks: new Map(), continued: new Map(), cuts: new Map() };

/** What the layouts measured of tables. */
export interface TableMeasures {
  /** The heights measured of a table block; undefined until every row was laid out. */
  heights(block: number): TableHeights | undefined;
  /** Measures continuation lines of a table block into its heights. */
  measure(block: number, unmeasured: Unmeasured): void;
}

/** What a finished layout asks to change, if anything. */
export function revisePlan(doc: LayoutDocument, plan: Plan, laidOut: LaidOut, tables: TableMeasures): Plan | undefined {
  const breaks = keepBreaks(doc, plan.breaks, whereBlocksLie(laidOut));
  const continued = new Map<number, Set<number>>();
  const cuts = new Map<number, number[]>();
  doc.sections
    .flatMap((section) => section.blocks)
    .forEach((block, index) => {
      if (block.kind !== 'table') return;
      const heights = tables.heights(index);
      if (!heights) return;
      let paged = pageTable(block, heights, breaks.get(index));
      // The continuation lines the breaks stand on are measured, and the table paged again; should that move
      // a break onto a line still guessed, every line left is measured, so that measuring takes two layouts at most.
      for (let round = 0; paged.unmeasured.spanRows.length > 0 || paged.unmeasured.groups.length > 0; round++) {
        tables.measure(index, round === 0 ? paged.unmeasured : unmeasuredLines(block, heights));
        paged = pageTable(block, heights, breaks.get(index));
      }
      if (paged.cuts.length === 0) return;
      cuts.set(index, paged.cuts);
      if (paged.continued.size > 0) continued.set(index, paged.continued);
    });
  const same =
    sameEntries(breaks, plan.breaks, (a, b) => a === b) &&
    sameEntries(continued, plan.continued, (a, b) => a.size === b.size && [...a].every((row) => b.has(row))) &&
    sameEntries(cuts, plan.cuts, (a, b) => a.length === b.length && a.every((row, i) => row === b[i]));
  return same ? undefined : { breaks, continued, cuts };
}

/** Where the plan breaks the document's tables, in the model's terms, for a renderer that draws the same pages (the DOCX). */
export function tableBreaksOf(doc: LayoutDocument, plan: Plan): TableBreaks {
  const breaks = new Map<number, number[]>();
  doc.sections
    .flatMap((section) => section.blocks)
    .forEach((block, index) => {
      const starts = block.kind === 'table' ? pageStarts(plan.cuts.get(index) ?? [], plan.breaks.get(index)) : [];
      if (starts.length > 0) breaks.set(index, starts);
    });
  return breaks;
}

function sameEntries<V>(a: ReadonlyMap<number, V>, b: ReadonlyMap<number, V>, same: (a: V, b: V) => boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined || !same(value, other)) return false;
  }
  return true;
}
