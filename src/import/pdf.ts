/**
 * Reads a published PDF into source lines, through pdfjs-dist: the text with its positions, and from the
 * page's drawing operators the table rules and the shaded cells. Lines of text are rebuilt from baselines
 * (a wide vertical gap is a blank line); the appendix table is rebuilt from its rules, one row between two
 * rules that cross the table, each text in the column its rules enclose, and a month is marked where a
 * shaded rectangle fills its cell.
 */
import Module from 'node:module';
import path from 'node:path';
import { paperOfSize, type LayoutSettings } from '../data/schema';
import { NaskahError } from '../problems/problem';
import { segmentsToMarkup, type Segment } from './markup';
import { collapseSpace, isTableFurniture, joinLines, labelled, sourceLineOf, withoutCatchwords, type SourceLine } from './source';

interface PdfSource {
  lines: SourceLine[];
  layout: Partial<LayoutSettings>;
}

/** A piece of text, in points from the top left of the page. */
interface Word {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  size: number;
  italic: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Page {
  words: Word[];
  shaded: Box[];
  /** Horizontal and vertical rules, as boxes of no (or little) thickness. */
  rules: Box[];
}

const MM_PER_POINT = 25.4 / 72;
/** Words closer to a baseline than this share a line. */
const SAME_LINE = 2;
/** A footer's type is at least this many points smaller than the body's. */
const FOOTER_SIZE_GAP = 1.5;
/** A gap between baselines wider than this many type sizes holds a blank line. */
const BLANK_LINE_GAP = 1.75;
/** A gap inside a line wider than this many type sizes separates two columns (signature and certification). */
const COLUMN_GAP = 5;
/** Rules thinner than this (in points) are lines; thicker filled rectangles are shading. */
const RULE_THICKNESS = 2;
/** A rule across at least this share of the table's width bounds a row (the sub-activity's cells, the notes and months). */
const ROW_RULE_SHARE = 0.4;
/** Text whose space on either side differs by less than this (in points) is centred in its cell. */
const ALIGNMENT_TOLERANCE = 1.5;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdfjs-dist is an ES module only. TypeScript compiles import() into require(), which cannot load it, and
 * the bundled command line runs in a vm script, whose import() has no loader; so import() is compiled
 * here as Node compiles any CommonJS module, which gets Node's own loader.
 */
function importEsModule(specifier: string): Promise<PdfJs> {
  const loader = new Module(__filename);
  loader.filename = __filename;
  loader.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(__filename));
  (loader as unknown as { _compile(code: string, file: string): void })._compile('module.exports = (specifier) => import(specifier);', __filename);
  return (loader.exports as (specifier: string) => Promise<PdfJs>)(specifier);
}

export async function readPdf(bytes: Buffer, sourceName: string): Promise<PdfSource> {
  const pdfjs = await importEsModule('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, fontExtraProperties: true, verbosity: 0 }).promise;
  } catch (error) {
    throw new NaskahError([{ file: sourceName, key: 'import-damaged-pdf', detail: String((error as Error).message) }]);
  }
  const pages: Page[] = [];
  let size: [number, number] | undefined;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    size ??= [viewport.width, viewport.height];
    pages.push(await readPage(pdfjs, page, viewport));
  }
  await document.destroy();
  const lines = withoutCatchwords(pages.flatMap((page) => [...pageLines(page), { kind: 'blank', pageBreak: true } as const]));
  if (!lines.some((line) => line.kind !== 'blank')) throw new NaskahError([{ file: sourceName, key: 'import-pdf-no-text' }]);
  return { lines, layout: size ? paperOf(size) : {} };
}

type PdfPageProxy = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
type Viewport = ReturnType<PdfPageProxy['getViewport']>;
type Matrix = [number, number, number, number, number, number];

