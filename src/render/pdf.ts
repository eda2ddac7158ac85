/**
 * The PDF renderer: the layout model through pdfmake 0.3's layout engine and pdfkit.
 *
 * pdfmake's public API lays out and renders in one call. Here its engine is driven directly, so
 * the laid-out pages can be read before anything is drawn: keep-with-next and the rules of
 * row spans broken by a page need the real page breaks, and so do the catchwords. Every text
 * fragment carries a tag (block, row, part) that pdfmake copies into the laid-out lines, which is
 * how a page tells what it holds.
 */
import fs from 'node:fs';
import type { Block, Columns, Grid, Image, LayoutDocument, Paragraph, Run, Table, TableCell } from '../layout/model';
import { chooseFont, fontBytes, type FontOptions, type FontStyle } from './fonts';

export type PdfOptions = FontOptions;

// ---------------------------------------------------------------------------------------------
// The parts of pdfmake's engine used here (pdfmake ships no types for them).

interface PdfKitDocument {
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
  /** pdfmake's fonts of this document, by family and style ("normal", "bolditalics"…). */
  fontCache: Record<string, Record<string, unknown>>;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
}

interface LaidOutInline {
  text: string;
  x: number;
  width: number;
  naskahTag?: Tag;
  [property: string]: unknown;
}

/** A rule pdfmake drew (a "line" vector). */
interface LaidOutLine {
  type: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
  dash?: unknown;
}

interface LaidOutPage {
  items: {
    type: string;
    item: { x: number; y: number; inlines?: LaidOutInline[]; naskahTag?: Tag; getHeight?(): number } & Partial<LaidOutLine>;
  }[];
  customProperties: { header?: unknown };
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
  writer: { context(): { pages: LaidOutPage[] } };
}

type Margins = { left: number; top: number; right: number; bottom: number };

/* eslint-disable @typescript-eslint/no-require-imports */
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
const PdfmakeRenderer: new (pdfDocument: PdfKitDocument) => { renderPages(pages: LaidOutPage[]): void } =
  require('pdfmake/js/Renderer').default;
const PdfmakeSvgMeasure: new () => object = require('pdfmake/js/SVGMeasure').default;
/* eslint-enable @typescript-eslint/no-require-imports */

/** A text leaf of the document definition, as pdfmake's measurer sees it. */
interface LeafNode {
  text: unknown;
  _textRef?: unknown;
  _inlines?: MeasuredInline[];
  _minWidth?: number;
  _maxWidth?: number;
}

interface MeasuredInline {
  font: unknown;
  naskahTag?: Tag;
  [property: string]: unknown;
}

interface DocMeasure {
  styleStack: { styleOverrides: unknown[]; defaultStyle: Record<string, unknown> };
  measureLeaf(node: LeafNode): LeafNode;
}

interface FontkitGlyph {
  codePoints: number[];
}

interface FontkitFont {
  getGlyph(id: number, characters?: number[]): FontkitGlyph;
  createSubset(): unknown;
}

/** pdfkit's font of one document: a parsed font file (fontkit), the subset to embed, shaped words. */
interface EmbeddedFont {
  font: FontkitFont;
  subset: unknown;
  layoutCache?: object;
}

/**
 * pdfkit gives every document a freshly parsed font and a cache of shaped words of its own, and
 * parsing the font's tables and shaping words are much of a document's time. Both depend on the
 * font file only, so the first document's parsed font is kept per file, with its shaped words,
 * and handed to every later one (pdfkit's new font has only read the file's table directory by
 * then). Each document still embeds a subset of its own.
 */
const parsedFonts = new Map<string, { font: FontkitFont; shapedWords: object }>();

function shareParsedFont(embedded: EmbeddedFont, file: string): void {
  let parsed = parsedFonts.get(file);
  if (!parsed) {
    keepGlyphCharacters(embedded.font);
    parsedFonts.set(file, (parsed = { font: embedded.font, shapedWords: Object.create(null) as object }));
  }
  if (embedded.font !== parsed.font) {
    embedded.font = parsed.font;
    embedded.subset = parsed.font.createSubset();
  }
  embedded.layoutCache = parsed.shapedWords;
}

