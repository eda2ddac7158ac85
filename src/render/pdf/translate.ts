/**
 * The layout model's blocks as pdfmake document-definition nodes. Every text fragment carries a
 * tag (block, row, part) that pdfmake copies into the laid-out lines, which is how a laid-out
 * page tells what it holds.
 */
import type { Columns, Grid, ListItem, Paragraph, Run, Table, TableCell } from '../../layout/model';
import type { PdfNode, Tag } from './engine';
import { signatureAreaNode } from './signature-area';

/** The typeface's name inside the PDF document. */
export const FAMILY = 'Naskah';
const SHADE = '#BFBFBF';
export const RULE = 0.5;
const CELL_PADDING_X = 2;
export const CELL_PADDING_Y = 1;
export const WATERMARK = { color: '#A6A6A6', opacity: 0.25, bold: true };

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

const RULED: TableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  hLineColor: 'black',
  vLineColor: 'black',
  paddingLeft: () => CELL_PADDING_X,
  paddingRight: () => CELL_PADDING_X,
  paddingTop: () => CELL_PADDING_Y,
  paddingBottom: () => CELL_PADDING_Y,
};
const BORDERLESS: TableLayout = {
  ...RULED,
  hLineWidth: () => 0,
  vLineWidth: () => 0,
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

function textFragments(runs: Run[], tag: Tag): PdfNode[] {
  if (runs.length === 0) return [{ text: '', naskahTag: tag }];
  return runs.flatMap((run) => {
    const style = { italics: run.italic ?? false, bold: run.bold ?? false, naskahTag: tag };
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

export function paragraphNode(paragraph: Paragraph, tag: Tag): PdfNode {
  return {
    text: textFragments(paragraph.runs, tag),
    alignment: paragraph.align,
    margin: [paragraph.indentLeft ?? 0, paragraph.spaceBefore ?? 0, 0, 0],
  };
}

/** The marker in its column (after the item's indent), the text beside it; wrapped lines hang under the text. */
export function itemNode(item: ListItem, index: number): PdfNode {
  const { marker } = item;
  return {
    columns: [
      {
        width: item.indentLeft + item.markerWidth,
        text: [{ text: marker.text, italics: marker.italic ?? false, bold: marker.bold ?? false, naskahTag: { block: index, row: 0, part: 'marker' } }],
        margin: [item.indentLeft, 0, 0, 0],
      },
      { width: '*', text: textFragments(item.runs, { block: index, row: 0, part: 'text' }), alignment: item.align },
    ],
    columnGap: 0,
    margin: [0, item.spaceBefore ?? 0, 0, 0],
  };
}

export function columnsNode(block: Columns, index: number): PdfNode {
  return {
    columns: block.columns.map((column) => ({
      width: column.width,
      stack: column.blocks.map((inner) =>
        inner.kind === 'signature-area'
          ? signatureAreaNode(inner, { block: index, row: 0, part: 'signature-area' })
          : paragraphNode(inner, { block: index, row: 0, part: 'text' }),
      ),
    })),
    columnGap: 0,
    unbreakable: true,
  };
}

/** label | ":" | marker | text as a borderless table; the text column takes the rest of the width. */
export function gridNode(grid: Grid, index: number, rows: number[], contentWidth: number): PdfNode {
  const { label, colon, marker } = grid.columns;
  const widths = [label, colon, ...(marker > 0 ? [marker] : []), contentWidth - label - colon - marker];
  const body = rows.map((row) => {
    const { label: labelText, marker: markerText, runs, align } = grid.rows[row];
    const cell = (text: string, part: Tag['part']) => ({ text: [{ text, naskahTag: { block: index, row, part } }] });
    return [
      cell(labelText, 'label'),
      cell(labelText ? ':' : '', 'colon'),
      ...(marker > 0 ? [cell(markerText, 'marker')] : []),
      { text: textFragments(runs, { block: index, row, part: 'text' }), alignment: align },
    ];
  });
  return { table: { widths, body, dontBreakRows: false }, layout: BORDERLESS };
}

export function tableNode(table: Table, index: number, rows: number[]): PdfNode {
  // pdfmake widths exclude the cell padding and the rule left of the cell; the model's include them.
  const widths = table.widths.map(
    (width, column) => width - 2 * CELL_PADDING_X - RULE - (column === table.widths.length - 1 ? RULE : 0),
  );
  const origins = spanOrigins(table);
  const body = rows.map((row) =>
    table.rows[row].map((slot, column): PdfNode => {
      const tag: Tag = { block: index, row, column, part: 'text' };
      const origin = origins[row][column];
      if (!origin) return { text: '' };
      const { cell } = origin;
      const native = isNativeSpan(table, origin);
      const rowSpan = cell.rowSpan ?? 1;
      // Covered by a colSpan, or by a span pdfmake draws itself: a placeholder.
      if (!slot && (origin.column !== column || native)) return {};
      const node: PdfNode = {
        text: slot ? textFragments(cell.runs, tag) : [{ text: '', naskahTag: tag }],
        alignment: cell.align,
      };
      // Centred header spans are moved by centreHeaderSpans().
      if (cell.verticalAlign === 'middle' && !(native && rowSpan > 1)) node.verticalAlignment = 'middle';
      if (cell.colSpan && cell.colSpan > 1) node.colSpan = cell.colSpan;
      if (cell.shaded) node.fillColor = SHADE;
      if (native && rowSpan > 1) node.rowSpan = rowSpan;
      if (!native && rowSpan > 1) {
        const inner = (edge: boolean) => (edge ? 'black' : SPAN_INNER_RULE);
        node.border = [true, true, true, true];
        node.borderColor = ['black', inner(row === origin.row), 'black', inner(row === origin.row + rowSpan - 1)];
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
    layout: RULED,
    fontSize: table.fontSize,
  };
}

// Row spans. A span inside the header rows is pdfmake's own (the header never breaks). A span in
// the body is drawn as separate cells without the rules between them, text in the first one: it
// stays one cell to the eye however the pages break it, and no text is repeated or lost. (Its
// text is therefore aligned, also vertically, within the first row's height only.) Where a page
// breaks it, the table is closed at the foot of the page (settleSpanRules).

interface SpanOrigin {
  row: number;
  column: number;
  cell: TableCell;
}

function spanOrigins(table: Table): (SpanOrigin | undefined)[][] {
  const origins: (SpanOrigin | undefined)[][] = table.rows.map((row) => row.map(() => undefined));
  table.rows.forEach((row, rowIndex) =>
    row.forEach((cell, column) => {
      if (!cell) return;
      for (let r = rowIndex; r < rowIndex + (cell.rowSpan ?? 1) && r < table.rows.length; r++) {
        for (let c = column; c < column + (cell.colSpan ?? 1); c++) origins[r][c] = { row: rowIndex, column, cell };
      }
    }),
  );
  return origins;
}

function isNativeSpan(table: Table, origin: SpanOrigin): boolean {
  return origin.row + (origin.cell.rowSpan ?? 1) <= table.headerRows;
}

/**
 * A rule inside a body span is drawn by pdfmake in this colour and settled after the layout:
 * where the span breaks at the foot of a page it closes the table there and turns black, anywhere
 * else it is taken out. (Should one ever be missed, it is as good as white.)
 */
export const SPAN_INNER_RULE = '#FEFEFE';
