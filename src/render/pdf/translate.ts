/**
 * The layout model's blocks as pdfmake document-definition nodes. Every text leaf is named by an
 * id (tags.ts) that the engine copies into its laid-out lines, which is how a laid-out page tells
 * what it holds.
 */
import { isCovered, type Columns, type Grid, type ListItem, type Paragraph, type Run, type Table, type TableCell, type TableStyle } from '../../layout/model';
import type { PdfNode } from './engine';
import { TAG_ID, type Tag, type Tags } from './tags';
import { signatureAreaNode } from './signature-area';

/** The typeface's name inside the PDF document. */
export const FAMILY = 'Naskah';

interface TableLayout {
  hLineWidth: () => number;
  vLineWidth: () => number;
  hLineColor: string;
  vLineColor: string;
  paddingLeft: () => number;
  paddingRight: () => number;
  paddingTop: () => number;
  paddingBottom: () => number;
}

function ruled({ rule, padding }: TableStyle): TableLayout {
  return {
    hLineWidth: () => rule,
    vLineWidth: () => rule,
    hLineColor: 'black',
    vLineColor: 'black',
    paddingLeft: () => padding.x,
    paddingRight: () => padding.x,
    paddingTop: () => padding.y,
    paddingBottom: () => padding.y,
  };
}

const BORDERLESS: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  hLineColor: 'black',
  vLineColor: 'black',
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/**
 * pdfmake's line breaker also breaks after a hyphen or slash and then justifies that gap like a
 * space ("Undang-   Undang"), so such words are kept whole; only overlong ones may still break.
 */
const WORD_WITH_BREAK = /^\S{0,40}[-/\u2013\u2014]\S{0,40}\s*$/;

/** A text leaf of `runs`, named by the id of `tag`. */
function textLeaf(runs: Run[], tag: Tag, tags: Tags): PdfNode {
  return { text: textFragments(runs), [TAG_ID]: tags.id(tag) };
}

function textFragments(runs: Run[]): PdfNode[] {
  if (runs.length === 0) return [{ text: '' }];
  return runs.flatMap((run) => {
    const style = { italics: run.italic ?? false, bold: run.bold ?? false };
    const fragments: PdfNode[] = [];
    let plain = '';
    for (const word of run.text.split(/(?<=\s)(?=\S)/)) {
      if (!WORD_WITH_BREAK.test(word)) {
        plain += word;
        continue;
      }
      if (plain) fragments.push({ text: plain, ...style });
      fragments.push({ text: word, noWrap: true, ...style });
      plain = '';
    }
    if (plain || fragments.length === 0) fragments.push({ text: plain, ...style });
    return fragments;
  });
}

export function paragraphNode(paragraph: Paragraph, tag: Tag, tags: Tags): PdfNode {
  return {
    ...textLeaf(paragraph.runs, tag, tags),
    alignment: paragraph.align,
    margin: [paragraph.indentLeft ?? 0, paragraph.spaceBefore ?? 0, 0, 0],
  };
}

/** The marker in its column (after the item's indent), the text beside it; wrapped lines hang under the text. */
export function itemNode(item: ListItem, index: number, tags: Tags): PdfNode {
  const { marker } = item;
  return {
    columns: [
      {
        width: item.indentLeft + item.markerWidth,
        ...textLeaf([marker], { block: index, row: 0, part: 'marker' }, tags),
        margin: [item.indentLeft, 0, 0, 0],
      },
      { width: '*', ...textLeaf(item.runs, { block: index, row: 0, part: 'text' }, tags), alignment: item.align },
    ],
    columnGap: 0,
    margin: [0, item.spaceBefore ?? 0, 0, 0],
  };
}

export function columnsNode(block: Columns, index: number, tags: Tags): PdfNode {
  return {
    columns: block.columns.map((column) => ({
      width: column.width,
      stack: column.blocks.map((inner) =>
        inner.kind === 'signature-area'
          ? signatureAreaNode(inner)
          : paragraphNode(inner, { block: index, row: 0, part: 'text' }, tags),
      ),
    })),
    columnGap: 0,
    unbreakable: true,
  };
}

