/**
 * Styled pieces of text (DOCX runs, PDF words) → the data's inline markup, `_italic_`, which parseInline
 * reads back; with `bold`, also `*bold*`, which only a text appendix knows.
 */

export interface Segment {
  text: string;
  italic: boolean;
  bold?: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Adjacent pieces of one style are joined first. The spaces at the edges of a styled piece go outside
 * the marks, and a styled piece glued to letters (part of a word) stays plain, because the markup can
 * only open and close at a word's edge. Literal marks are escaped.
 */
export function segmentsToMarkup(segments: Segment[], options: { bold?: boolean } = {}): string {
  const boldOf = (segment: Segment) => !!options.bold && !!segment.bold;
  const joined: Segment[] = [];
  for (const segment of segments) {
    const last = joined[joined.length - 1];
    if (last && last.italic === segment.italic && boldOf(last) === boldOf(segment)) last.text += segment.text;
    else if (segment.text) joined.push({ ...segment, bold: boldOf(segment) });
  }
  let markup = '';
  joined.forEach((segment, index) => {
    let text = segment.text.replace(/_/g, '\\_');
    if (options.bold) text = text.replace(/\*/g, '\\*');
    const [, before, inner, after] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? ['', '', text, ''];
    const glued = (!before && WORD_CHARACTER.test(markup.slice(-1))) || (!after && WORD_CHARACTER.test(joined[index + 1]?.text[0] ?? ''));
    if (!inner || glued) {
      markup += text;
      return;
    }
    const italic = segment.italic ? `_${inner}_` : inner;
    markup += `${before}${segment.bold ? `*${italic}*` : italic}${after}`;
  });
  return markup;
}