async function readPage(pdfjs: PdfJs, page: PdfPageProxy, viewport: Viewport): Promise<Page> {
  // The operator list also loads the fonts, whose names tell italic type.
  const operators = await page.getOperatorList();
  const content = await page.getTextContent();
  const words: Word[] = [];
  for (const item of content.items) {
    // Turned text is a watermark ("KONSEP" across a draft), not the decree's.
    if (!('str' in item) || !item.str.trim() || item.transform[1] !== 0 || item.transform[2] !== 0) continue;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string; italic?: boolean }) : undefined;
    const italic = !!font?.italic || /italic|oblique/i.test(font?.name ?? '');
    words.push({ text: item.str, x, y, width: item.width, size: Math.hypot(item.transform[2], item.transform[3]), italic });
  }
  return { words, ...drawing(pdfjs.OPS, operators, viewport) };
}

/** Filled rectangles and stroked or filled rules, in page coordinates from the top left. */
function drawing(OPS: PdfJs['OPS'], list: { fnArray: number[]; argsArray: unknown[] }, viewport: Viewport): Pick<Page, 'shaded' | 'rules'> {
  const shaded: Box[] = [];
  const rules: Box[] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  let fill: number[] = [0, 0, 0];
  // The path being built, as sub-paths of points in page coordinates.
  let path: [number, number][][] = [];
  const toPage = (x: number, y: number) => {
    const [a, b, c, d, e, f] = matrix;
    return viewport.convertToViewportPoint(a * x + c * y + e, b * x + d * y + f) as [number, number];
  };
  const bounds = (points: [number, number][]): Box => ({
    x0: Math.min(...points.map(([x]) => x)),
    y0: Math.min(...points.map(([, y]) => y)),
    x1: Math.max(...points.map(([x]) => x)),
    y1: Math.max(...points.map(([, y]) => y)),
  });
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (op === OPS.save) stack.push(matrix);
    else if (op === OPS.restore) matrix = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (op === OPS.transform) matrix = multiply(matrix, args as Matrix);
    else if (op === OPS.setFillRGBColor) fill = rgbOf(args);
    else if (op === OPS.constructPath) {
      const [ops, values] = args as [number[], number[]];
      let at = 0;
      for (const sub of ops) {
        if (sub === OPS.rectangle) {
          const [x, y, w, h] = values.slice(at, (at += 4));
          path.push([toPage(x, y), toPage(x + w, y), toPage(x + w, y + h), toPage(x, y + h), toPage(x, y)]);
        } else if (sub === OPS.moveTo) {
          const [x, y] = values.slice(at, (at += 2));
          path.push([toPage(x, y)]);
        } else if (sub === OPS.lineTo || sub === OPS.curveTo || sub === OPS.curveTo2 || sub === OPS.curveTo3) {
          const count = sub === OPS.lineTo ? 2 : sub === OPS.curveTo ? 6 : 4;
          const [x, y] = values.slice((at += count) - 2, at);
          // A path's moveTo and lineTo may come in separate operators: the sub-path goes on.
          if (path.length === 0) path.push([]);
          path[path.length - 1].push(toPage(x, y));
        }
      }
    } else if (op === OPS.stroke || op === OPS.closeStroke) {
      for (const points of path) for (let p = 1; p < points.length; p++) rules.push(bounds([points[p - 1], points[p]]));
      path = [];
    } else if (op === OPS.fill || op === OPS.eoFill || op === OPS.fillStroke || op === OPS.eoFillStroke) {
      for (const area of path.filter((points) => points.length > 1).map(bounds)) {
        // A thin filled rectangle is a rule; white is no shading, a grey or a colour is.
        if (isThin(area)) rules.push(area);
        else if (fill.some((channel) => channel < 245)) shaded.push(area);
      }
      path = [];
    } else if (op === OPS.endPath) path = [];
  }
  return { shaded, rules };
}

function isThin(box: Box): boolean {
  return Math.min(box.x1 - box.x0, box.y1 - box.y0) < RULE_THICKNESS;
}

function multiply([a, b, c, d, e, f]: Matrix, [a2, b2, c2, d2, e2, f2]: Matrix): Matrix {
  return [a2 * a + b2 * c, a2 * b + b2 * d, c2 * a + d2 * c, c2 * b + d2 * d, e2 * a + f2 * c + e, e2 * b + f2 * d + f];
}