/** label | separator | marker | text as a borderless table; the text column takes the rest of the width. */
export function gridNode(grid: Grid, index: number, rows: number[], contentWidth: number, tags: Tags): PdfNode {
  const { label, colon, marker } = grid.columns;
  const widths = [label, colon, ...(marker > 0 ? [marker] : []), contentWidth - label - colon - marker];
  const body = rows.map((row) => {
    const { label: labelText, marker: markerText, runs, align } = grid.rows[row];
    const cell = (text: string, part: Tag['part']) => textLeaf([{ text }], { block: index, row, part }, tags);
    return [
      cell(labelText, 'label'),
      cell(labelText ? grid.separator : '', 'colon'),
      ...(marker > 0 ? [cell(markerText, 'marker')] : []),
      { ...textLeaf(runs, { block: index, row, part: 'text' }, tags), alignment: align },
    ];
  });
  return { table: { widths, body, dontBreakRows: false }, layout: BORDERLESS };
}

/**
 * A ruled table, or the part of it in `rows`. `pageStarts` are the body rows that begin a page
 * (after the repeated header) in the layout the plan was made from: a span broken there is closed
 * at the page's foot and opened again at the next page's head, with the cell's continued text.
 */
export function tableNode(table: Table, index: number, rows: number[], pageStarts: ReadonlySet<number>, tags: Tags): PdfNode {
  const { style } = table;
  // pdfmake widths exclude the cell padding and the rule left of the cell; the model's include them.
  const widths = table.widths.map(
    (width, column) => width - 2 * style.padding.x - style.rule - (column === table.widths.length - 1 ? style.rule : 0),
  );
  const body = rows.map((row) =>
    table.rows[row].map((slot, column): PdfNode => {
      const tag: Tag = { block: index, row, column, part: 'text' };
      const originRow = isCovered(slot) ? slot.coveredBy.row : row;
      const originColumn = isCovered(slot) ? slot.coveredBy.column : column;
      const cell = table.rows[originRow][originColumn] as TableCell;
      const rowSpan = cell.rowSpan ?? 1;
      const native = originRow + rowSpan <= table.headerRows;
      // Covered by a colSpan, or by a span pdfmake draws itself: a placeholder.
      if (isCovered(slot) && (originColumn !== column || native)) return {};
      const continues = isCovered(slot) && pageStarts.has(row);
      const node: PdfNode = isCovered(slot)
        ? textLeaf(continues ? (cell.continued ?? []) : [], tag, tags)
        : cellContent(cell, style, tag, tags);
      node.alignment = cell.align;
      // Centred header spans are moved by centreHeaderSpans().
      if (cell.verticalAlign === 'middle' && !(native && rowSpan > 1)) node.verticalAlignment = 'middle';
      if (cell.colSpan && cell.colSpan > 1) node.colSpan = cell.colSpan;
      if (cell.shaded) node.fillColor = `#${style.shading}`;
      if (native && rowSpan > 1) node.rowSpan = rowSpan;
      if (!native && rowSpan > 1) {
        const last = originRow + rowSpan - 1;
        node.border = [true, row === originRow || pageStarts.has(row), true, row === last || pageStarts.has(row + 1)];
      }
      return node;
    }),
  );
  const headerRows = Math.min(table.headerRows, rows.length);
  return {
    table: {
      widths,
      body,
      headerRows,
      keepWithHeaderRows: rows.length > headerRows ? 1 : undefined,
      dontBreakRows: true,
    },
    layout: ruled(style),
    fontSize: table.fontSize,
  };
}

/** A cell's text; after a marker it hangs in a column of its own, so wrapped lines start under the text. */
function cellContent(cell: TableCell, style: TableStyle, tag: Tag, tags: Tags): PdfNode {
  if (cell.marker === undefined) return textLeaf(cell.runs, tag, tags);
  return {
    columns: [
      { width: style.markerWidth, ...textLeaf([{ text: cell.marker }], { ...tag, part: 'marker' }, tags) },
      { width: '*', ...textLeaf(cell.runs, tag, tags), alignment: cell.align },
    ],
    columnGap: 0,
  };
}

// Row spans. A span inside the header rows is pdfmake's own (the header never breaks). A span in
// the body is drawn as separate cells without the rules between them, text in the first one: it
// stays one cell to the eye however the pages break it, and no text is repeated or lost. (Its
// text is therefore aligned, also vertically, within the first row's height only.)
