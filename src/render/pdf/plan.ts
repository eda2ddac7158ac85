/** The decisions a layout leaves to the next one: keep-with-next page breaks and where row spans continue. */
import type { LayoutDocument } from '../../layout/model';
import type { LaidOutPage } from './engine';
import { keepBreaks } from './keep-with-next';
import { whereBlocksLie } from './page-reading';
import { continuedRows } from './span-continuation';

export interface Plan {
  /** Keep-with-next: a page break before this row (0: before the whole block) of a block. */
  breaks: ReadonlyMap<number, number>;
  /** By table block, the rows inside a body span that begin a page. */
  continued: ReadonlyMap<number, ReadonlySet<number>>;
}

export const FIRST_PLAN: Plan = { breaks: new Map(), continued: new Map() };

/** What a finished layout asks to change, if anything. */
export function revisePlan(doc: LayoutDocument, plan: Plan, pages: LaidOutPage[]): Plan | undefined {
  const lie = whereBlocksLie(pages);
  const breaks = keepBreaks(doc, plan.breaks, lie);
  const continued = continuedRows(doc, lie, breaks);
  const same =
    sameEntries(breaks, plan.breaks, (a, b) => a === b) &&
    sameEntries(continued, plan.continued, (a, b) => a.size === b.size && [...a].every((row) => b.has(row)));
  return same ? undefined : { breaks, continued };
}

function sameEntries<V>(a: ReadonlyMap<number, V>, b: ReadonlyMap<number, V>, same: (a: V, b: V) => boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined || !same(value, other)) return false;
  }
  return true;
}