/** pdfjs gives a fill colour as its red, green and blue bytes, or as "#rrggbb". */
function rgbOf(args: unknown[]): number[] {
  const [first] = args;
  if (typeof first === 'string' && /^#[0-9a-f]{6}$/i.test(first)) return [1, 3, 5].map((i) => parseInt(first.slice(i, i + 2), 16));
  const values = Object.values((args.length === 1 ? first : args) as Record<string, number>);
  return values.length >= 3 ? values.slice(0, 3) : [0, 0, 0];
}

function paperOf([width, height]: [number, number]): Partial<LayoutSettings> {
  const paper = paperOfSize(width * MM_PER_POINT, height * MM_PER_POINT, 2);
  return paper && paper !== 'F4' ? { kertas: paper } : {};
}

/** Words on one baseline, left to right. */
interface TextLine {
  y: number;
  size: number;
  words: Word[];
}

function textLines(words: Word[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const word of [...words].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((candidate) => Math.abs(candidate.y - word.y) < SAME_LINE);
    if (line) line.words.push(word);
    else lines.push({ y: word.y, size: word.size, words: [word] });
  }
  for (const line of lines) {
    line.words.sort((a, b) => a.x - b.x);
    line.size = Math.max(...line.words.map((word) => word.size));
  }
  return lines.sort((a, b) => a.y - b.y);
}

/** Words of a line as markup; a space where the words stand apart. */
function markupOf(words: Word[]): string {
  const segments: Segment[] = [];
  words.forEach((word, i) => {
    const before = words[i - 1];
    const apart = before && word.x - (before.x + before.width) > word.size * 0.1 && !/\s$/.test(before.text) && !/^\s/.test(word.text);
    if (apart) segments.push({ text: ' ', italic: before.italic && word.italic });
    segments.push({ text: word.text, italic: word.italic });
  });
  return collapseSpace(segmentsToMarkup(segments));
}

/** A line's words split where a wide gap separates two columns. */
function columnsOf(line: TextLine): Word[][] {
  const parts: Word[][] = [[]];
  line.words.forEach((word, i) => {
    const before = line.words[i - 1];
    if (before && word.x - (before.x + before.width) > line.size * COLUMN_GAP) parts.push([]);
    parts[parts.length - 1].push(word);
  });
  return parts;
}

/**
 * A label too wide for its column wraps ("Memperhatika" / "n", "KETIGA" / "BELAS"): its rest stands
 * below its start, at the left of a line whose text goes on in the text column. It is put back into the label.
 */
function withLabelsMended(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const above = out[out.length - 1];
    const [rest, next] = line.words;
    const labelStart = above?.words[0];
    const wrapped =
      labelStart && next && Math.abs(rest.x - labelStart.x) < 1 && line.y - above.y < line.size * BLANK_LINE_GAP && next.x - (rest.x + rest.width) > line.size;
    const mended = wrapped
      ? [`${labelStart.text.trimEnd()}${rest.text.trim()}`, `${labelStart.text.trimEnd()} ${rest.text.trim()}`].find((label) => {
          const before = labelled(markupOf(above.words));
          const after = labelled(markupOf([{ ...labelStart, text: label }, ...above.words.slice(1)]));
          return after?.kind === 'item' && (before?.kind !== 'item' || after.label.length > before.label.length);
        })
      : undefined;
    if (mended === undefined) {
      out.push(line);
      continue;
    }
    above.words[0] = { ...labelStart, text: mended };
    out.push({ ...line, words: line.words.slice(1) });
  }
  return out;
}

/**
 * The page's lines without its footer: the lines in a smaller type than the body's that close the page (an
 * electronic signature's sentence set by the office's settings, not part of the decree's data). A table's rows
 * (in the table's smaller type) are never taken for it: the footer stands below the table.
 */
function withoutFooter(lines: TextLine[], tableBottom: number): TextLine[] {
  const wordsBySize = new Map<number, number>();
  for (const line of lines) wordsBySize.set(line.size, (wordsBySize.get(line.size) ?? 0) + line.words.length);
  const bodySize = [...wordsBySize].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
  let end = lines.length;
  while (end > 0 && lines[end - 1].size < bodySize - FOOTER_SIZE_GAP && lines[end - 1].y > tableBottom) end--;
  return lines.slice(0, end);
}

