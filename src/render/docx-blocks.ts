/** The blocks of the layout model as docx paragraphs and tables. */
import * as path from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type ITableCellOptions,
} from 'docx';
import {
  isCovered,
  type Align,
  type Block,
  type Columns,
  type Grid,
  type Image,
  type ImageAssets,
  type ListItem,
  type Run,
  type SignatureArea,
  type Table as ModelTable,
  type TableCell as ModelTableCell,
  type TableStyle,
} from '../layout/model';
import { continuedParts } from '../layout/table-breaks';
import { sharedCells } from './docx-cells';
import { qrPng } from './qr-png';

/** Points to twentieths of a point, the unit of most WordprocessingML lengths. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Points to the half-points of WordprocessingML font sizes. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
} as const satisfies Record<Align, string>;

const NO_PADDING = { horizontal: 0, vertical: 0 };
/** The height of the thinnest paragraph, used where Word needs a paragraph but none should show. */
const HAIRLINE = 1;

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** A table rule; WordprocessingML gives border widths in eighths of a point. */
function ruleBorder(style: TableStyle): IBorderOptions {
  return { style: BorderStyle.SINGLE, size: Math.round(style.rule * 8), color: '000000' };
}

interface TextOptions {
  runs: Run[];
  align: Align;
  indentLeft?: number;
  spaceBefore?: number;
  keepNext?: boolean;
  fontSize?: number;
  /** Printed before the runs, with the text's later lines hanging `width` in. */
  marker?: { text: string; width: number };
}

export function textParagraph(options: TextOptions): Paragraph {
  const size = options.fontSize === undefined ? undefined : halfPoints(options.fontSize);
  const { marker } = options;
  const indentLeft = (options.indentLeft ?? 0) + (marker?.width ?? 0);
  const runs = options.runs.map(
    (run) => new TextRun({ text: run.text, italics: run.italic || undefined, bold: run.bold || undefined, size }),
  );
  return new Paragraph({
    alignment: ALIGNMENT[options.align],
    indent: indentLeft ? { left: twips(indentLeft), hanging: marker ? twips(marker.width) : undefined } : undefined,
    spacing: options.spaceBefore ? { before: twips(options.spaceBefore) } : undefined,
    keepNext: options.keepNext || undefined,
    // The paragraph mark carries the size too, so an empty cell is no taller than its text.
    run: size === undefined ? undefined : { size },
    // The tab after a marker goes to the hanging indent, where the text starts.
    children: marker ? [new TextRun({ size, children: [marker.text, new Tab()] }), ...runs] : runs,
  });
}

/**
 * An empty paragraph of a given height. Word needs one between two tables (it would join them)
 * and at the end of a section; the model's space above a table is drawn with one as well.
 */
function spacer(height: number, keepNext: boolean, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twips(height), lineRule: LineRuleType.EXACT },
    keepNext: keepNext || undefined,
    pageBreakBefore: pageBreakBefore || undefined,
    run: { size: halfPoints(HAIRLINE) },
  });
}

/**
 * Numbers the drawings of a document. docx would take their ids from a counter that lives as long
 * as the process, so a second render would number them differently.
 */
export type DrawingIds = () => number;

export function drawingIds(): DrawingIds {
  let last = 0;
  return () => ++last;
}

/** What rendering a section's blocks needs beside them. */
export interface BlockContext {
  nextDrawingId: DrawingIds;
  images: ImageAssets;
  /** The rows of a table block (by its index in the section) that begin a page (TableBreaks); none: Word breaks it itself. */
  tableBreaks: (block: number) => readonly number[];
}

