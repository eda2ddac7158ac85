/**
 * The lines of a text appendix (a technical guideline) back into the light markup a clerk types
 * (src/compose/markup.ts): "BAB I" and its title → `# Title`, "A. Title" in bold → `## Title`, items with
 * their markers indented by depth, paragraphs under the item they stand under, tables as `| … |` rows.
 * Depth comes from the indentation where the source shows it (a DOCX), else from the marker's style in
 * the order Indonesian regulations nest them (1. → a. → 1) → a)).
 */
import type { FieldPath } from '../data/load';
import { titleCaseId } from '../formatters';
import type { NoteAt, Row } from './schedule';
import { joinLines, type BlockHints, type SourceLine } from './source';

const CHAPTER = /^BAB\s+[IVXLC]+$/;
/** "BAB II PELAKSANAAN" on one line, as a chapter numbered by Word prints its number before its title. */
const CHAPTER_AND_TITLE = /^BAB\s+[IVXLC]+\s+(\P{Ll}+)$/u;
const SECTION_MARKER = /^[A-Z]\.$/;
const TYPED_MARKER = /^(\(?(?:\d{1,3}|[a-z]{1,2})[.)])\s+(.*)$/;
/** The usual order of nesting: numbers with a dot, letters with a dot, numbers and letters with a bracket. */
const MARKER_STYLES = [/^\d+\.$/, /^[a-z]{1,2}\.$/, /^\(?\d+\)$/, /^\(?[a-z]{1,2}\)$/];
const STEP = '   ';
const SENTENCE_END = /[.:;!?]$/;

type Text = Extract<SourceLine, { kind: 'text' }>;

interface Block {
  kind: 'paragraph' | 'item';
  depth: number;
  marker?: string;
  text: string;
  /** Read from plain lines: later lines without a blank before them continue it. */
  open: boolean;
}

export function readGuideline(lines: SourceLine[], note: NoteAt, at: FieldPath): string {
  const out: string[] = [];
  /** Text indentation of the open items (from a DOCX), outermost first. */
  const open: number[] = [];
  let block: Block | undefined;
  let chapterCase = false;
  let depthByStyle = false;

  const flush = () => {
    if (!block) return;
    const indent = STEP.repeat(block.depth);
    if (block.kind === 'paragraph') out.push('', `${indent}${block.text}`);
    else out.push(`${indent}${block.marker} ${block.text}`);
    block = undefined;
  };
  const blank = () => {
    if (block) block.open = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'blank') {
      // A paragraph that a page ends before its sentence does goes on on the next page.
      if (!(line.pageBreak && block?.open && !SENTENCE_END.test(block.text))) blank();
      continue;
    }
    if (line.kind === 'row') {
      flush();
      const rows: Row[] = [];
      while (lines[i]?.kind === 'row') rows.push(lines[i++] as Row);
      i--;
      out.push('', ...markupTable(rows), '');
      continue;
    }
    // A paragraph numbered by Word: its marker is not in its text but in its hints.
    const wordNumbered = line.kind === 'item' && line.numbered === true && line.hints?.marker !== undefined;
    if (line.kind === 'item' && !wordNumbered) continue;
    const text = line.hints?.markup ?? line.text;
    const titled = wordNumbered && CHAPTER.test(line.hints?.marker ?? '') ? line.text : CHAPTER_AND_TITLE.exec(line.text)?.[1];
    if (titled) {
      flush();
      open.length = 0;
      if (!/\p{Ll}/u.test(titled)) chapterCase = true;
      out.push('', `# ${titleCaseId(titled)}`);
      continue;
    }
    if (CHAPTER.test(line.text)) {
      flush();
      open.length = 0;
      // The chapter's title follows on the next line, printed in capitals.
      const title = lines.slice(i + 1).find((next): next is Text => next.kind === 'text');
      if (title) i = lines.indexOf(title, i + 1);
      const written = title?.text ?? '';
      if (!/\p{Ll}/u.test(written)) chapterCase = true;
      out.push('', `# ${titleCaseId(written)}`);
      continue;
    }
    const marker = line.hints?.marker ?? TYPED_MARKER.exec(line.text)?.[1] ?? (/^[A-Z]\.\s/.test(line.text) ? line.text.slice(0, 2) : undefined);
    const body = marker && !wordNumbered ? stripMarker(text, marker) : text;
    if (marker && SECTION_MARKER.test(marker) && (line.hints ? line.hints.bold : true)) {
      flush();
      open.length = 0;
      out.push('', `## ${wordNumbered ? line.text : stripMarker(line.text, marker)}`);
      continue;
    }
    if (!marker && block?.open && !line.hints) {
      block.text = joinLines(block.text, body);
      continue;
    }
    flush();
    if (marker) {
      const depth = line.hints ? depthOfItem(open, line.hints) : styleDepth(marker);
      if (!line.hints) depthByStyle = true;
      block = { kind: 'item', depth, marker, text: body, open: !line.hints };
    } else {
      block = { kind: 'paragraph', depth: line.hints ? depthOfParagraph(open, line.hints) : 0, text: body, open: !line.hints };
    }
  }
  flush();
  if (chapterCase) note([...at, 'isi'], 'chapterCaseGuessed');
  if (depthByStyle) note([...at, 'isi'], 'listDepthGuessed');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function stripMarker(text: string, marker: string): string {
  const at = text.indexOf(marker);
  return at === -1 ? text : text.slice(at + marker.length).trim();
}

/** An item stands inside every open item whose text begins left of its own. */
function depthOfItem(open: number[], hints: BlockHints): number {
  while (open.length > 0 && open[open.length - 1] >= hints.indent) open.pop();
  const depth = open.length;
  open.push(hints.indent);
  return depth;
}

/** A paragraph belongs to the innermost open item whose text it is aligned with (or right of). */
function depthOfParagraph(open: number[], hints: BlockHints): number {
  while (open.length > 0 && open[open.length - 1] > hints.indent + 1) open.pop();
  return open.length;
}

function styleDepth(marker: string): number {
  return Math.max(0, MARKER_STYLES.findIndex((style) => style.test(marker)));
}

/** Rows as the markup's table: a row a line, cells between bars, a rule under the header. */
function markupTable(rows: Row[]): string[] {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '/')).join(' | ')} |`;
  const [header, ...rest] = rows;
  return [line(header.cells), `|${header.cells.map(() => '---').join('|')}|`, ...rest.map((row) => line(row.cells))];
}