/** A page as source lines: text above and below the table, and the table's rows where it stands. */
function pageLines(page: Page): SourceLine[] {
  const table = findTable(page);
  const inTable = (y: number) => !!table && y > table.top && y < table.bottom;
  const out: SourceLine[] = [];
  let previous: TextLine | undefined;
  let tableDone = false;
  for (const line of withLabelsMended(withoutFooter(textLines(page.words), table?.bottom ?? -Infinity))) {
    if (inTable(line.y)) {
      if (!tableDone && table) out.push(...tableRows(page, table));
      tableDone = true;
      previous = undefined;
      continue;
    }
    const whole = markupOf(line.words);
    const labelledLine = sourceLineOf(whole);
    // The page number above the text: the gap below it is the margin, not a blank line.
    if (!labelledLine && !previous && out.length === 0) continue;
    if (previous && line.y - previous.y > Math.max(line.size, previous.size) * BLANK_LINE_GAP) out.push({ kind: 'blank' });
    previous = line;
    const parts = columnsOf(line);
    if (parts.length === 1 || labelledLine?.kind === 'item') {
      if (labelledLine) out.push(labelledLine);
      continue;
    }
    for (const part of parts) {
      const column = sourceLineOf(markupOf(part));
      if (column) out.push(column, { kind: 'blank' });
    }
  }
  return out;
}

interface Table {
  top: number;
  bottom: number;
  /** Column edges, left to right. */
  edges: number[];
  /** Horizontal rules across the table, top to bottom. */
  rows: number[];
  /** Where the header ends: the rows above it repeat on every page. */
  headerLine: number;
  /** The vertical rules inside the table's height. */
  vertical: Box[];
}

/**
 * The table of a page (a schedule, a table of names, a table in a text): its header row, "NO" and the
 * titles beside it, and the rules around it. Horizontal rules that reach across to the right edge bound
 * its rows (an activity's cells span several); vertical rules bound its columns.
 */
function findTable(page: Page): Table | undefined {
  const lines = textLines(page.words);
  const header = lines.find((line) => /^NO\.?$/i.test(line.words[0]?.text.trim() ?? '') && line.words.length > 1);
  if (!header) return undefined;
  const left = header.words[0].x - 2;
  const right = Math.max(...header.words.map((word) => word.x + word.width));
  const horizontal = mergeRules(
    page.rules.filter((rule) => rule.y1 - rule.y0 < RULE_THICKNESS),
    'y',
  );
  // A row's rule may start right of the activity's merged cells; it always reaches the right edge.
  const rowRules = horizontal.filter((rule) => rule.x1 >= right - 5 && rule.x1 - rule.x0 > (right - left) * ROW_RULE_SHARE);
  const above = rowRules.filter((rule) => rule.x0 <= left + 5 && rule.y0 < header.y).pop();
  if (!above) return undefined;
  const below = rowRules.filter((rule) => rule.y0 > above.y0);
  const bottom = below[below.length - 1]?.y0;
  if (bottom === undefined) return undefined;
  const vertical = page.rules.filter((rule) => rule.x1 - rule.x0 < RULE_THICKNESS && rule.y1 > above.y0 + 1 && rule.y0 < bottom - 1);
  const edges = dedupe(vertical.map((rule) => (rule.x0 + rule.x1) / 2));
  if (edges.length < 3) return undefined;
  return { top: above.y0 - 1, bottom: bottom + 1, edges, rows: [above.y0, ...below.map((rule) => rule.y0)], headerLine: header.y, vertical };
}

/** Touching pieces of rules on one line, joined (a word processor draws a rule cell by cell). */
function mergeRules(rules: Box[], axis: 'y'): Box[] {
  const sorted = [...rules].sort((a, b) => a[`${axis}0`] - b[`${axis}0`] || a.x0 - b.x0);
  const merged: Box[] = [];
  for (const rule of sorted) {
    const last = merged[merged.length - 1];
    if (last && Math.abs(last.y0 - rule.y0) < 1 && rule.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, rule.x1);
    else merged.push({ ...rule });
  }
  return merged;
}

function dedupe(values: number[]): number[] {
  return [...values].sort((a, b) => a - b).filter((value, i, all) => i === 0 || value - all[i - 1] > 1);
}