/** The docx children of one section's blocks, for a content area `contentWidth` points wide. */
export function renderBlocks(blocks: Block[], contentWidth: number, { nextDrawingId, images, tableBreaks }: BlockContext): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  let previousIsTable = false;
  blocks.forEach((block, index) => {
    const breaks = block.kind === 'table' ? tableBreaks(index) : [];
    // A hairline that starts the new page, whatever kind of block follows it (and keeps two tables apart).
    const newPage = block.pageBreakBefore || breaks[0] === 0;
    if (newPage) children.push(spacer(HAIRLINE, true, true));
    if (block.kind === 'paragraph') children.push(textParagraph({ ...block, keepNext: block.keepWithNext }));
    else if (block.kind === 'item') children.push(itemParagraph(block));
    else if (block.kind === 'image') children.push(imageParagraph(block, nextDrawingId(), images));
    else if (block.kind === 'signature-area') children.push(signatureAreaParagraph(block, nextDrawingId));
    else {
      if (block.spaceBefore || (previousIsTable && !newPage)) children.push(spacer(block.spaceBefore || HAIRLINE, true));
      if (block.kind === 'table') children.push(...brokenTable(block, breaks));
      else children.push(tableOf(block, contentWidth, nextDrawingId));
    }
    previousIsTable = block.kind === 'grid' || block.kind === 'columns' || block.kind === 'table';
  });
  // Otherwise docx closes the section with a full-height empty line, which can spill onto a page of its own.
  if (previousIsTable) children.push(spacer(HAIRLINE, false));
  return children;
}

/**
 * A list item as Word writes one by hand: the marker, a tab to a stop at the text column, and the text
 * hanging under its first line, so that editing it in Word keeps the structure.
 */
function itemParagraph(item: ListItem): Paragraph {
  const textColumn = twips(item.indentLeft + item.markerWidth);
  const runOf = (run: Run) => new TextRun({ text: run.text, italics: run.italic || undefined, bold: run.bold || undefined });
  return new Paragraph({
    alignment: ALIGNMENT[item.align],
    indent: { left: textColumn, hanging: twips(item.markerWidth) },
    tabStops: [{ type: TabStopType.LEFT, position: textColumn }],
    spacing: item.spaceBefore ? { before: twips(item.spaceBefore) } : undefined,
    keepNext: item.keepWithNext || undefined,
    children: [runOf(item.marker), new TextRun({ children: [new Tab()] }), ...item.runs.map(runOf)],
  });
}

function tableOf(block: Grid | Columns, contentWidth: number, nextDrawingId: DrawingIds): Table {
  return block.kind === 'grid' ? gridTable(block, contentWidth) : columnsTable(block, nextDrawingId);
}

interface TableFrame {
  widths: number[];
  rows: TableRow[];
  border: IBorderOptions;
  cellPadding: { horizontal: number; vertical: number };
}

