/**
 * pdfmake's engine, the one place that reaches into it: its private modules (pdfmake 0.3 ships no
 * types for them), the shapes of what they hand back, and the hooks the renderer sets in them.
 * pdfmake's public API lays out and renders in one call; driving the engine directly lets the
 * laid-out pages be read before anything is drawn. Private modules change without notice, so
 * loading this module with another pdfmake than the one it was written for fails at once.
 */
import type { FontStyle } from '../../layout/fonts';
import { TAG_ID } from './tags';

/** The pdfmake this module was written against (package.json pins it). */
const WRITTEN_FOR = '0.3.11';

/* eslint-disable @typescript-eslint/no-require-imports */
const installed: string = require('pdfmake/package.json').version;
if (installed !== WRITTEN_FOR) {
  throw new Error(
    `naskah's PDF renderer drives pdfmake ${WRITTEN_FOR}'s internal modules, but pdfmake ${installed} is installed; ` +
      `install the pinned version (npm ci) or adapt src/render/pdf/engine.ts to the new one`,
  );
}

export interface PdfKitDocument {
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
  /** pdfmake's fonts of this document, by family and style ("normal", "bolditalics"…). */
  fontCache: Record<string, Record<string, unknown>>;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
  // pdfkit's drawing, for the watermark.
  page: { width: number; height: number };
  _font: unknown;
  save(): this;
  restore(): this;
  rotate(angle: number, options: { origin: [number, number] }): this;
  lineWidth(width: number): this;
  strokeColor(color: string): this;
  fontSize(size: number): this;
  text(text: string, x: number, y: number, options: { lineBreak: boolean; stroke: boolean; fill: boolean }): this;
}

/** A page's watermark as pdfmake prepares it: sized to the page and turned along its diagonal. */
interface LaidOutWatermark {
  text: string;
  font: unknown;
  fontSize: number;
  color: string;
  angle: number;
  _size: { size: { width: number; height: number } };
}

export interface LaidOutInline {
  text: string;
  x: number;
  width: number;
  [property: string]: unknown;
}

/** A rule pdfmake drew (a "line" vector). */
export interface LaidOutLine {
  type: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
  dash?: unknown;
}

export interface LaidOutPage {
  items: {
    type: string;
    item: { x: number; y: number; inlines?: LaidOutInline[]; id?: string; [TAG_ID]?: number; getHeight?(): number } & Partial<LaidOutLine>;
  }[];
  customProperties: { header?: unknown };
  pageSize?: { width: number; height: number };
  watermark?: LaidOutWatermark;
}

/** A pdfmake document-definition node; built fresh for every layout because pdfmake mutates it. */
export type PdfNode = Record<string, unknown>;

/** What pdfmake's layout of one table node found: the room where it began and the height of each row's contents. */
export interface TableReport {
  /** The height left on the page where the table began (after its margin), and a whole page body's height. */
  available: number;
  pageBody: number;
  /** Per row of the node, where its contents began and ended in the block it was laid out in: its height is the difference. */
  rows: { top: number; bottom: number }[];
}

interface WriterContext {
  y: number;
  availableHeight: number;
  pageMargins: Margins;
  getCurrentPage(): { pageSize: { height: number } };
}

interface LayoutBuilder {
  layoutDocument(
    content: PdfNode,
    pdfDocument: PdfKitDocument,
    styles: object,
    defaultStyle: object,
    background: undefined,
    header: undefined,
    footer: undefined,
    watermark: object | undefined,
  ): LaidOutPage[];
  writer: { context(): WriterContext & { pages: LaidOutPage[] } };
  processTable(node: PdfNode): void;
  processRow(row: { tableNode: PdfNode; rowIndex: number }): unknown;
  buildNextLine(node: PdfNode): object | null;
}

export type Margins = { left: number; top: number; right: number; bottom: number };

const PdfmakeDocument: new (
  fonts: Record<string, Record<string, Buffer>>,
  images: Record<string, Buffer>,
  patterns: object,
  attachments: object,
  options: object,
  virtualfs: null,
  localAccessPolicy: (path: string) => boolean,
) => PdfKitDocument = require('pdfmake/js/PDFDocument').default;
const PdfmakeLayoutBuilder: new (pageSize: object, margins: Margins, svgMeasure: object) => LayoutBuilder =
  require('pdfmake/js/LayoutBuilder').default;
const PdfmakeRenderer: new (pdfDocument: PdfKitDocument) => {
  pdfDocument: PdfKitDocument;
  renderPages(pages: LaidOutPage[]): void;
  renderWatermark(page: LaidOutPage): void;
} = require('pdfmake/js/Renderer').default;
const PdfmakeSvgMeasure: new () => object = require('pdfmake/js/SVGMeasure').default;
/* eslint-enable @typescript-eslint/no-require-imports */

