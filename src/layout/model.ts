/**
 * The format-neutral layout model: one tree per document, drawn by every renderer.
 * Composition fills it from the templates; renderers know no decree wording.
 * All lengths are in points (1/72 inch). The model is plain JSON, so tests can keep it as fixtures.
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
  /** Widths of the label, colon and marker columns; the text column takes the rest. A 0 marker width means no marker column. */
  columns: { label: number; colon: number; marker: number };
  rows: GridRow[];
}

export interface GridRow {
  /** Printed with a colon after it; empty on the second and later item of a section. */
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
}

/** A table cell; `null` in a row marks a slot covered by a cell spanning from above or from the left. */
export interface TableCell {
  runs: Run[];
  align: Align;
  verticalAlign?: 'top' | 'middle';
  rowSpan?: number;
  colSpan?: number;
  shaded?: boolean;
}

export interface Table extends BlockBase {
  kind: 'table';
  widths: number[];
  /** The first `headerRows` rows repeat at the top of every page the table runs over. */
  headerRows: number;
  /** Every row has `widths.length` slots. Rows never split over a page. */
  rows: (TableCell | null)[][];
  fontSize?: number;
  /** Groups of rows under a heading row (a district, a village), outer groups first. */
  groups?: TableGroup[];
}

/**
 * Rows `heading`…`end - 1`: the heading row stays with the row after it, and where a page breaks the
 * group, `continued` (e.g. "Desa Kuang (lanjutan)") stands under the header rows of the next page.
 */
export interface TableGroup {
  heading: number;
  end: number;
  continued: (TableCell | null)[];
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
  /** Absolute path of a PNG or JPEG file. */
  path: string;
  width: number;
  align: Align;
}

export type Block = Paragraph | Grid | Columns | Table | Image | ListItem | SignatureArea;

export interface Section {
  orientation: 'portrait' | 'landscape';
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
    /** Written for long-term archiving: PDF/A-2b, with the decree's number and date as keywords in its XMP. */
    archival?: { conformance: 'PDF/A-2b'; keywords: string };
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
  };
  catchwordSuffix: string;
  /** Large diagonal text on every page, e.g. "KONSEP" on a draft. */
  watermark?: string;
  sections: Section[];
}

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

export function mm(value: number): number {
  return value * PT_PER_MM;
}