function table({ widths, rows, border, cellPadding }: TableFrame): Table {
  const vertical = twips(cellPadding.vertical);
  const horizontal = twips(cellPadding.horizontal);
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    indent: { size: 0, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { top: vertical, bottom: vertical, left: horizontal, right: horizontal },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

function cell(width: number, children: Paragraph[], options: Omit<ITableCellOptions, 'children' | 'width'> = {}): TableCell {
  return new TableCell({ ...options, width: { size: width, type: WidthType.DXA }, children });
}

/** Label | separator | marker | text; the text column takes what the others leave of the content width. */
function gridTable(grid: Grid, contentWidth: number): Table {
  const hasMarker = grid.columns.marker > 0;
  const fixed = [grid.columns.label, grid.columns.colon, ...(hasMarker ? [grid.columns.marker] : [])].map(twips);
  const widths = [...fixed, twips(contentWidth) - fixed.reduce((sum, width) => sum + width, 0)];
  const plain = (text: string) => [textParagraph({ runs: text ? [{ text }] : [], align: 'left' })];
  const rows = grid.rows.map((row, index) => {
    const cells = [plain(row.label), plain(row.label ? grid.separator : ''), ...(hasMarker ? [plain(row.marker)] : [])];
    cells.push([textParagraph({ runs: row.runs, align: row.align })]);
    return new TableRow({
      keepNext: (grid.keepWithNext && index === grid.rows.length - 1) || undefined,
      children: cells.map((paragraphs, column) => cell(widths[column], paragraphs)),
    });
  });
  return table({ widths, rows, border: NO_BORDER, cellPadding: NO_PADDING });
}

/** Blocks side by side in one row that never splits. */
function columnsTable(columns: Columns, nextDrawingId: DrawingIds): Table {
  const widths = columns.columns.map((column) => twips(column.width));
  const cells = columns.columns.map((column, index) => {
    const paragraphs = column.blocks.map((block) => (block.kind === 'signature-area' ? signatureAreaParagraph(block, nextDrawingId) : textParagraph(block)));
    // A cell must hold a paragraph; an empty column gets an empty line.
    return cell(widths[index], paragraphs.length ? paragraphs : [textParagraph({ runs: [], align: 'left' })], {
      verticalAlign: VerticalAlignTable.TOP,
    });
  });
  const row = new TableRow({ cantSplit: true, keepNext: columns.keepWithNext || undefined, children: cells });
  return table({ widths, rows: [row], border: NO_BORDER, cellPadding: NO_PADDING });
}

/**
 * A ruled table: header rows repeat on every page, rows never split, spans become vertical merges
 * and grid spans. A slot covered from above becomes a "continue" cell, as Word needs one in every
 * row a vertical merge runs through; a slot covered from the left is skipped.
 *
 * Broken at `breaks` (the rows the PDF's pages begin with), it is one Word table per part, each after
 * the first on a new page, starting with the header rows and the continuation lines of the groups open
 * there, all of them header rows to Word, which repeats them should edits push the part over a page.
 * A span broken there starts again with its continued text. Where Word breaks the pages itself, a
 * span's continued text cannot be placed: the rows of a body span are kept on one page instead.
 */
function brokenTable(model: ModelTable, breaks: readonly number[]): (Table | Paragraph)[] {
  const { table, parts } = continuedParts(model, breaks);
  const spanEnds = bodySpanEnds(model);
  const groupHeadings = new Set((model.groups ?? []).map((group) => group.heading));
  // The rows from here on travel with what follows the table.
  const keptFrom = model.keepWithNext ? model.rows.length - (model.keepLastRows ?? 1) : model.rows.length;
  const isBody = (row: number) => row >= model.headerRows && row < model.rows.length;
  return parts.flatMap((rows, p) => {
    const firstBody = rows.findIndex(isBody);
    const headerRows = firstBody === -1 ? rows.length : firstBody;
    const last = p === parts.length - 1;
    // Header rows and group headings stay with the row below, a span's rows together, the last rows with
    // what follows the table; the last row of a part ends a page.
    const keepNext = (row: number, i: number) =>
      i < headerRows || ((last || i < rows.length - 1) && (groupHeadings.has(row) || row < (spanEnds.get(row) ?? row) || row >= keptFrom));
    const part = ruledPart(table, rows, headerRows, keepNext);
    return p === 0 ? [part] : [spacer(HAIRLINE, true, true), part];
  });
}

/** The table's `rows`, the first `headerRows` of them repeated by Word on every page. */
function ruledPart(model: ModelTable, rows: number[], headerRows: number, keepNext: (row: number, index: number) => boolean): Table {
  const widths = model.widths.map(twips);
  const { fontSize, style } = model;
  const docxRows = rows.map((rowIndex, i) => {
    // A span goes on into the next row of the part, or ends here.
    const mergeDown = (originRow: number, span: number) => (rows[i + 1] === rowIndex + 1 && rowIndex + 1 < originRow + span ? VerticalMergeType.RESTART : undefined);
    const cells: TableCell[] = [];
    model.rows[rowIndex].forEach((slot, column) => {
      const spanWidth = (span: number) => widths.slice(column, column + span).reduce((sum, width) => sum + width, 0);
      if (!isCovered(slot)) {
        cells.push(
          ruledCell({
            width: spanWidth(slot.colSpan ?? 1),
            runs: slot.runs,
            align: slot.align,
            fontSize,
            columnSpan: slot.colSpan,
            verticalMerge: mergeDown(rowIndex, slot.rowSpan ?? 1),
            middle: slot.verticalAlign === 'middle',
            shaded: slot.shaded ? style.shading : undefined,
            marker: slot.marker === undefined ? undefined : { text: slot.marker, width: style.markerWidth },
          }),
        );
        return;
      }
      const { row: originRow, column: originColumn } = slot.coveredBy;
      if (originColumn !== column) return;
      const origin = model.rows[originRow][originColumn] as ModelTableCell;
      // A span whose rows above are on an earlier page starts again here, with its continued text.
      const again = rows[i - 1] !== rowIndex - 1;
      cells.push(
        ruledCell({
          width: spanWidth(origin.colSpan ?? 1),
          runs: again ? (origin.continued ?? []) : [],
          align: again ? origin.align : 'left',
          fontSize,
          columnSpan: origin.colSpan,
          verticalMerge: again ? mergeDown(originRow, origin.rowSpan ?? 1) : VerticalMergeType.CONTINUE,
          middle: again && origin.verticalAlign === 'middle',
          shaded: again && origin.shaded ? style.shading : undefined,
          marker: undefined,
        }),
      );
    });
    return new TableRow({
      tableHeader: i < headerRows || undefined,
      cantSplit: true,
      keepNext: keepNext(rowIndex, i) || undefined,
      children: cells,
    });
  });
  return table({ widths, rows: docxRows, border: ruleBorder(style), cellPadding: { horizontal: style.padding.x, vertical: style.padding.y } });
}

/** For each body row inside a row span, the span's last row. */
function bodySpanEnds(model: ModelTable): Map<number, number> {
  const ends = new Map<number, number>();
  model.rows.forEach((slots, row) => {
    if (row < model.headerRows) return;
    for (const slot of slots) {
      if (isCovered(slot) || (slot.rowSpan ?? 1) < 2) continue;
      const last = row + (slot.rowSpan ?? 1) - 1;
      for (let r = row; r <= last; r++) ends.set(r, Math.max(ends.get(r) ?? r, last));
    }
  });
  return ends;
}

/** Everything a cell of a ruled table is made of; `width` in twips, `shaded` the fill. */
interface RuledCellSpec {
  width: number;
  runs: Run[];
  align: Align;
  fontSize: number | undefined;
  columnSpan: number | undefined;
  verticalMerge: ITableCellOptions['verticalMerge'];
  middle: boolean;
  shaded: string | undefined;
  marker: TextOptions['marker'];
}

/** Shared, as a schedule repeats the same cells over and over. Top is Word's vertical alignment when none is written. */
const ruledCell = sharedCells((spec: RuledCellSpec): ITableCellOptions => ({
  width: { size: spec.width, type: WidthType.DXA },
  columnSpan: spec.columnSpan,
  verticalMerge: spec.verticalMerge,
  verticalAlign: spec.middle ? VerticalAlignTable.CENTER : undefined,
  shading: spec.shaded ? { type: ShadingType.SOLID, color: spec.shaded, fill: spec.shaded } : undefined,
  children: [textParagraph({ runs: spec.runs, align: spec.align, fontSize: spec.fontSize, marker: spec.marker })],
}));

/**
 * The free space of an electronic signature as one paragraph of its height: the QR code at its left
 * where there is one, otherwise nothing but the height.
 */
function signatureAreaParagraph(area: SignatureArea, nextDrawingId: DrawingIds): Paragraph {
  if (!area.qr) return spacer(area.height, true);
  const side = area.qr.size * PIXELS_PER_POINT;
  return new Paragraph({
    spacing: { before: 0, after: twips(area.height - area.qr.size) },
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: qrPng(area.qr),
        transformation: { width: side, height: side },
        altText: { id: String(nextDrawingId()), name: 'QR', description: area.qr.text },
      }),
    ],
  });
}

/** docx sizes images in pixels at 96 per inch. */
const PIXELS_PER_POINT = 96 / 72;

function imageParagraph(image: Image, drawingId: number, images: ImageAssets): Paragraph {
  const asset = images.get(image.path);
  if (!asset) throw new Error(`DOCX: the image ${image.path} was not loaded before rendering`);
  const width = image.width * PIXELS_PER_POINT;
  return new Paragraph({
    alignment: ALIGNMENT[image.align],
    spacing: image.spaceBefore ? { before: twips(image.spaceBefore) } : undefined,
    keepNext: image.keepWithNext || undefined,
    children: [
      new ImageRun({
        type: asset.type,
        data: asset.data,
        transformation: { width, height: (width * asset.pixelHeight) / asset.pixelWidth },
        altText: { id: String(drawingId), name: path.basename(image.path) },
      }),
    ],
  });
}
