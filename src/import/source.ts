/**
 * A decree's source as a list of lines, whatever its format: the text reader and the DOCX reader
 * both produce these, and one assembler reads them. Italics are already in the data's `_…_` markup.
 */
import { segmentsToMarkup, type Segment } from './markup';

/** How a paragraph stands on the page, where the source shows it (a DOCX): what a text appendix is read from. */
export interface BlockHints {
  /** Left edge of the text, in points from the margin. */
  indent: number;
  /** A marker set before a hanging indent ("1.", "a.", "A."), as in the text. */
  marker?: string;
  centred?: boolean;
  /** Every run bold. */
  bold?: boolean;
  /** The text with bold runs marked `*…*` as well. */
  markup?: string;
}

export type SourceLine =
  /** An empty line; `pageBreak` where one page of a PDF ends, which may break a paragraph in two. */
  | { kind: 'blank'; pageBreak?: true }
  | { kind: 'text'; text: string; hints?: BlockHints }
  /**
   * A row of a label | ":" | marker | text grid, or a "Label : text" line. `marker` is set when the
   * source has it in a cell of its own (it is then certain); otherwise the text may begin with a typed
   * marker. `numbered` marks a paragraph numbered by the word processor, whose marker is not in the text
   * (its hints carry the marker the word processor prints, where its numbering could be read).
   */
  | { kind: 'item'; label: string; marker?: string; numbered?: boolean; text: string; hints?: BlockHints }
  /**
   * A row of a ruled table; `marked` tells which cells are shaded. A `whole` row is a table row of its
   * own (DOCX); a row of an extracted text may be the rest of a row broken over a page.
   */
  | {
      kind: 'row';
      cells: string[];
      marked: boolean[];
      whole?: boolean;
      /** One cell across the whole row: a group's heading in a table of names. */
      spanned?: boolean;
      /** Each cell's alignment, and on a table's first row its columns' widths in millimetres. */
      aligns?: ('left' | 'center' | 'right')[];
      widthsMm?: number[];
    };

/** Labels of the grids of a decree's body. */
const GRID_LABEL = /^(Menimbang|Mengingat|Memperhatikan|Menetapkan)\s*:\s*(.*)$/i;
/** A dictum label: an ordinal in capitals ("KESATU", "KEDUA PULUH SATU") before a colon. */
const DICTUM_LABEL = /^(KE[A-Z]+(?: [A-Z]+){0,3})\s*:\s*(.*)$/;
/** Page numbers as decrees print them: "- 2 -", "-2-", "2". */
const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/;
/** "ttd" (signed) stands where the signature is in a copy. */
export const SIGNED = /^t\.?\s?t\.?\s?d\.?$/i;
/** A catchword line: the first words of the next page followed by dots ("3. Peraturan . . ."). */
const CATCHWORD = /^(.{1,60}?)\s*(?:\.\s?){3}$|^(.{1,60}?)\s*…$/;
/** The first row of the appendix table's header ("NO", "KEGIATAN", …) starts the tab-separated table. */
const TABLE_HEADER = /^NO\.?\t+KEGIATAN/i;

/** Words and spaces: tabs and runs of white space become one space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** `<i>…</i>` (as a PDF or DOCX text extraction marks italics) → `_…_`; other tags are dropped. */
function italicTagsToMarkup(text: string): string {
  const segments: Segment[] = [];
  let italic = false;
  let last = 0;
  for (const tag of text.matchAll(/<(\/?)i>/gi)) {
    segments.push({ text: text.slice(last, tag.index), italic });
    italic = tag[1] !== '/';
    last = tag.index + tag[0].length;
  }
  segments.push({ text: text.slice(last), italic });
  return segmentsToMarkup(segments).replace(/<\/?(?:b|u|strong|em)>/gi, '');
}

/** The lines of an extracted text: bullets, bold marks and page furniture removed, table rows split at tabs. */
export function linesFromText(text: string): SourceLine[] {
  const raw = italicTagsToMarkup(text.replace(/^\uFEFF/, ''))
    .replace(/\r\n?|\f/g, '\n')
    .replace(/\*\*/g, '')
    .split('\n');
  const lines: SourceLine[] = [];
  let inTable = false;
  for (const rawLine of withoutFooters(raw)) {
    if (TABLE_HEADER.test(rawLine.trim())) inTable = true;
    if (inTable && rawLine.includes('\t')) {
      const cells = rawLine.split('\t').map(collapseSpace);
      lines.push({ kind: 'row', cells, marked: cells.map(() => false) });
      continue;
    }
    const line = sourceLineOf(rawLine);
    if (line) lines.push(line);
  }
  return withoutCatchwords(lines);
}