/**
 * fontkit keeps one glyph object per glyph id, holding the characters it was first made from, and
 * pdfkit's text layer (ToUnicode) takes a glyph's characters from that object. With the font
 * shared across documents, "fi" in one decree would read as the "ﬁ" of an earlier one. Each
 * shaped glyph here carries the characters of its own text instead, so a PDF does not depend on
 * what the process rendered before it.
 */
function keepGlyphCharacters(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    const same = glyph.codePoints.length === characters.length && characters.every((c, i) => glyph.codePoints[i] === c);
    return same || characters.length === 0 ? glyph : Object.create(glyph, { codePoints: { value: characters } });
  };
}

/**
 * The style properties pdfmake 0.3 reads when it measures a text leaf (TextInlines.measure,
 * TextBreaker.getBreaks): together with the leaf's text they decide its measurement.
 */
const TEXT_STYLE = [
  'font', 'fontSize', 'lineHeight', 'bold', 'italics', 'alignment', 'noWrap', 'wordBreak', 'characterSpacing',
  'fontFeatures', 'color', 'decoration', 'decorationColor', 'decorationStyle', 'decorationThickness', 'background',
  'link', 'linkToPage', 'linkToDestination', 'opacity', 'sup', 'sub', 'preserveLeadingSpaces',
  'preserveTrailingSpaces', 'leadingIndent',
] as const;

interface MeasuredLeaf {
  /** The inlines as measured, without their font (it belongs to a document) and tag (it belongs to a place). */
  inlines: MeasuredInline[];
  fontStyles: { bold: boolean; italics: boolean }[];
  minWidth: number;
  maxWidth: number;
}

/**
 * Measuring text (splitting it into words, resolving each word's style through pdfmake's style
 * stack, shaping it) is most of a layout's time, and every layout pass and every decree measures
 * the same texts again. Measurements are kept per typeface for the whole process, keyed by the
 * leaf's text and the style it is measured in; a hit gives fresh copies, as pdfmake consumes them.
 */
const measuredLeavesByFont = new Map<string, Map<string, MeasuredLeaf>>();
/**
 * Bounds the memory of a long batch (a measured text of many words takes some 10 kB): a decree has
 * some 200 distinct texts, and the next office's decree adds a dozen.
 */
const MEASURED_LEAVES_LIMIT = 1000;

function isValue(value: unknown): boolean {
  return value !== undefined && value !== null;
}

const TEXT_STYLE_PROPERTIES = new Set<string>(TEXT_STYLE);

/** The text style a node sets, as a string: its TEXT_STYLE properties with a value, in its own order. */
function styleSignature(override: object): string {
  let signature = '';
  for (const property in override) {
    const value = (override as Record<string, unknown>)[property];
    if (TEXT_STYLE_PROPERTIES.has(property) && isValue(value)) {
      signature += `${property}=${typeof value === 'number' ? value : JSON.stringify(value)}\u0002`;
    }
  }
  return signature;
}

/**
 * The signatures of the nodes around a leaf (the default style, the document's stacks, a table), kept
 * while pdfmake measures: every leaf under a node would otherwise read the node's properties again.
 */
const signatures = new WeakMap<object, string>();

function knownSignature(override: object): string {
  let signature = signatures.get(override);
  if (signature === undefined) signatures.set(override, (signature = styleSignature(override)));
  return signature;
}

/**
 * What a leaf's measurement depends on, or undefined for a leaf whose measurement is not kept: the
 * styles set around it, innermost last (the same styles give the same key), and its text.
 */
function leafKey(node: LeafNode, styleStack: DocMeasure['styleStack']): { key: string; tag: Tag | undefined } | undefined {
  if (node._textRef) return undefined;
  const { styleOverrides } = styleStack;
  let key = knownSignature(styleStack.defaultStyle);
  for (const override of styleOverrides) {
    // A named style would need the style dictionary; the nodes here never use one.
    if (typeof override !== 'object' || override === null) return undefined;
    // The leaf itself is the innermost override; it is measured once a pass, so not kept.
    key += `\u0003${override === node ? styleSignature(override) : knownSignature(override)}`;
  }
  if (styleOverrides[styleOverrides.length - 1] !== node) key += `\u0003${styleSignature(node)}`;
  let tag: Tag | undefined;
  for (const fragment of Array.isArray(node.text) ? node.text : [node.text]) {
    if (typeof fragment === 'string') {
      key += `\u0000${JSON.stringify(fragment)}`;
      continue;
    }
    if (typeof fragment !== 'object' || fragment === null) return undefined;
    for (const property in fragment) {
      const value = (fragment as Record<string, unknown>)[property];
      if (property === 'naskahTag') {
        if (tag !== undefined && value !== tag) return undefined;
        tag = value as Tag;
      } else if (typeof value === 'object' && value !== null) {
        return undefined;
      } else {
        key += `\u0001${property}=${typeof value === 'number' ? value : JSON.stringify(value)}`;
      }
    }
  }
  return { key, tag };
}

