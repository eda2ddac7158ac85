/**
 * Reads a DOCX (from naskah or typed in Word) into source lines: paragraphs as lines, label | ":" |
 * marker | text tables as grid items, the schedule as rows with their shaded month cells, and other
 * borderless tables (signature, appendix header) column by column. Also reads what the document
 * shows of the layout settings and the written forms naskah keeps in the document properties.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { XmlDocument, type XmlElement } from 'xmldoc';
import { layoutSettingsSchema, PAGE_NUMBER_AFFIXES, paperOfSize, type LayoutSettings } from '../data/schema';
import { NaskahError } from '../problems/problem';
import type { KnownForms } from './assemble';
import { segmentsToMarkup, type Segment } from './markup';
import { isSchedule } from './schedule';
import { collapseSpace, labelled, type BlockHints, type SourceLine } from './source';
import { WordNumbering, type NumberedParagraph } from './word-numbering';
import { attribute, elements, isOn } from './wordml';

interface DocxSource {
  lines: SourceLine[];
  /** Each appendix's page orientation, in order (the sections after the body's). */
  appendixOrientations: ('portrait' | 'landscape')[];
  known: KnownForms;
  layout: Partial<LayoutSettings>;
}

/** No part of a decree comes near this when unpacked; a larger one is a zip bomb or no decree. */
const MAX_PART_BYTES = 50 * 1024 * 1024;
const TWIPS_PER_MM = 1440 / 25.4;
/** Room for the rounding of a page size written in twips. */
const PAPER_TOLERANCE_MM = 0.5;

function parse(xml: Uint8Array, sourceName: string): XmlDocument {
  try {
    return new XmlDocument(new TextDecoder().decode(xml));
  } catch (error) {
    throw new NaskahError([{ file: sourceName, key: 'import-damaged-docx', detail: String((error as Error).message).split('\n')[0] }]);
  }
}

function unzip(bytes: Buffer, sourceName: string): Unzipped {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_PART_BYTES) throw new Error(`${file.name} is too large`);
        return /^(word\/(document|styles|numbering|header\d+)\.xml|docProps\/core\.xml)$/.test(file.name);
      },
    });
  } catch (error) {
    throw new NaskahError([{ file: sourceName, key: 'import-damaged-docx', detail: (error as Error).message }]);
  }
}

export function readDocx(bytes: Buffer, sourceName: string): DocxSource {
  const parts = unzip(bytes, sourceName);
  if (!parts['word/document.xml']) throw new NaskahError([{ file: sourceName, key: 'import-not-docx' }]);
  const document = parse(parts['word/document.xml'], sourceName);
  const body = document.childNamed('w:body');
  if (!body) throw new NaskahError([{ file: sourceName, key: 'import-not-docx' }]);
  const styles = parts['word/styles.xml'] && parse(parts['word/styles.xml'], sourceName);
  const numbering = new WordNumbering(parts['word/numbering.xml'] && parse(parts['word/numbering.xml'], sourceName), styles);
  // Word counts its lists in the order of the document, whatever order the tables are read in.
  for (const paragraph of body.descendantsNamed('w:p')) numbering.of(paragraph);
  const reader = new BodyReader(numbering);
  reader.readBlocks(body);
  const headers = Object.entries(parts)
    .filter(([name]) => name.startsWith('word/header'))
    .map(([, xml]) => parse(xml, sourceName));
  const core = parts['docProps/core.xml'] && parse(parts['docProps/core.xml'], sourceName);
  const sections = body.descendantsNamed('w:sectPr');
  return {
    lines: reader.lines,
    appendixOrientations: sections.slice(1).map((section) => {
      const size = section.childNamed('w:pgSz');
      return attribute(size, 'orient') === 'landscape' || Number(attribute(size, 'w')) > Number(attribute(size, 'h')) ? 'landscape' : 'portrait';
    }),
    known: core ? knownForms(core) : {},
    layout: layoutSettings({ body, styles, headers, reader }),
  };
}