/** At most this many lines stand between a page's continuation word and the next page number. */
const MAX_FOOTER_LINES = 4;

/**
 * Lines between a continuation word and the page number that follows it are the page's furniture: a
 * watermark ("SALINAN"), the office's website, a footer. They are left out with the page number.
 */
function withoutFooters(raw: string[]): string[] {
  const lines = [...raw];
  lines.forEach((line, index) => {
    if (!CATCHWORD.test(collapseSpace(line))) return;
    const after = lines.slice(index + 1, index + 1 + MAX_FOOTER_LINES * 2);
    const pageNumber = after.findIndex((next) => PAGE_NUMBER.test(collapseSpace(next)));
    if (pageNumber === -1 || after.slice(0, pageNumber).filter((next) => next.trim()).length > MAX_FOOTER_LINES) return;
    lines.fill('', index + 1, index + 1 + pageNumber);
  });
  return lines;
}

/** One line of text (inline markup already in place) as a source line; undefined for a page number or "ttd". */
export function sourceLineOf(rawLine: string): SourceLine | undefined {
  // Text extractions of tables and lists begin a row with "- " or "• ".
  const line = collapseSpace(rawLine).replace(/^[-•]\s+(?=\S)/, '');
  if (!line) return { kind: 'blank' };
  if (PAGE_NUMBER.test(line) || SIGNED.test(line)) return undefined;
  return labelled(line) ?? { kind: 'text', text: line };
}

/** Two lines of one paragraph as one text; italics that run over the line break become one italic span. */
export function joinLines(first: string, second: string): string {
  if (!first) return second;
  if (!second) return first;
  if (/[^\\]_$/.test(first) && second.startsWith('_')) return `${first.slice(0, -1)} ${second.slice(1)}`;
  return `${first} ${second}`;
}

/** "Menimbang : a. bahwa …" or "KESATU : …" → an item with its label ("MENIMBANG" is read as "Menimbang"). */
export function labelled(line: string): SourceLine | undefined {
  const grid = GRID_LABEL.exec(line);
  if (grid) return { kind: 'item', label: grid[1][0].toUpperCase() + grid[1].slice(1).toLowerCase(), text: grid[2] };
  const dictum = DICTUM_LABEL.exec(line);
  return dictum ? { kind: 'item', label: dictum[1], text: dictum[2] } : undefined;
}

/** The visible words of a line, to compare a catchword with what follows it. */
function wordsOf(line: SourceLine): string {
  if (line.kind === 'blank') return '';
  if (line.kind === 'row') return collapseSpace(line.cells.join(' '));
  return line.kind === 'item' ? collapseSpace(`${line.marker ?? ''} ${line.text}`) : line.text;
}

/**
 * Rows of the appendix table that are its header, repeated on every page: the column titles
 * ("NO", "KEGIATAN", …), the month numbers and the column numbers.
 */
export function isTableFurniture(cells: string[]): boolean {
  return /^NO\.?$/i.test(cells[0] ?? '') || cells.every((cell) => cell === '' || /^\d+$/.test(cell));
}

/**
 * Drops catchword lines: a line ending in dots whose words open the next line of content
 * (past blank lines and the repeated table header), as "3. Peraturan . . ." opens "3. Peraturan Menteri …".
 */
export function withoutCatchwords(lines: SourceLine[]): SourceLine[] {
  return lines.filter((line, index) => {
    if (line.kind !== 'text') return true;
    const match = CATCHWORD.exec(line.text);
    const words = match?.[1] ?? match?.[2];
    if (!words) return true;
    const next = lines.slice(index + 1).find((after) => after.kind !== 'blank' && !(after.kind === 'row' && isTableFurniture(after.cells)));
    // A dictum's catchword is its label ("KEDUA . . ."), which an item keeps apart from its words.
    return !(next && (wordsOf(next).startsWith(words) || (next.kind === 'item' && next.label === words)));
  });
}