/** Which style of the document's typeface `font` is. */
function fontStyleOf(pdf: PdfKitDocument, font: unknown): { bold: boolean; italics: boolean } | undefined {
  const type = Object.entries(pdf.fontCache[FAMILY] ?? {}).find(([, cached]) => cached === font)?.[0];
  if (!type) return undefined;
  return { bold: type === 'bold' || type === 'bolditalics', italics: type === 'italics' || type === 'bolditalics' };
}

function cacheMeasurements(measure: DocMeasure, pdf: PdfKitDocument, measured: Map<string, MeasuredLeaf>): void {
  const measureLeaf = measure.measureLeaf.bind(measure);
  const fonts = new Map<number, ReturnType<PdfKitDocument['provideFont']>>();
  const fontOf = ({ bold, italics }: { bold: boolean; italics: boolean }) => {
    const style = Number(bold) * 2 + Number(italics);
    let font = fonts.get(style);
    if (!font) fonts.set(style, (font = pdf.provideFont(FAMILY, bold, italics)));
    return font;
  };
  measure.measureLeaf = (node) => {
    const leaf = leafKey(node, measure.styleStack);
    if (!leaf) return measureLeaf(node);
    const known = measured.get(leaf.key);
    if (known) {
      node._inlines = known.inlines.map((inline, i) => {
        const copy = { ...inline, font: fontOf(known.fontStyles[i]) };
        if (leaf.tag) copy.naskahTag = leaf.tag;
        return copy;
      });
      node._minWidth = known.minWidth;
      node._maxWidth = known.maxWidth;
      return node;
    }
    measureLeaf(node);
    const inlines = node._inlines ?? [];
    const fontStyles = inlines.map((inline) => fontStyleOf(pdf, inline.font));
    if (fontStyles.every((style) => style !== undefined)) {
      if (measured.size >= MEASURED_LEAVES_LIMIT) measured.clear();
      measured.set(leaf.key, {
        inlines: inlines.map((inline) => ({ ...inline, font: undefined, ...('naskahTag' in inline ? { naskahTag: undefined } : {}) })),
        fontStyles: fontStyles as MeasuredLeaf['fontStyles'],
        minWidth: node._minWidth ?? 0,
        maxWidth: node._maxWidth ?? 0,
      });
    }
    return node;
  };
}

/** pdfmake makes its measurer inside layoutDocument(); it is caught on the way in to put the kept measurements in front of it. */
class MeasureCachingLayoutBuilder extends PdfmakeLayoutBuilder {
  measured = new Map<string, MeasuredLeaf>();
  pdf: PdfKitDocument | undefined;
  private measure: DocMeasure | undefined;

  get docMeasure(): DocMeasure | undefined {
    return this.measure;
  }

  set docMeasure(measure: DocMeasure | undefined) {
    if (measure && this.pdf) cacheMeasurements(measure, this.pdf, this.measured);
    this.measure = measure;
  }
}