/** A paragraph's text split at line breaks, each line in inline markup (with `bold`, bold runs too). */
function paragraphText(paragraph: XmlElement, options: { bold?: boolean } = {}): string[] {
  const lines: Segment[][] = [[]];
  const visit = (node: XmlElement) => {
    for (const child of elements(node)) {
      if (child.name === 'w:r') {
        const italic = isOn(child.childNamed('w:rPr')?.childNamed('w:i'));
        const bold = isOn(child.childNamed('w:rPr')?.childNamed('w:b'));
        for (const part of elements(child)) {
          if (part.name === 'w:t') lines[lines.length - 1].push({ text: part.val, italic, bold });
          else if (part.name === 'w:tab') lines[lines.length - 1].push({ text: '\t', italic, bold });
          else if (part.name === 'w:br' || part.name === 'w:cr') lines.push([]);
          else if (part.name === 'w:noBreakHyphen') lines[lines.length - 1].push({ text: '-', italic, bold });
        }
      } else if (['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:sdt', 'w:sdtContent'].includes(child.name)) visit(child);
    }
  };
  visit(paragraph);
  return lines.map((segments) => segmentsToMarkup(segments, options));
}

const TWIPS_PER_POINT = 20;
/** A marker before the tab of a hanging indent: "1.", "a.", "A.", "1)", "(a)", "-". */
const HANGING_MARKER = /^\s*(\(?(?:\d{1,3}|[A-Za-z]{1,2})[.)]|[-•])\t/;

/**
 * Where a paragraph stands: its indentation, a hanging marker (typed, or Word's numbering with its
 * level's indentation), centred, bold; and its text with bold marked.
 */
function blockHints(paragraph: XmlElement, text: string, numbered: NumberedParagraph | undefined): BlockHints {
  const properties = paragraph.childNamed('w:pPr');
  const indentation = properties?.childNamed('w:ind');
  const left = Number(attribute(indentation, 'left') ?? attribute(indentation, 'start') ?? numbered?.indent ?? 0);
  const hanging = Number(attribute(indentation, 'hanging') ?? 0);
  const [raw] = paragraphText(paragraph);
  const marker = numbered?.marker ?? (hanging > 0 ? HANGING_MARKER.exec(raw)?.[1] : undefined);
  const markup = collapseSpace(paragraphText(paragraph, { bold: true }).join(' '));
  return {
    indent: left / TWIPS_PER_POINT,
    ...(marker ? { marker } : {}),
    ...(attribute(properties?.childNamed('w:jc'), 'val') === 'center' ? { centred: true } : {}),
    ...(isBold(paragraph) ? { bold: true } : {}),
    ...(markup !== text ? { markup } : {}),
  };
}

function isBold(paragraph: XmlElement): boolean {
  const runs = paragraph.descendantsNamed('w:r').filter((run) => run.childNamed('w:t'));
  return runs.length > 0 && runs.every((run) => isOn(run.childNamed('w:rPr')?.childNamed('w:b')));
}

interface Cell {
  paragraphs: XmlElement[];
  span: number;
  continued: boolean;
  shaded: boolean;
}

function cellsOf(row: XmlElement): Cell[] {
  return row.childrenNamed('w:tc').map((tc) => {
    const properties = tc.childNamed('w:tcPr');
    const shading = properties?.childNamed('w:shd');
    const fill = (attribute(shading, 'fill') ?? 'auto').toUpperCase();
    const pattern = attribute(shading, 'val') ?? 'clear';
    const color = (attribute(shading, 'color') ?? 'auto').toUpperCase();
    const blank = (value: string) => value === 'AUTO' || value === 'FFFFFF';
    return {
      paragraphs: tc.descendantsNamed('w:p'),
      span: Number(attribute(properties?.childNamed('w:gridSpan'), 'val') ?? 1),
      // <w:vMerge/> and <w:vMerge w:val="continue"/> both continue the cell above.
      continued: !!properties?.childNamed('w:vMerge') && attribute(properties?.childNamed('w:vMerge'), 'val') !== 'restart',
      shaded: !blank(fill) || (!['clear', 'nil'].includes(pattern) && !blank(color)),
    };
  });
}

