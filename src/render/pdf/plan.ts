/** The decisions a layout leaves to the next one: keep-with-next page breaks, where row spans continue, where groups of a table break. */
import type { LayoutDocument } from '../../layout/model';
import type { LaidOutPage } from './engine';
import { continuationCuts } from './group-continuation';
import { keepBreaks } from './keep-with-next';
import { whereBlocksLie } from './page-reading';
import { continuedRows } from './span-continuation';

export interface Plan {
  /** Keep-with-next: a page break before this row (0: before the whole block) of a block. */
  breaks: ReadonlyMap<number, number>;
  /** By table block, the rows inside a body span that begin a page. */
  continued: ReadonlyMap<number, ReadonlySet<number>>;
  /** Page breaks inside tables of groups, by block: the rows that start a page (see group-continuation). */
  cuts: ReadonlyMap<number, number[]>;
}

export const FIRST_PLAN: Plan = { breaks: new Map(), continued: new Map(), cuts: new Map() };

/** What a finished layout asks to change, if anything. */
export function revisePlan(doc: LayoutDocument, plan: Plan, pages: LaidOutPage[]): Plan | undefined {
  const lie = whereBlocksLie(pages);
  const breaks = keepBreaks(doc, plan.breaks, lie);
  const continued = continuedRows(doc, lie, breaks);
  const cuts = new Map(plan.cuts);
  doc.sections
    .flatMap((section) => section.blocks)
    .forEach((block, index) => {
      if (block.kind !== 'table') return;
      const revised = continuationCuts(block, index, pages, plan.cuts.get(index) ?? []);
      if (revised) cuts.set(index, revised);
    });
  const same =
    sameEntries(breaks, plan.breaks, (a, b) => a === b) &&
    sameEntries(continued, plan.continued, (a, b) => a.size === b.size && [...a].every((row) => b.has(row))) &&
    sameEntries(cuts, plan.cuts, (a, b) => a === b);
  return same ? undefined : { breaks, continued, cuts };
}

function sameEntries<V>(a: ReadonlyMap<number, V>, b: ReadonlyMap<number, V>, same: (a: V, b: V) => boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined || !same(value, other)) return false;
  }
  return true;
}
