/** Styled pieces of text (DOCX runs) → the data's inline markup, `_italic_`, which parseInline reads back. */

export interface Segment {
  text: string;
  italic: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Adjacent pieces of one style are joined first. The spaces at the edges of an italic piece go outside
 * the underscores, and an italic piece glued to letters (part of a word) stays plain, because the
 * markup can only open and close italics at a word's edge. Literal underscores are escaped.
 */
export function segmentsToMarkup(segments: Segment[]): string {
  const joined: Segment[] = [];
  for (const segment of segments) {
    const last = joined[joined.length - 1];
    if (last && last.italic === segment.italic) last.text += segment.text;
    else if (segment.text) joined.push({ ...segment });
  }
  let markup = '';
  joined.forEach((segment, index) => {
    const text = segment.text.replace(/_/g, '\\_');
    const [, before, inner, after] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? ['', '', text, ''];
    const glued = (!before && WORD_CHARACTER.test(markup.slice(-1))) || (!after && WORD_CHARACTER.test(joined[index + 1]?.text[0] ?? ''));
    markup += segment.italic && inner && !glued ? `${before}_${inner}_${after}` : text;
  });
  return markup;
}
