/**
 * Inline markup of the data: _words between underscores_ are italic; "\_" is a literal underscore.
 * In a text appendix also *words between asterisks* are bold ("\*" a literal asterisk); elsewhere an
 * asterisk is only an asterisk, as it always was.
 */
import type { Run } from '../layout/model';

const ESCAPED_UNDERSCORE = '\u0000';
const ESCAPED_ASTERISK = '\u0001';
/** A mark that opens at a word's start and closes at a word's end. */
const delimited = (mark: string) => new RegExp(`(^|[^\\p{L}\\p{N}${mark}])${mark}(?=\\S)(.+?)(?<=\\S)${mark}(?![\\p{L}\\p{N}])`, 'gu');
const ITALIC = delimited('_');
const BOLD = delimited('\\*');

export function parseInline(text: string, options: { bold?: boolean } = {}): Run[] {
  const source = text.replace(/\\_/g, ESCAPED_UNDERSCORE);
  if (!options.bold) return italicRuns(source, false);
  return splitMarked(source.replace(/\\\*/g, ESCAPED_ASTERISK), BOLD).flatMap(([piece, bold]) => italicRuns(piece, bold));
}

function italicRuns(source: string, bold: boolean): Run[] {
  return splitMarked(source, ITALIC).flatMap(([piece, italic]): Run[] => {
    const plain = piece.replaceAll(ESCAPED_UNDERSCORE, '_').replaceAll(ESCAPED_ASTERISK, '*');
    return plain ? [{ text: plain, ...(italic ? { italic } : {}), ...(bold ? { bold } : {}) }] : [];
  });
}

/** The text cut into pieces, each with whether the mark surrounds it. */
function splitMarked(source: string, mark: RegExp): [string, boolean][] {
  const pieces: [string, boolean][] = [];
  let last = 0;
  for (const match of source.matchAll(mark)) {
    const start = match.index + match[1].length;
    pieces.push([source.slice(last, start), false], [match[2], true]);
    last = match.index + match[0].length;
  }
  pieces.push([source.slice(last), false]);
  return pieces.filter(([piece]) => piece !== '');
}

/** The text of runs without markup, e.g. to compare with what a reader sees. */
export function plainText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}