const ALIGNMENTS: Record<string, 'left' | 'center' | 'right'> = { left: 'left', start: 'left', both: 'left', center: 'center', right: 'right', end: 'right' };

/** Whether a table draws rules: the signature and the appendix's header stand in tables without. */
function isRuled(table: XmlElement): boolean {
  const borders = table.childNamed('w:tblPr')?.childNamed('w:tblBorders');
  const drawn = (element: XmlElement | undefined) => elements(element ?? new XmlDocument('<x/>')).some((border) => !['none', 'nil'].includes(attribute(border, 'val') ?? 'none'));
  return drawn(borders) || table.descendantsNamed('w:tcBorders').some((cell) => drawn(cell));
}

/** A cell's words; with `numbering`, a paragraph numbered by Word begins with its marker ("1."). */
function cellText(cell: Cell, numbering?: WordNumbering): string {
  return cell.paragraphs
    .flatMap((paragraph) => {
      const marker = numbering?.of(paragraph)?.marker;
      const lines = paragraphText(paragraph);
      return marker ? [`${marker} ${lines[0]}`, ...lines.slice(1)] : lines;
    })
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/** A ruled table read last, which the next table may continue on a new page. */
interface OpenTable {
  schedule: boolean;
  /** Its column widths, and the texts of its header rows (the rows Word repeats on every page). */
  grid: string;
  header: string[];
  /** The number of lines read once its rows were. */
  end: number;
  /** Whether a page break stands after it. */
  pageBroken: boolean;
}

/** A row's cells' texts, to tell a header row repeated on a new page. */
const rowText = (cells: Cell[]) => cells.map((cell) => cellText(cell)).join('\t');

/** The rows Word repeats at the top of every page a table runs over. */
function headerRowCount(table: XmlElement): number {
  const rows = table.childrenNamed('w:tr');
  const count = rows.findIndex((row) => !isOn(row.childNamed('w:trPr')?.childNamed('w:tblHeader')));
  return count === -1 ? rows.length : count;
}

class BodyReader {
  lines: SourceLine[] = [];
  private open: OpenTable | undefined;
  /** Widths of the first label | ":" | marker | text grid, in twips. */
  gridWidths?: number[];
  /** The type size of the appendices' tables (a schedule's, a table of names, a table in a text). */
  tableFontHalfPoints?: number;
  headingBold?: boolean;

  constructor(private readonly numbering: WordNumbering) {}

  readBlocks(container: XmlElement): void {
    for (const child of elements(container)) {
      if (child.name === 'w:p') this.readParagraph(child);
      else if (child.name === 'w:tbl') this.readTable(child);
      else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') this.readBlocks(child);
    }
  }

  private readParagraph(paragraph: XmlElement): void {
    const properties = paragraph.childNamed('w:pPr');
    if (this.open && (isOn(properties?.childNamed('w:pageBreakBefore')) || paragraph.descendantsNamed('w:br').some((br) => attribute(br, 'type') === 'page'))) this.open.pageBroken = true;
    if (Number(attribute(properties?.childNamed('w:spacing'), 'before') ?? 0) > 0) this.lines.push({ kind: 'blank' });
    const wordNumbered = this.numbering.of(paragraph);
    const numbered = !!wordNumbered || !!properties?.childNamed('w:numPr');
    const texts = paragraphText(paragraph).map(collapseSpace);
    if (texts.every((text) => !text)) {
      this.lines.push({ kind: 'blank' });
      return;
    }
    if (this.headingBold === undefined && /^KEPUTUSAN\s/.test(texts[0])) this.headingBold = isBold(paragraph);
    const lines = texts.filter(Boolean);
    for (const text of lines) {
      const hints = lines.length === 1 ? { hints: blockHints(paragraph, text, wordNumbered) } : {};
      this.lines.push(labelled(text) ?? (numbered ? { kind: 'item', label: '', numbered, text, ...hints } : { kind: 'text', text, ...hints }));
    }
  }

  private readTable(table: XmlElement): void {
    const rows = table.childrenNamed('w:tr').map(cellsOf);
    const schedule = isSchedule(rows.map((cells) => cells.flatMap((cell) => [cellText(cell), ...Array<string>(cell.span - 1).fill('')])));
    const ruled = schedule || isRuled(table);
    const open = ruled ? this.continuing(table, rows, schedule) : undefined;
    // A part of a table the pages broke goes on with the rows of the part before, without its repeated
    // header rows and the continuation lines of its groups ("DESA KUANG (lanjutan)"), all header rows to Word.
    const from = open ? headerRowCount(table) : 0;
    if (open) this.lines.length = open.end;
    if (schedule) this.readSchedule(table, rows, from);
    else if (ruled) this.readRuledTable(table, rows, from);
    else if (rows.length > 0 && rows.every((cells) => cells.length === 3 || cells.length === 4) && rows.some((cells) => cellText(cells[1]) === ':') && rows.every((cells) => ['', ':'].includes(cellText(cells[1])))) {
      this.readGrid(table, rows);
    } else {
      // Side-by-side columns: the right one (place, date, signature) first, as a text extraction gives them.
      for (const cells of rows) {
        for (const cell of [...cells].reverse()) {
          for (const paragraph of cell.paragraphs) this.readParagraph(paragraph);
          this.lines.push({ kind: 'blank' });
        }
      }
    }
    this.open = ruled ? { schedule, grid: gridOf(table), header: open?.header ?? rows.slice(0, headerRowCount(table)).map(rowText), end: this.lines.length, pageBroken: false } : undefined;
    this.lines.push({ kind: 'blank' });
  }

  /**
   * The table read last, where `table` continues it: nothing but empty paragraphs with a page break stand
   * between them, their columns are the same, and `table` begins with the other's header rows.
   */
  private continuing(table: XmlElement, rows: Cell[][], schedule: boolean): OpenTable | undefined {
    const { open } = this;
    if (!open?.pageBroken || open.schedule !== schedule || open.header.length === 0 || gridOf(table) !== open.grid) return undefined;
    if (this.lines.slice(open.end).some((line) => line.kind !== 'blank')) return undefined;
    const header = rows.slice(0, headerRowCount(table)).map(rowText);
    return open.header.every((text, i) => header[i] === text) ? open : undefined;
  }

  private readSchedule(table: XmlElement, rows: Cell[][], from: number): void {
    this.readTableFont(table);
    for (const cells of rows.slice(from)) {
      const slots = cells.flatMap((cell) => [cell, ...Array<undefined>(cell.span - 1).fill(undefined)]);
      this.lines.push({
        kind: 'row',
        cells: slots.map((cell) => (cell && !cell.continued ? cellText(cell, this.numbering) : '')),
        marked: slots.map((cell) => !!cell?.shaded),
        whole: true,
      });
    }
  }

  private readTableFont(table: XmlElement): void {
    const size = table.descendantsNamed('w:sz')[0];
    this.tableFontHalfPoints ??= size ? Number(attribute(size, 'val')) : undefined;
  }

  /** A table with rules (an appendix's table of names, a table in a text): each row with its cells' alignment. */
  private readRuledTable(table: XmlElement, rows: Cell[][], from: number): void {
    this.readTableFont(table);
    const widthsMm = table.childNamed('w:tblGrid')?.childrenNamed('w:gridCol').map((column) => roundMm(Number(attribute(column, 'w'))));
    rows.forEach((cells, index) => {
      if (index < from) return;
      const slots = cells.flatMap((cell) => [cell, ...Array<undefined>(cell.span - 1).fill(undefined)]);
      this.lines.push({
        kind: 'row',
        cells: slots.map((cell) => (cell && !cell.continued ? cellText(cell, this.numbering) : '')),
        marked: slots.map(() => false),
        whole: true,
        // A group's heading spans the row, and is bold: in a table of one column only the bold tells it.
        ...(index > 0 && cells.length === 1 && (slots.length > 1 || cells[0].paragraphs.every(isBold)) ? { spanned: true } : {}),
        aligns: slots.map((cell) => ALIGNMENTS[attribute(cell?.paragraphs[0]?.childNamed('w:pPr')?.childNamed('w:jc'), 'val') ?? 'left'] ?? 'left'),
        ...(index === 0 && widthsMm ? { widthsMm } : {}),
      });
    });
  }

  /**
   * Label | ":" | marker | text rows. A marker in a cell of its own is certain; a lone text cell on a
   * labelled row that no unlabelled row continues is one item taken as written (a single consideration,
   * a dictum); any other text cell gives one line per paragraph, whose typed markers are read as in a text.
   */
  private readGrid(table: XmlElement, rows: Cell[][]): void {
    if (rows[0].length === 4 && !this.gridWidths) {
      this.gridWidths = table.childNamed('w:tblGrid')?.childrenNamed('w:gridCol').map((column) => Number(attribute(column, 'w'))) ?? [];
    }
    rows.forEach((cells, index) => {
      const label = cellText(cells[0]);
      const textCell = cells[cells.length - 1];
      const marker = cells.length === 4 ? cellText(cells[2], this.numbering) : undefined;
      if (marker) {
        this.lines.push({ kind: 'item', label, marker, text: cellText(textCell) });
        return;
      }
      const alone = label !== '' && textCell.paragraphs.length === 1 && (index === rows.length - 1 || cellText(rows[index + 1][0]) !== '');
      if (alone) {
        this.lines.push({ kind: 'item', label, marker: '', text: cellText(textCell) });
        return;
      }
      textCell.paragraphs.forEach((paragraph, p) => {
        const text = paragraphText(paragraph).join(' ').trim();
        const numbered = !!this.numbering.of(paragraph) || !!paragraph.childNamed('w:pPr')?.childNamed('w:numPr');
        if (!text) return;
        if (p === 0 && label) this.lines.push({ kind: 'item', label, text, ...(numbered ? { marker: '' } : {}) });
        else this.lines.push(numbered ? { kind: 'item', label: '', numbered, text } : { kind: 'text', text });
      });
    });
  }
}

/** naskah writes the institution and the title as written into the document properties. */
function knownForms(core: XmlDocument): KnownForms {
  const creator = core.childNamed('dc:creator')?.val.trim();
  const title = core.childNamed('dc:title')?.val.trim() ?? '';
  const subject = core.childNamed('dc:subject')?.val.trim();
  const known: KnownForms = { institution: creator || undefined, title: subject || undefined };
  const year = creator && title.startsWith(`Keputusan ${creator} Nomor `) ? /Tahun (\d{4})$/.exec(title) : null;
  if (year) known.year = Number(year[1]);
  return known;
}

/** A table's column widths, as written. */
function gridOf(table: XmlElement): string {
  return (table.childNamed('w:tblGrid')?.childrenNamed('w:gridCol') ?? []).map((column) => attribute(column, 'w')).join(',');
}

const roundMm = (twips: number) => Math.round((twips / TWIPS_PER_MM) * 10) / 10;

interface LayoutSources {
  body: XmlElement;
  styles?: XmlDocument;
  headers: XmlDocument[];
  reader: BodyReader;
}

/** The settings the DOCX shows, each kept only when it is valid and differs from the default. */
function layoutSettings({ body, styles, headers, reader }: LayoutSources): Partial<LayoutSettings> {
  const found: Record<string, unknown> = {};
  const sections = body.descendantsNamed('w:sectPr');
  const [first, second] = sections;
  const size = first?.childNamed('w:pgSz');
  if (size) {
    const paper = paperOfSize(Number(attribute(size, 'w')) / TWIPS_PER_MM, Number(attribute(size, 'h')) / TWIPS_PER_MM, PAPER_TOLERANCE_MM);
    if (paper) found.kertas = paper;
  }
  const margins = first?.childNamed('w:pgMar');
  if (margins) {
    const side = (name: string) => roundMm(Number(attribute(margins, name) ?? NaN));
    found.margin_mm = { atas: side('top'), bawah: side('bottom'), kiri: side('left'), kanan: side('right') };
  }
  if (attribute(second?.childNamed('w:pgNumType'), 'start') === '1') found.nomor_halaman_lampiran = 'ulang';

  const defaults = styles?.descendantsNamed('w:docDefaults')[0];
  const normal = styles?.childrenNamed('w:style').find((style) => attribute(style, 'styleId') === 'Normal');
  const runDefault = (name: string) => normal?.childNamed('w:rPr')?.childNamed(name) ?? defaults?.childNamed('w:rPrDefault')?.childNamed('w:rPr')?.childNamed(name);
  const font = attribute(runDefault('w:rFonts'), 'ascii');
  if (font) found.huruf = font;
  const fontSize = attribute(runDefault('w:sz'), 'val');
  if (fontSize) found.ukuran_huruf = Number(fontSize) / 2;
  const spacing = defaults?.childNamed('w:pPrDefault')?.childNamed('w:pPr')?.childNamed('w:spacing');
  if (spacing && (attribute(spacing, 'lineRule') ?? 'auto') === 'auto' && attribute(spacing, 'line')) {
    found.spasi = Math.round((Number(attribute(spacing, 'line')) / 240) * 100) / 100;
  }
  if (reader.tableFontHalfPoints) found.ukuran_huruf_tabel = reader.tableFontHalfPoints / 2;
  if (reader.headingBold !== undefined) found.kepala_tebal = reader.headingBold;
  if (reader.gridWidths?.length === 4) {
    const [label, colon, marker] = reader.gridWidths.map(roundMm);
    found.kolom_mm = { label, titik_dua: colon, penanda: marker };
  }
  const pageNumber = headers.map(pageNumberStyle).find((style) => style !== undefined);
  if (pageNumber) found.nomor_halaman = pageNumber;

  const defaultsOf = layoutSettingsSchema.parse({}) as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(found)) {
    const valid = layoutSettingsSchema.safeParse({ [key]: value });
    if (valid.success && JSON.stringify(value) !== JSON.stringify(defaultsOf[key])) settings[key] = value;
  }
  return settings as Partial<LayoutSettings>;
}

/** The text around the PAGE field of a header ("- " and " -"), as one of the page number styles. */
function pageNumberStyle(header: XmlDocument): LayoutSettings['nomor_halaman'] | undefined {
  for (const paragraph of header.descendantsNamed('w:p')) {
    let before = '';
    let after = '';
    let seen = false;
    for (const run of paragraph.descendantsNamed('w:r')) {
      if (run.descendantsNamed('w:instrText').some((instruction) => /^\s*PAGE\b/.test(instruction.val))) seen = true;
      const text = run.childrenNamed('w:t').map((t) => t.val).join('');
      if (seen) after += text;
      else before += text;
    }
    if (!seen) continue;
    const prefix = before.trim() ? before.replace(/\s+$/, ' ') : '';
    const suffix = after.trim();
    const styles = Object.entries(PAGE_NUMBER_AFFIXES) as [LayoutSettings['nomor_halaman'], readonly [string, string]][];
    return styles.find(([, affixes]) => affixes[0] === prefix && affixes[1].trim() === suffix)?.[0];
  }
  return undefined;
}