/** A text leaf of the document definition, as pdfmake's measurer sees it. */
export interface LeafNode {
  text: unknown;
  _textRef?: unknown;
  _inlines?: MeasuredInline[];
  _minWidth?: number;
  _maxWidth?: number;
}

export interface MeasuredInline {
  font: unknown;
  [property: string]: unknown;
}

export interface DocMeasure {
  styleStack: { styleOverrides: unknown[]; defaultStyle: Record<string, unknown> };
  measureLeaf(node: LeafNode): LeafNode;
}

interface FontkitGlyph {
  codePoints: number[];
}

export interface FontkitFont {
  getGlyph(id: number, characters?: number[]): FontkitGlyph;
  createSubset(): unknown;
}

/** pdfkit's font of one document: a parsed font file (fontkit), the subset to embed, shaped words. */
export interface EmbeddedFont {
  font: FontkitFont;
  subset: unknown;
  layoutCache?: object;
}

/**
 * pdfmake makes its measurer inside layoutDocument(); it is caught on the way in to put the kept measurements in front of it.
 * Each table it lays out is reported (where it began, how tall its rows are), so that a table's pages can be planned,
 * and every line carries the id of the node it comes from (tags.ts).
 */
export class LayoutEngine extends PdfmakeLayoutBuilder {
  private measure: DocMeasure | undefined;
  readonly tables = new Map<PdfNode, TableReport>();

  constructor(
    pageSize: object,
    margins: Margins,
    private readonly onMeasurer: (measure: DocMeasure) => void,
  ) {
    super(pageSize, margins, new PdfmakeSvgMeasure());
  }

  override processTable(node: PdfNode): void {
    const context = this.writer.context();
    const { pageMargins } = context;
    this.tables.set(node, {
      available: context.availableHeight,
      pageBody: context.getCurrentPage().pageSize.height - pageMargins.top - pageMargins.bottom,
      rows: [],
    });
    super.processTable(node);
  }

  override processRow(row: { tableNode: PdfNode; rowIndex: number }): unknown {
    const top = this.writer.context().y;
    const result = super.processRow(row);
    const report = this.tables.get(row.tableNode);
    if (report) report.rows[row.rowIndex] = { top, bottom: this.writer.context().y };
    return result;
  }

  /** Every line of a text leaf carries the leaf's tag id, so each tells where it comes from. */
  override buildNextLine(node: PdfNode): Record<string, unknown> | null {
    const line = super.buildNextLine(node) as Record<string, unknown> | null;
    if (line && node[TAG_ID] !== undefined) line[TAG_ID] = node[TAG_ID];
    return line;
  }

  get docMeasure(): DocMeasure | undefined {
    return this.measure;
  }

  set docMeasure(measure: DocMeasure | undefined) {
    if (measure) this.onMeasurer(measure);
    this.measure = measure;
  }
}

/** pdfmake's document, with every font it provides handed to `onFont` with its file's style. */
export class PdfDocument extends PdfmakeDocument {
  constructor(
    private readonly onFont: (font: EmbeddedFont, style: FontStyle) => void,
    ...args: ConstructorParameters<typeof PdfmakeDocument>
  ) {
    super(...args);
  }

  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont {
    const font = super.provideFont(family, bold, italics);
    this.onFont(font, bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal');
    return font;
  }
}

/** pdfmake's renderer, drawing a watermark as the outline of its letters (pdfmake can only fill them). */
class Renderer extends PdfmakeRenderer {
  constructor(
    pdf: PdfKitDocument,
    private readonly watermarkOutline: number,
  ) {
    super(pdf);
  }

  override renderWatermark(page: LaidOutPage): void {
    const { watermark } = page;
    if (!watermark) return;
    const pdf = this.pdfDocument;
    pdf.save();
    pdf.rotate(watermark.angle, { origin: [pdf.page.width / 2, pdf.page.height / 2] });
    pdf.lineWidth(this.watermarkOutline).strokeColor(watermark.color);
    pdf._font = watermark.font;
    pdf.fontSize(watermark.fontSize);
    const x = pdf.page.width / 2 - watermark._size.size.width / 2;
    const y = pdf.page.height / 2 - watermark._size.size.height / 2;
    pdf.text(watermark.text, x, y, { lineBreak: false, stroke: true, fill: false });
    pdf.restore();
  }
}

/** Draws laid-out pages into the document; a watermark as letters outlined `watermarkOutline` wide. */
export function drawPages(pdf: PdfKitDocument, pages: LaidOutPage[], watermarkOutline = 0): void {
  new Renderer(pdf, watermarkOutline).renderPages(pages);
}

export function toBuffer(pdf: PdfKitDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
