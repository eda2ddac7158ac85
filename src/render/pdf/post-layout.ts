/**
 * Passes over the finished layout, before it is drawn: touching rules joined, words of one style
 * joined, centred header spans moved to the middle, the footer set at its distance from the page's edge.
 */
import { isCovered, type LayoutDocument } from '../../layout/model';
import type { LaidOut } from './document-layout';
import type { LaidOutInline, LaidOutLine, LaidOutPage } from './engine';
import { TAG_ID } from './tags';

/**
 * pdfmake draws a table's rules cell by cell, hundreds of pieces a page. Pieces on one line that
 * touch are drawn as one line instead: the same ink, a fraction of the drawing and of the file.
 * The joined line takes the place of its last piece, so it is still drawn over any shading.
 */
export function joinRules(pages: LaidOutPage[]): void {
  const TOUCH = 0.01;
  for (const page of pages) {
    const lines = new Map<string, { index: number; from: number; to: number }[]>();
    page.items.forEach(({ type, item }, index) => {
      if (type !== 'vector' || item.type !== 'line' || item.dash) return;
      const { x1, x2, y1, y2 } = item as LaidOutLine;
      const horizontal = y1 === y2;
      if (!horizontal && x1 !== x2) return;
      const key = `${horizontal ? 'y' : 'x'}${horizontal ? y1 : x1}|${item.lineWidth}|${item.lineColor}`;
      const [from, to] = horizontal ? [Math.min(x1, x2), Math.max(x1, x2)] : [Math.min(y1, y2), Math.max(y1, y2)];
      let pieces = lines.get(key);
      if (!pieces) lines.set(key, (pieces = []));
      pieces.push({ index, from, to });
    });
    const dropped = new Set<number>();
    const join = (run: { index: number; from: number; to: number }[], to: number) => {
      if (run.length === 1) return;
      const last = run.reduce((latest, piece) => (piece.index > latest.index ? piece : latest));
      const line = page.items[last.index].item as LaidOutLine;
      if (line.y1 === line.y2) [line.x1, line.x2] = [run[0].from, to];
      else [line.y1, line.y2] = [run[0].from, to];
      for (const piece of run) if (piece !== last) dropped.add(piece.index);
    };
    for (const pieces of lines.values()) {
      pieces.sort((a, b) => a.from - b.from || a.index - b.index);
      let run = [pieces[0]];
      let reach = pieces[0].to;
      for (const piece of pieces.slice(1)) {
        if (piece.from > reach + TOUCH) {
          join(run, reach);
          run = [];
        }
        run.push(piece);
        reach = run.length === 1 ? piece.to : Math.max(reach, piece.to);
      }
      join(run, reach);
    }
    if (dropped.size > 0) page.items = page.items.filter((_, index) => !dropped.has(index));
  }
}

/** What a word is written in; words that differ in any of these are written apart. */
const WORD_STYLE = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing'] as const;
/** What pdfmake draws or links word by word. */
const WORD_EXTRAS = ['link', 'linkToPage', 'linkToDestination', 'decoration', 'background', 'fontFeatures', 'sup', 'sub', '_pageNodeRef'] as const;

function joinable(before: LaidOutInline, after: LaidOutInline): boolean {
  const TOUCH = 0.01;
  return (
    Math.abs(before.x + before.width - after.x) < TOUCH &&
    WORD_STYLE.every((property) => before[property] === after[property]) &&
    WORD_EXTRAS.every((property) => !before[property] && !after[property])
  );
}

/**
 * pdfmake writes every word as a text object of its own (font, colour, position, glyphs). Words of
 * a line that stand side by side in one style are written as one text instead: pdfkit shapes it
 * word by word, as pdfmake measured it, so every glyph stays where it was. Justified words stand
 * apart by the justification and stay separate. The line objects may be shared by repeated header
 * rows, so the joined words are new objects.
 */
