/** Reading laid-out pages: which tagged block, row and cell part each line of a page comes from. */
import type { LaidOut } from './document-layout';
import type { LaidOutPage } from './engine';
import { TAG_ID, type Tag, type Tags } from './tags';

export interface PageEntry {
  tag: Tag;
  x: number;
  y: number;
  text: string;
}

export function pageEntries(page: LaidOutPage, tags: Tags): PageEntry[] {
  const entries: PageEntry[] = [];
  for (const { type, item } of page.items) {
    // Page numbers and catchwords carry no tag.
    const tag = type === 'line' || type === 'image' ? tags.of(item[TAG_ID]) : undefined;
    if (tag) entries.push({ tag, x: item.x, y: item.y, text: (item.inlines ?? []).map((inline) => inline.text).join('') });
  }
  return entries;
}

interface Extent {
  first: number;
  last: number;
}

function widen(extents: Map<number, Extent>, key: number, page: number): void {
  const extent = extents.get(key);
  if (!extent) extents.set(key, { first: page, last: page });
  else extent.last = Math.max(extent.last, page);
}

export type BlockPlaces = ReturnType<typeof whereBlocksLie>;

/** On which pages each block and each of its rows lie. */
export function whereBlocksLie({ pages, tags }: LaidOut) {
  const blocks = new Map<number, Extent>();
  const rows = new Map<number, Map<number, Extent>>();
  const firstOnPage: (Tag | undefined)[] = [];
  pages.forEach((page, pageIndex) => {
    const entries = pageEntries(page, tags);
    for (const { tag } of entries) {
      widen(blocks, tag.block, pageIndex);
      let blockRows = rows.get(tag.block);
      if (!blockRows) rows.set(tag.block, (blockRows = new Map()));
      widen(blockRows, tag.row, pageIndex);
    }
    const top = entries.reduce<PageEntry | undefined>(
      (best, entry) => (!best || entry.y < best.y || (entry.y === best.y && entry.x < best.x) ? entry : best),
      undefined,
    );
    firstOnPage.push(top?.tag);
  });
  return { blocks, rows, firstOnPage };
}
