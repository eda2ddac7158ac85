/** Inline markup of the data: _words between underscores_ are italic; "\_" is a literal underscore. */
import type { Run } from '../layout/model';

const ESCAPED_UNDERSCORE = '\u0000';
/** An underscore that opens at a word's start and closes at a word's end. */
const ITALIC = /(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu;

export function parseInline(text: string): Run[] {
  const source = text.replace(/\\_/g, ESCAPED_UNDERSCORE);
  const runs: Run[] = [];
  let last = 0;
  for (const match of source.matchAll(ITALIC)) {
    const start = match.index + match[1].length;
    pushRun(runs, source.slice(last, start), false);
    pushRun(runs, match[2], true);
    last = match.index + match[0].length;
  }
  pushRun(runs, source.slice(last), false);
  return runs;
}

function pushRun(runs: Run[], text: string, italic: boolean): void {
  if (!text) return;
  const plain = text.replaceAll(ESCAPED_UNDERSCORE, '_');
  runs.push(italic ? { text: plain, italic } : { text: plain });
}

/** The text of runs without markup, e.g. to compare with what a reader sees. */
export function plainText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}
