/**
 * The light markup of a text appendix (a technical guideline), as a clerk types it:
 *
 *   # Pendahuluan              a chapter: BAB I, II, … and its title, centred (numbered by naskah)
 *   ## Latar Belakang          a section: A., B., … (lettered by naskah, again in every chapter)
 *   1. Item                    a list item; its marker is kept as typed (1. a. 1) a) - •) and its
 *      a. Sub-item             depth follows the indentation, so a clerk nests by indenting
 *   | NO | URAIAN |            a table: a row a line, cells between bars; a line of dashes is skipped
 *
 * Lines of one paragraph or item are joined; an empty line ends it. A paragraph indented under an
 * item belongs to that item. Inline, _italic_ and *bold* (see inline.ts).
 */

type TextNode =
  | { kind: 'chapter'; title: string; line: number }
  | { kind: 'section'; title: string; line: number }
  /** Depth 0 is the chapter's (or section's) own text; depth n stands under an item of depth n - 1. */
  | { kind: 'paragraph'; text: string; depth: number; line: number }
  | { kind: 'item'; marker: string; text: string; depth: number; line: number }
  | { kind: 'table'; rows: string[][]; depth: number; line: number };

const CHAPTER = /^#(?!#)\s*(.*)$/;
const SECTION = /^##(?!#)\s*(.*)$/;
/** 1.  12.  a.  aa.  1)  a)  (1)  (a)  -  • */
const ITEM = /^(\(?(?:\d{1,3}|[a-z]{1,2})[.)]|-|•)\s+(.*)$/;
const TABLE_ROW = /^\|(.*)\|?\s*$/;
const TABLE_RULE = /^\|?[\s:|-]+\|?\s*$/;

/** One line's indentation, a tab counting as four spaces. */
function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4;
    else break;
  }
  return width;
}

export function parseMarkup(source: string): TextNode[] {
  const nodes: TextNode[] = [];
  /** Indentation of the markers of the open items, outermost first. */
  const open: number[] = [];
  /** The node that the next non-empty line continues, if any. */
  let current: Extract<TextNode, { kind: 'paragraph' | 'item' }> | undefined;
  let table: Extract<TextNode, { kind: 'table' }> | undefined;

  /**
   * Depth of a block that starts at this indentation: under every open item whose marker stands left of
   * it. An item at an open item's indentation (or left of it) is its sibling (or an outer item's).
   */
  const depthAt = (indent: number): number => {
    while (open.length > 0 && open[open.length - 1] >= indent) open.pop();
    return open.length;
  };

  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    const indent = indentOf(raw);
    if (text === '') {
      current = undefined;
      table = undefined;
      return;
    }
    const chapter = indent === 0 ? CHAPTER.exec(text) : null;
    const section = indent === 0 ? SECTION.exec(text) : null;
    if (chapter || section) {
      nodes.push({ kind: chapter ? 'chapter' : 'section', title: (chapter ?? section)![1].trim(), line });
      open.length = 0;
      current = undefined;
      table = undefined;
      return;
    }
    if (TABLE_ROW.test(text)) {
      current = undefined;
      if (TABLE_RULE.test(text) && table) return;
      const cells = text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
      if (table) table.rows.push(cells);
      else {
        table = { kind: 'table', rows: [cells], depth: depthAt(indent), line };
        nodes.push(table);
      }
      return;
    }
    table = undefined;
    const item = ITEM.exec(text);
    if (item) {
      const depth = depthAt(indent);
      open.push(indent);
      current = { kind: 'item', marker: item[1], text: item[2].trim(), depth, line };
      nodes.push(current);
      return;
    }
    if (current) {
      current.text = `${current.text} ${text}`;
      return;
    }
    current = { kind: 'paragraph', text, depth: depthAt(indent), line };
    nodes.push(current);
  });
  return nodes;
}