/** How a cell's text stands between its rules: centred when as far from both, right when only close to the right. */
function alignmentIn(left: number, right: number, words: Word[]): 'left' | 'center' | 'right' {
  if (words.length === 0) return 'left';
  const start = Math.min(...words.map((word) => word.x));
  const end = Math.max(...words.map((word) => word.x + word.width));
  const [before, after] = [start - left, right - end];
  if (Math.abs(before - after) < ALIGNMENT_TOLERANCE && before > words[0].size / 2) return 'center';
  return after < before && after < words[0].size ? 'right' : 'left';
}

/** A row of one cell across the table (a group's heading): no column rule crosses it, and its text stands in the first column. */
function isSpanned(table: Table, top: number, bottom: number, cells: string[]): boolean {
  const middle = (top + bottom) / 2;
  const crossed = table.edges.slice(1, -1).some((edge) => table.vertical.some((rule) => Math.abs((rule.x0 + rule.x1) / 2 - edge) < 1 && rule.y0 < middle && rule.y1 > middle));
  return !crossed && !!cells[0] && cells.slice(1).every((cell) => !cell);
}

/**
 * The rows of a page's table. In the header, each line of text is a row of its own (its titles stand
 * on several lines over merged cells); below it, all lines between two rules are one row, each cell's
 * lines joined. The first row below the header may continue a row broken by the page.
 */
function tableRows(page: Page, table: Table): SourceLine[] {
  const columnOf = (x: number) => {
    const index = table.edges.findIndex((edge, i) => i > 0 && x < edge);
    return index === -1 ? table.edges.length - 2 : Math.max(0, index - 1);
  };
  const width = table.edges.length - 1;
  const widthsMm = table.edges.slice(1).map((edge, i) => Math.round((edge - table.edges[i]) * MM_PER_POINT * 10) / 10);
  const rows: SourceLine[] = [];
  let first = true;
  for (let r = 0; r + 1 < table.rows.length; r++) {
    const [top, bottom] = [table.rows[r], table.rows[r + 1]];
    const lines = textLines(page.words.filter((word) => word.y > top && word.y <= bottom));
    const cellsOf = (linesOfRow: TextLine[]) => {
      const cells = Array.from({ length: width }, () => '');
      for (const line of linesOfRow) {
        const byColumn = new Map<number, Word[]>();
        for (const word of line.words) byColumn.set(columnOf(word.x + 0.5), [...(byColumn.get(columnOf(word.x + 0.5)) ?? []), word]);
        for (const [column, words] of byColumn) cells[column] = joinLines(cells[column], markupOf(words));
      }
      return cells;
    };
    const marked = Array.from({ length: width }, (_, column) => {
      const [x0, x1] = [table.edges[column], table.edges[column + 1]];
      const middle = (top + bottom) / 2;
      return page.shaded.some((box) => box.x0 < (x0 + x1) / 2 && box.x1 > (x0 + x1) / 2 && box.y0 < middle && box.y1 > middle);
    });
    if (top < table.headerLine + 1 || lines.some((line) => Math.abs(line.y - table.headerLine) < SAME_LINE)) {
      // Titles over merged cells ("PELAKSANAAN (BULAN)") fall in one of the columns they cover: only the
      // line of column titles and the month numbers are kept, which tell where the columns are.
      const header = lines.map((line) => cellsOf([line])).filter((cells) => isTableFurniture(cells));
      for (const cells of header) rows.push({ kind: 'row', cells, marked: marked.map(() => false), whole: true, widthsMm });
      continue;
    }
    const cells = cellsOf(lines);
    if (cells.every((cell) => !cell) && !marked.some(Boolean)) continue;
    const furniture = cells.some(Boolean) && isTableFurniture(cells);
    const aligns = Array.from({ length: width }, (_, column) => alignmentIn(table.edges[column], table.edges[column + 1], lines.flatMap((line) => line.words).filter((word) => columnOf(word.x + 0.5) === column)));
    rows.push({ kind: 'row', cells, marked, whole: !first || furniture, aligns, ...(isSpanned(table, top, bottom, cells) ? { spanned: true } : {}) });
    first &&= furniture;
  }
  return rows;
}
