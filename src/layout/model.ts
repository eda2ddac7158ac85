/**
 * The format-neutral layout model: one tree per document, drawn by every renderer.
 * Composition fills it from the templates and takes every layout decision in it (rules, padding,
 * shading, spans, page numbers, watermark, widths); renderers translate it and know no decree
 * wording. All lengths are in points (1/72 inch). The model is plain JSON, so tests can keep it as
 * fixtures; the bytes of its images travel beside it (ImageAssets), read once before rendering.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with one style. */
export interface Run {
  text: string;
  italic?: boolean;
  bold?: boolean;
}

interface BlockBase {
  /** Space above the block, in points. */
  spaceBefore?: number;
  /** No page break between the end of this block and the start of the next one. */
  keepWithNext?: boolean;
  /** The block starts a new page (where the office wants one). */
  pageBreakBefore?: boolean;
}

/** One paragraph; an empty `runs` list is an empty line. */
export interface Paragraph extends BlockBase {
  kind: 'paragraph';
  runs: Run[];
  align: Align;
  /** Left indent from the content's left edge. */
  indentLeft?: number;
}

/**
 * The label | ":" | marker | text grid of Menimbang, Mengingat, Menetapkan and the dictums.
 * Continuation lines of a wrapped text hang under the text column.
 */
export interface Grid extends BlockBase {
  kind: 'grid';
  /** Widths of the label, separator and marker columns; the text column takes the rest. A 0 marker width means no marker column. */
  columns: { label: number; colon: number; marker: number };
  /** Printed in the separator column of each row with a label (":"). */
  separator: string;
  rows: GridRow[];
}

export interface GridRow {
  /** Printed with the separator after it; empty on the second and later item of a section. */
  label: string;
  /** "a.", "1." or empty. */
  marker: string;
  runs: Run[];
  align: Align;
}

/** Blocks side by side, top-aligned, never split over pages (signature, certification, appendix header). */
export interface Columns extends BlockBase {
  kind: 'columns';
  columns: Column[];
}

export interface Column {
  width: number;
  blocks: (Paragraph | SignatureArea)[];
}

/** A QR code as its modules; each renderer draws them its own way (vector squares, a picture). */
export interface QrCode {
  /** What the code says, e.g. the verification address. */
  text: string;
  /** The side of the printed code, quiet zone (QR_QUIET_ZONE modules each side) included. */
  size: number;
  /** Rows of modules, "1" for dark, without the quiet zone. */
  modules: string[];
}

/** Modules of white around a QR code, as the QR standard asks. */
export const QR_QUIET_ZONE = 4;

/**
 * The space an electronic signature leaves free for the signing service's mark, with the verification
 * QR code at its left where the office gives an address. Renderers report where it landed.
 */
export interface SignatureArea extends BlockBase {
  kind: 'signature-area';
  width: number;
  height: number;
  qr?: QrCode;
  /** The appendix (from 1) whose own signature block this is; absent for the decree's. */
  appendix?: number;
}

export interface TableCell {
  runs: Run[];
  align: Align;
  verticalAlign?: 'top' | 'middle';
  rowSpan?: number;
  colSpan?: number;
  shaded?: boolean;
  /** Printed before the text ("a."), which wraps under the text, not under the marker (TableStyle.markerWidth). */
  marker?: string;
  /**
   * For a cell spanning rows of the body: what it shows at the top of a page its span continues
   * on, so the reader knows what the rows belong to ("3", "Pemantauan … (lanjutan)").
   */
  continued?: Run[];
}

/** A slot covered by the cell spanning into it from an earlier row or column of the same table. */
interface CoveredSlot {
  coveredBy: { row: number; column: number };
}

export type TableSlot = TableCell | CoveredSlot;

export function isCovered(slot: TableSlot): slot is CoveredSlot {
  return 'coveredBy' in slot;
}

/** How a ruled table is drawn. */
export interface TableStyle {
  /** Width of every rule. */
  rule: number;
  /** Space between a cell's rules and its text, on the left and right (x) and above and below (y). */
  padding: { x: number; y: number };
  /** Fill of a shaded cell, as RRGGBB. */
  shading: string;
  /** Width a cell's marker takes before its text. */
  markerWidth: number;
}

