/**
 * Text measurements kept across layout passes and decrees.
 *
 * Measuring text (splitting it into words, resolving each word's style through pdfmake's style
 * stack, shaping it) is most of a layout's time, and every layout pass and every decree measures
 * the same texts again. Measurements are kept per typeface for the whole process, keyed by the
 * leaf's text and the style it is measured in; a hit gives fresh copies, as pdfmake consumes them.
 */
import type { DocMeasure, LeafNode, MeasuredInline, PdfKitDocument } from './engine';

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

export interface MeasuredLeaf {
  /** The inlines as measured, without their font (it belongs to a document). */
  inlines: MeasuredInline[];
  fontStyles: { bold: boolean; italics: boolean }[];
  minWidth: number;
  maxWidth: number;
}

const measuredLeavesByFont = new Map<string, Map<string, MeasuredLeaf>>();
/**
 * Bounds the memory of a long batch (a measured text of many words takes some 10 kB): a decree has
 * some 200 distinct texts, and the next office's decree adds a dozen. A decree with more (a table of
 * thousands of names) keeps them all while it is laid out, as every layout pass measures them again.
 */
const MEASURED_LEAVES_LIMIT = 1000;

/** The measurements kept for one typeface (its font files), to lay out one document with. */
export function measurementsFor(files: Record<string, string>): Map<string, MeasuredLeaf> {
  const fontKey = Object.values(files).join('|');
  let measured = measuredLeavesByFont.get(fontKey);
  if (!measured) measuredLeavesByFont.set(fontKey, (measured = new Map()));
  letGoOfLongTables(measured);
  return measured;
}

/**
 * Once its document is laid out, what a long table added beyond the limit is let go: kept, it would take
 * hundreds of megabytes beside whatever comes next (the DOCX of the same decree, the next decree).
 */
export function letGoOfLongTables(measured: Map<string, MeasuredLeaf>): void {
  if (measured.size > MEASURED_LEAVES_LIMIT) measured.clear();
}

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
function leafKey(node: LeafNode, styleStack: DocMeasure['styleStack']): string | undefined {
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
  for (const fragment of Array.isArray(node.text) ? node.text : [node.text]) {
    if (typeof fragment === 'string') {
      key += `\u0000${JSON.stringify(fragment)}`;
      continue;
    }
    if (typeof fragment !== 'object' || fragment === null) return undefined;
    for (const property in fragment) {
      const value = (fragment as Record<string, unknown>)[property];
      if (typeof value === 'object' && value !== null) {
        return undefined;
      } else {
        key += `\u0001${property}=${typeof value === 'number' ? value : JSON.stringify(value)}`;
      }
    }
  }
  return key;
}

/** Which style of the document's typeface `font` is. */
function fontStyleOf(pdf: PdfKitDocument, family: string, font: unknown): { bold: boolean; italics: boolean } | undefined {
  const type = Object.entries(pdf.fontCache[family] ?? {}).find(([, cached]) => cached === font)?.[0];
  if (!type) return undefined;
  return { bold: type === 'bold' || type === 'bolditalics', italics: type === 'italics' || type === 'bolditalics' };
}

/**
 * An inline as the layout is to get it, with the properties pdfmake adds once it is laid out (its x, a
 * justified line's shift) already in place: added afterwards to an object with this many properties,
 * each turns it into a hash table (V8's dictionary mode) several times as large, which took half the
 * memory of a long table's layout.
 */
function forLayout(inline: MeasuredInline, font: unknown): MeasuredInline {
  return { ...inline, font, x: 0, justifyShift: 0 };
}

/** Puts the kept measurements of `family` in front of pdfmake's measurer of one layout. */
export function cacheMeasurements(measure: DocMeasure, pdf: PdfKitDocument, family: string, measured: Map<string, MeasuredLeaf>): void {
  const measureLeaf = measure.measureLeaf.bind(measure);
  const fonts = new Map<number, ReturnType<PdfKitDocument['provideFont']>>();
  const fontOf = ({ bold, italics }: { bold: boolean; italics: boolean }) => {
    const style = Number(bold) * 2 + Number(italics);
    let font = fonts.get(style);
    if (!font) fonts.set(style, (font = pdf.provideFont(family, bold, italics)));
    return font;
  };
  measure.measureLeaf = (node) => {
    const key = leafKey(node, measure.styleStack);
    if (key === undefined) return measureLeaf(node);
    const known = measured.get(key);
    if (known) {
      node._inlines = known.inlines.map((inline, i) => forLayout(inline, fontOf(known.fontStyles[i])));
      node._minWidth = known.minWidth;
      node._maxWidth = known.maxWidth;
      return node;
    }
    measureLeaf(node);
    const inlines = (node._inlines ?? []).map((inline) => forLayout(inline, inline.font));
    node._inlines = inlines;
    const fontStyles = inlines.map((inline) => fontStyleOf(pdf, family, inline.font));
    if (fontStyles.every((style) => style !== undefined)) {
      measured.set(key, {
        inlines: inlines.map((inline) => ({ ...inline, font: undefined })),
        fontStyles: fontStyles as MeasuredLeaf['fontStyles'],
        minWidth: node._minWidth ?? 0,
        maxWidth: node._maxWidth ?? 0,
      });
    }
    return node;
  };
}