export function joinWords(pages: LaidOutPage[]): void {
  for (const page of pages) {
    for (const { type, item } of page.items) {
      if (type !== 'line' || !item.inlines || item.inlines.length < 2) continue;
      const runs: LaidOutInline[][] = [];
      for (const inline of item.inlines) {
        const run = runs[runs.length - 1];
        if (run && joinable(run[run.length - 1], inline)) run.push(inline);
        else runs.push([inline]);
      }
      if (runs.length === item.inlines.length) continue;
      item.inlines = runs.map((run) =>
        run.length === 1
          ? run[0]
          : { ...run[0], text: run.map((word) => word.text).join(''), width: run.reduce((sum, word) => sum + word.width, 0) },
      );
    }
  }
}

/**
 * pdfmake misplaces vertically centred text in row spans, so header spans are laid out
 * top-aligned and their lines moved down to the middle afterwards, on every page the header is on.
 */
export function centreHeaderSpans(doc: LayoutDocument, { pages, tags }: LaidOut): void {
  const spans: { block: number; row: number; column: number; below: number; gap: number }[] = [];
  doc.sections
    .flatMap((section) => section.blocks)
    .forEach((block, index) => {
      if (block.kind !== 'table') return;
      const { padding, rule } = block.style;
      // Under a span's text area: its bottom padding, the rule, the next row's top padding.
      const gap = 2 * padding.y + rule;
      block.rows.slice(0, block.headerRows).forEach((row, rowIndex) =>
        row.forEach((cell, column) => {
          if (isCovered(cell)) return;
          const rowSpan = cell.rowSpan ?? 1;
          if (cell.verticalAlign === 'middle' && rowSpan > 1 && rowIndex + rowSpan <= block.headerRows) {
            spans.push({ block: index, row: rowIndex, column, below: rowIndex + rowSpan, gap });
          }
        }),
      );
    });
  if (spans.length === 0) return;
  for (const page of pages) {
    const lines = page.items.flatMap(({ type, item }) => {
      const tag = type === 'line' ? tags.of(item[TAG_ID]) : undefined;
      return tag ? [{ tag, line: item }] : [];
    });
    for (const span of spans) {
      const cell = lines.filter(({ tag }) => tag.block === span.block && tag.row === span.row && tag.column === span.column);
      const below = lines.filter(({ tag }) => tag.block === span.block && tag.row === span.below);
      if (cell.length === 0 || below.length === 0) continue;
      const textBottom = Math.max(...cell.map(({ line }) => line.y + (line.getHeight?.() ?? 0)));
      const spanBottom = Math.min(...below.map(({ line }) => line.y)) - span.gap;
      const shift = (spanBottom - textBottom) / 2;
      if (shift > 0) for (const { line } of cell) line.y += shift;
    }
  }
}

/**
 * The footer's lines are laid out under the catchwords, at the top of the bottom margin; they go down
 * until the last one's foot is the model's distance above the page's edge (never up over the catchwords).
 * The bottom margin holds nothing else: its lines are the footer's, after the catchwords' line where
 * the layout set one (`catchwordPages`, pages counted from 0).
 */
export function settleFooters(doc: LayoutDocument, pages: LaidOutPage[], catchwordPages: ReadonlySet<number>): void {
  if (!doc.footer) return;
  for (const [index, page] of pages.entries()) {
    const height = (page.pageSize ?? doc.page).height;
    const bottomMargin = height - doc.page.margins.bottom;
    const inMargin = page.items.filter(({ type, item }) => type === 'line' && item.y >= bottomMargin).map(({ item }) => item);
    const lines = inMargin.sort((a, b) => a.y - b.y).slice(catchwordPages.has(index) ? 1 : 0);
    if (lines.length === 0) continue;
    const foot = Math.max(...lines.map((line) => line.y + (line.getHeight?.() ?? 0)));
    const shift = height - doc.footer.bottom - foot;
    if (shift > 0) for (const line of lines) line.y += shift;
  }
}