export interface Table extends BlockBase {
  kind: 'table';
  /** Column widths, each with its share of rules and padding. */
  widths: number[];
  style: TableStyle;
  /** The first `headerRows` rows repeat at the top of every page the table runs over. */
  headerRows: number;
  /** Every row has `widths.length` slots. Rows never split over a page. */
  rows: TableSlot[][];
  fontSize?: number;
  /** With keepWithNext: how many of the last rows go to the next block's page, so none stands there alone. */
  keepLastRows?: number;
  /** Groups of rows under a heading row (a district, a village), outer groups first. */
  groups?: TableGroup[];
}

/**
 * Rows `heading`…`end - 1`: the heading row stays with the row after it, and where a page breaks the
 * group, `continued` (e.g. "Desa Kuang (lanjutan)") stands under the header rows of the next page, its
 * slots spanned as the heading row's are.
 */
export interface TableGroup {
  heading: number;
  end: number;
  continued: TableSlot[];
}

/**
 * An item of a list with a hanging indent: the marker ("1.", "a)", "A.") stands at `indentLeft`, the text
 * at `indentLeft + markerWidth`, and the text's further lines hang under its first.
 */
export interface ListItem extends BlockBase {
  kind: 'item';
  marker: Run;
  indentLeft: number;
  markerWidth: number;
  runs: Run[];
  align: Align;
}

export interface Image extends BlockBase {
  kind: 'image';
  /** Absolute path of a PNG or JPEG file; its bytes come from the ImageAssets beside the model. */
  path: string;
  width: number;
  align: Align;
}

/** An image's bytes and size in pixels. */
export interface ImageAsset {
  type: 'png' | 'jpg';
  data: Buffer;
  pixelWidth: number;
  pixelHeight: number;
}

/** The document's images by path, read by the asset stage (src/layout/assets.ts) before rendering. */
export type ImageAssets = ReadonlyMap<string, ImageAsset>;

export type Block = Paragraph | Grid | Columns | Table | Image | ListItem | SignatureArea;

export interface Section {
  orientation: 'portrait' | 'landscape';
  /** Width between the left and right margins on this section's pages. */
  contentWidth: number;
  blocks: Block[];
  /** Kata penyambung: the first words of the next page, followed by the suffix, at the bottom right of every page but the section's last. */
  catchwords: boolean;
  /** Start the page numbers of this section again at 1. */
  restartPageNumbers?: boolean;
}

export interface LayoutDocument {
  meta: {
    title: string;
    subject: string;
    author: string;
    /** ISO date (YYYY-MM-DD); the documents' creation date, so that a rebuild gives the same bytes. */
    created: string;
    language: string;
    /** Written for long-term archiving: PDF/A-2b. */
    archival?: { conformance: 'PDF/A-2b' };
    /**
     * The documents' keywords: an archival PDF's number and date, and that a final decree was built past
     * its check's errors (`--abaikan-periksa`), so that the document itself tells.
     */
    keywords?: string;
  };
  /** Portrait size; landscape sections swap it. */
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  font: { family: string; size: number; lineSpacing: number };
  pageNumbers: {
    /** Text around the number, e.g. "- " and " -". */
    prefix: string;
    suffix: string;
    /** The first page that shows a number (1-based, over the whole document). */
    fromPage: number;
    /** Distance from the page's top edge to the top of the number's line; the number is centred between the margins. */
    top: number;
  };
  catchwordSuffix: string;
  /** Lines at the foot of every page, below the catchwords (the electronic signature's sentence, where the office prints it there). */
  footer?: PageFooter;
  /** Large diagonal text on every page, e.g. "KONSEP" on a draft. */
  watermark?: Watermark;
  sections: Section[];
}

export interface PageFooter {
  paragraphs: Paragraph[];
  /** Type size of the footer's lines. */
  fontSize: number;
  /** Distance from the page's bottom edge to the foot of the footer's last line. */
  bottom: number;
}

/**
 * Drawn as the outline of its letters only, in `color` (RRGGBB): it stays readable over the text,
 * and cannot be taken for a shaded cell.
 */
export interface Watermark {
  text: string;
  color: string;
  /** Width of the letters' outline. */
  outline: number;
}

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

export function mm(value: number): number {
  return value * PT_PER_MM;
}