class PdfDocument extends PdfmakeDocument {
  constructor(
    private readonly files: Record<FontStyle, string>,
    ...args: ConstructorParameters<typeof PdfmakeDocument>
  ) {
    super(...args);
  }

  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont {
    const font = super.provideFont(family, bold, italics);
    shareParsedFont(font, this.files[bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal']);
    return font;
  }
}

/** A pdfmake document-definition node; built fresh for every layout because pdfmake mutates it. */
type PdfNode = Record<string, unknown>;

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

// ---------------------------------------------------------------------------------------------

const FAMILY = 'Naskah';
const SHADE = '#BFBFBF';
const RULE = 0.5;
const CELL_PADDING_X = 2;
const CELL_PADDING_Y = 1;
const WATERMARK = { color: '#A6A6A6', opacity: 0.25, bold: true };

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

/** Where a laid-out line comes from: block index over the whole document, row and column in a grid or table, cell part. */
interface Tag {
  block: number;
  row: number;
  column?: number;
  part: 'label' | 'colon' | 'marker' | 'text';
}

/** Decisions taken from an earlier layout of the same document. */
interface Plan {
  /** Keep-with-next: a page break before this row (0: before the whole block) of a block. */
  breaks: Map<number, number>;
}

export async function renderPdf(doc: LayoutDocument, options: PdfOptions = {}): Promise<Buffer> {
  const fontChoice = chooseFont(doc.font.family, options);
  const blocks = doc.sections.flatMap((section) => section.blocks);
  const images = new Map<string, string>();
  const imageBytes: Record<string, Buffer> = {};
  for (const block of blocks) {
    if (block.kind === 'image' && !images.has(block.path)) {
      const key = `image${images.size}`;
      images.set(block.path, key);
      imageBytes[key] = fs.readFileSync(block.path);
    }
  }
  const created = new Date(`${doc.meta.created}T00:00:00Z`);
  const pdf = new PdfDocument(
    fontChoice.files,
    { [FAMILY]: fontBytes(fontChoice) },
    imageBytes,
    {},
    {},
    {
      size: [doc.page.width, doc.page.height],
      pdfVersion: '1.4',
      compress: true,
      autoFirstPage: false,
      font: null,
      lang: doc.meta.language,
      fontLayoutCache: true,
      info: {
        Title: doc.meta.title,
        Subject: doc.meta.subject,
        Author: doc.meta.author,
        ...(doc.meta.keywords ? { Keywords: doc.meta.keywords } : {}),
        Creator: 'naskah',
        Producer: 'naskah (pdfmake)',
        CreationDate: created,
        ModDate: created,
      },
    },
    null,
    // Fonts and images are handed over as bytes: pdfmake needs no file and no URL.
    () => false,
  );

  const fontKey = Object.values(fontChoice.files).join('|');
  let measured = measuredLeavesByFont.get(fontKey);
  if (!measured) measuredLeavesByFont.set(fontKey, (measured = new Map()));
  const layout = new DocumentLayout(doc, pdf, images, measured);
  let plan: Plan = { breaks: new Map() };
  let pages = layout.layOut(plan);
  // Each revision moves a kept block, so there are at most as many as blocks.
  for (let pass = 0; pass <= blocks.length; pass++) {
    const revised = layout.revise(plan, pages);
    if (!revised) break;
    plan = revised;
    pages = layout.layOut(plan);
  }
  settleSpanRules(pages);
  joinRules(pages);
  joinWords(pages);
  layout.centreHeaderSpans(pages);
  new PdfmakeRenderer(pdf).renderPages(pages);
  return toBuffer(pdf);
}

function toBuffer(pdf: PdfKitDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

/**
 * pdfmake draws a table's rules cell by cell, hundreds of pieces a page. Pieces on one line that
 * touch are drawn as one line instead: the same ink, a fraction of the drawing and of the file.
 * The joined line takes the place of its last piece, so it is still drawn over any shading.
 */
function joinRules(pages: LaidOutPage[]): void {
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
const WORD_STYLE = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'naskahTag'] as const;
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
function joinWords(pages: LaidOutPage[]): void {
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

// ---------------------------------------------------------------------------------------------
// Reading laid-out pages.

interface PageEntry {
  tag: Tag;
  x: number;
  y: number;
  text: string;
}

function pageEntries(page: LaidOutPage): PageEntry[] {
  const entries: PageEntry[] = [];
  for (const { type, item } of page.items) {
    // Page numbers and catchwords carry no tag.
    const tag = type === 'line' ? item.inlines?.[0]?.naskahTag : type === 'image' ? item.naskahTag : undefined;
    if (tag) entries.push({ tag, x: item.x, y: item.y, text: (item.inlines ?? []).map((inline) => inline.text).join('') });
  }
  return entries;
}

/** The pieces (one per cell) of the first visual line with text, left to right. */
function firstTextLine(page: LaidOutPage): PageEntry[] {
  const texts = pageEntries(page).filter((entry) => entry.text.trim() !== '');
  if (texts.length === 0) return [];
  const top = Math.min(...texts.map((entry) => entry.y));
  return texts.filter((entry) => entry.y - top < 1).sort((a, b) => a.x - b.x);
}

/**
 * Kata penyambung: the words a reader sees first on the next page.
 * A grid row with a label (a dictum "KEDUA : Keputusan ...", "Mengingat : 1. ...") is announced by
 * its label alone; a numbered item by its marker and first word ("3. Peraturan"), as in printed
 * decrees; any other line by its first word.
 */
function catchword(pieces: PageEntry[]): string {
  const firstWord = (text: string) => text.trim().split(/\s+/)[0];
  const [first, second] = pieces;
  if (!first) return '';
  if (first.tag.part === 'label') return first.text.trim();
  if (first.tag.part === 'marker' && second) return `${first.text.trim()} ${firstWord(second.text)}`;
  return firstWord(first.text);
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

/** On which pages each block and each of its rows lie. */
function whereBlocksLie(pages: LaidOutPage[]) {
  const blocks = new Map<number, Extent>();
  const rows = new Map<number, Map<number, Extent>>();
  const firstOnPage: (Tag | undefined)[] = [];
  pages.forEach((page, pageIndex) => {
    const entries = pageEntries(page);
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

// ---------------------------------------------------------------------------------------------
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
const SPAN_INNER_RULE = '#FEFEFE';

/** Horizontal rules at the foot (or, under no header, the head) of a page's rules are where a span breaks. */
function settleSpanRules(pages: LaidOutPage[]): void {
  const EPSILON = 0.01;
  for (const page of pages) {
    const rules = page.items.filter(({ type, item }) => type === 'vector' && item.type === 'line' && item.y1 === item.y2);
    if (!rules.some(({ item }) => item.lineColor === SPAN_INNER_RULE)) continue;
    const ys = rules.map(({ item }) => item.y1 as number);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    page.items = page.items.filter(({ item }) => {
      if (item.lineColor !== SPAN_INNER_RULE) return true;
      const y = item.y1 as number;
      if (y - top > EPSILON && bottom - y > EPSILON) return false;
      item.lineColor = 'black';
      return true;
    });
  }
}

// ---------------------------------------------------------------------------------------------

class DocumentLayout {
  private readonly sectionHeaders: unknown[] = [];
  private builder: LayoutBuilder | undefined;

  constructor(
    private readonly doc: LayoutDocument,
    private readonly pdf: PdfKitDocument,
    private readonly images: Map<string, string>,
    private readonly measured: Map<string, MeasuredLeaf>,
  ) {}

  layOut(plan: Plan): LaidOutPage[] {
    const { doc } = this;
    const { margins } = doc.page;
    const builder = new MeasureCachingLayoutBuilder(
      { width: doc.page.width, height: doc.page.height, orientation: 'portrait' },
      margins,
      new PdfmakeSvgMeasure(),
    );
    builder.measured = this.measured;
    builder.pdf = this.pdf;
    this.builder = builder;
    this.sectionHeaders.length = 0;
    let blockIndex = 0;
    const sections = doc.sections.map((section, sectionIndex) => {
      const header = (pageNumber: number) => this.pageNumber(sectionIndex, pageNumber);
      this.sectionHeaders.push(header);
      const landscape = section.orientation === 'landscape';
      const contentWidth = (landscape ? doc.page.height : doc.page.width) - margins.left - margins.right;
      const stack = section.blocks.flatMap((block) => this.blockNodes(block, blockIndex++, plan, contentWidth));
      return {
        section: { stack },
        pageSize: { width: doc.page.width, height: doc.page.height },
        pageOrientation: section.orientation,
        pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
        header,
        footer: section.catchwords ? (pageNumber: number) => this.catchwordNode(pageNumber) : null,
      };
    });
    const watermark = doc.watermark ? { text: doc.watermark, ...WATERMARK } : undefined;
    const defaultStyle = { font: FAMILY, fontSize: doc.font.size, lineHeight: doc.font.lineSpacing };
    return builder.layoutDocument({ stack: sections }, this.pdf, {}, defaultStyle, undefined, undefined, undefined, watermark);
  }

  /** What a finished layout asks to change, if anything. */
  revise(plan: Plan, pages: LaidOutPage[]): Plan | undefined {
    const breaks = this.keepBreaks(plan.breaks, whereBlocksLie(pages));
    return sameEntries(breaks, plan.breaks) ? undefined : { breaks };
  }

  /**
   * In each section, the first kept block that ends a page before its successor starts gets its
   * last row (or itself) moved to the next page. One move per section and layout: a move can make
   * an earlier kept block fail, and that one then takes the move over (a chain moves as a whole).
   * Every section starts a page, so a move in one section leaves the others' pages as they are.
   */
  private keepBreaks(current: Map<number, number>, lie: ReturnType<typeof whereBlocksLie>): Map<number, number> {
    const breaks = new Map(current);
    let sectionStart = 0;
    for (const section of this.doc.sections) {
      const first = sectionStart;
      sectionStart += section.blocks.length;
      for (let i = 0; i < section.blocks.length - 1; i++) {
        const index = first + i;
        const block = section.blocks[i];
        if (!block.keepWithNext) continue;
        const here = lie.blocks.get(index);
        const next = lie.blocks.get(index + 1);
        if (!here || !next || here.last >= next.first) continue;
        const unit = lastUnit(block);
        if (breaks.get(index) === unit || startsPage(index, unit, lie)) continue;
        breaks.set(index, unit);
        if (breaks.get(index + 1) === 0) breaks.delete(index + 1);
        break;
      }
    }
    return breaks;
  }

  /**
   * pdfmake misplaces vertically centred text in row spans, so header spans are laid out
   * top-aligned and their lines moved down to the middle afterwards, on every page the header is on.
   */
  centreHeaderSpans(pages: LaidOutPage[]): void {
    const spans: { block: number; row: number; column: number; below: number }[] = [];
    this.forEachBlock((block, index) => {
      if (block.kind !== 'table') return;
      block.rows.slice(0, block.headerRows).forEach((row, rowIndex) =>
        row.forEach((cell, column) => {
          const rowSpan = cell?.rowSpan ?? 1;
          if (cell?.verticalAlign === 'middle' && rowSpan > 1 && rowIndex + rowSpan <= block.headerRows) {
            spans.push({ block: index, row: rowIndex, column, below: rowIndex + rowSpan });
          }
        }),
      );
    });
    if (spans.length === 0) return;
    for (const page of pages) {
      const lines = page.items.flatMap(({ type, item }) => {
        const tag = item.inlines?.[0]?.naskahTag;
        return type === 'line' && tag ? [{ tag, line: item }] : [];
      });
      for (const span of spans) {
        const cell = lines.filter(({ tag }) => tag.block === span.block && tag.row === span.row && tag.column === span.column);
        const below = lines.filter(({ tag }) => tag.block === span.block && tag.row === span.below);
        if (cell.length === 0 || below.length === 0) continue;
        const textBottom = Math.max(...cell.map(({ line }) => line.y + (line.getHeight?.() ?? 0)));
        // Under the span's text area: its bottom padding, the rule, the next row's top padding.
        const spanBottom = Math.min(...below.map(({ line }) => line.y)) - 2 * CELL_PADDING_Y - RULE;
        const shift = (spanBottom - textBottom) / 2;
        if (shift > 0) for (const { line } of cell) line.y += shift;
      }
    }
  }

  private forEachBlock(visit: (block: Block, index: number) => void): void {
    let index = 0;
    for (const section of this.doc.sections) for (const block of section.blocks) visit(block, index++);
  }

  // --- page furniture -------------------------------------------------------------------------

  private pages(): LaidOutPage[] {
    return this.builder ? this.builder.writer.context().pages : [];
  }

  /** Page numbers run over the whole document and restart at sections that ask for it. */
  private pageNumber(sectionIndex: number, pageNumber: number): PdfNode | null {
    const { doc } = this;
    if (pageNumber < doc.pageNumbers.fromPage) return null;
    const pages = this.pages();
    let restartedAt = 0;
    for (let s = 0; s <= sectionIndex; s++) {
      if (!doc.sections[s].restartPageNumbers) continue;
      const start = pages.findIndex((page) => page.customProperties.header === this.sectionHeaders[s]);
      if (start >= 0) restartedAt = start;
    }
    const { margins } = doc.page;
    // Vertically centred in the top margin.
    const top = Math.max(0, (margins.top - doc.font.size * 1.2) / 2);
    return {
      text: `${doc.pageNumbers.prefix}${pageNumber - restartedAt}${doc.pageNumbers.suffix}`,
      alignment: 'center',
      margin: [margins.left, top, margins.right, 0],
    };
  }

  /** Called by pdfmake after the body is laid out, so the next page's first line is final. */
  private catchwordNode(pageNumber: number): PdfNode | null {
    const pages = this.pages();
    const page = pages[pageNumber - 1];
    const next = pages[pageNumber];
    if (!next || next.customProperties !== page.customProperties) return null;
    const words = catchword(firstTextLine(next));
    if (!words) return null;
    const { margins } = this.doc.page;
    return {
      text: `${words}${this.doc.catchwordSuffix}`,
      alignment: 'right',
      margin: [margins.left, 0, margins.right, 0],
    };
  }

  // --- blocks ---------------------------------------------------------------------------------

  private blockNodes(block: Block, index: number, plan: Plan, contentWidth: number): PdfNode[] {
    const breakAt = plan.breaks.get(index);
    let nodes: PdfNode[];
    switch (block.kind) {
      case 'paragraph':
        nodes = [paragraphNode(block, { block: index, row: 0, part: 'text' })];
        break;
      case 'grid':
        nodes = splitRows(block.rows.length, 0, breakAt).map((rows) => gridNode(block, index, rows, contentWidth));
        break;
      case 'table':
        nodes = splitRows(block.rows.length, block.headerRows, breakAt).map((rows) =>
          tableNode(block, index, rows),
        );
        break;
      case 'columns':
        nodes = [columnsNode(block, index)];
        break;
      case 'image':
        nodes = [this.imageNode(block, index)];
        break;
    }
    // A paragraph's node already has its margin (indent and space before).
    nodes[0].margin ??= [0, block.spaceBefore ?? 0, 0, 0];
    if (breakAt === 0) nodes[0].pageBreak = 'before';
    if (nodes.length > 1) nodes[1].pageBreak = 'before';
    return nodes;
  }

  private imageNode(block: Image, index: number): PdfNode {
    return {
      image: this.images.get(block.path),
      width: block.width,
      alignment: block.align,
      naskahTag: { block: index, row: 0, part: 'text' } satisfies Tag,
    };
  }
}

/** Whether a block's row (0: the block) is the first thing on its page, so moving it would gain nothing. */
function startsPage(index: number, unit: number, lie: ReturnType<typeof whereBlocksLie>): boolean {
  const rows = lie.rows.get(index);
  if (unit > 0) return (rows?.get(unit)?.first ?? 0) > (rows?.get(unit - 1)?.last ?? 0);
  const first = lie.blocks.get(index)?.first ?? 0;
  return lie.firstOnPage[first]?.block === index;
}

/** A block's last row, moved by keep-with-next; 0 stands for the whole block. */
function lastUnit(block: Block): number {
  if (block.kind === 'grid') return block.rows.length - 1;
  if (block.kind === 'table') return block.rows.length - 1 > block.headerRows ? block.rows.length - 1 : 0;
  return 0;
}

/** Row indices of the parts of a grid or table split by a page break before `breakAt` (header rows repeat). */
function splitRows(count: number, headerRows: number, breakAt: number | undefined): number[][] {
  const all = Array.from({ length: count }, (_, row) => row);
  if (!breakAt) return [all];
  const header = all.slice(0, headerRows);
  return [all.slice(0, breakAt), [...header, ...all.slice(breakAt)]];
}

function sameEntries(a: Map<number, number>, b: Map<number, number>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

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

function paragraphNode(paragraph: Paragraph, tag: Tag): PdfNode {
  return {
    text: textFragments(paragraph.runs, tag),
    alignment: paragraph.align,
    margin: [paragraph.indentLeft ?? 0, paragraph.spaceBefore ?? 0, 0, 0],
  };
}

function columnsNode(block: Columns, index: number): PdfNode {
  return {
    columns: block.columns.map((column) => ({
      width: column.width,
      stack: column.blocks.map((paragraph) => paragraphNode(paragraph, { block: index, row: 0, part: 'text' })),
    })),
    columnGap: 0,
    unbreakable: true,
  };
}

/** label | ":" | marker | text as a borderless table; the text column takes the rest of the width. */
function gridNode(grid: Grid, index: number, rows: number[], contentWidth: number): PdfNode {
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

function tableNode(table: Table, index: number, rows: number[]): PdfNode {
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
