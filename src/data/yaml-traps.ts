/**
 * The mistakes clerks make when they type YAML, each told by its real cause in one message instead of
 * the parser's cascade: a missing colon or "- ", an indentation one space off, a tab, and a text that
 * YAML reads as something else because of its ": ", a leading "- " or "[" (such a text must be quoted).
 */
import type { Problem } from '../problems/problem';

export interface ParserError {
  code: string;
  message: string;
  /** 1-based, as the parser's line counter gives them. */
  line: number;
  column: number;
}

/** A field name, then its value on the same line. */
const KEY_LINE = /^(\s*(?:-\s+)?)([\p{L}_][\p{L}\p{N}_]*):(?:\s+(.*))?$/u;
/** A value that opens a quoted text, a flow collection, a block text or a comment: not plain text. */
const NOT_PLAIN = /^["'{|>#&*!]/;

/** The trap behind the parser's errors, or undefined when they are not one of the known mistakes. */
export function yamlTrap(file: string, text: string, errors: ParserError[]): Problem | undefined {
  const lines = text.split(/\r?\n/);
  const tab = errors.find((error) => error.code === 'TAB_AS_INDENT');
  if (tab) return { file, line: tab.line, column: 1, key: 'yaml-tab' };
  const [first] = errors;
  if (!first) return undefined;
  const at = first.line - 1;
  const line = lines[at] ?? '';
  const trap = (key: Problem['key'], index: number, found: string, detail?: string): Problem => ({
    file,
    line: index + 1,
    column: indentOf(lines[index]) + 1,
    key,
    found,
    ...(detail !== undefined && { detail }),
  });

  const keyLine = KEY_LINE.exec(line);
  const value = keyLine?.[3]?.replace(/\s+#.*$/, '') ?? '';
  if (keyLine && value && !NOT_PLAIN.test(value)) {
    const quoted = `${keyLine[1].trim() ? `${keyLine[1].trim()} ` : ''}${keyLine[2]}: "${value.replace(/["\\]/g, '\\$&')}"`;
    if (/:\s/.test(value)) return trap('yaml-colon-in-text', at, quoted);
    if (/^-\s/.test(value)) return trap('yaml-text-start', at, quoted, '- ');
  }
  // "- [Draf] bahwa …" or "tentang: [Draf] …": a flow list the text goes on after.
  const bracket = /^(\s*(?:-\s+)?(?:[\p{L}_][\p{L}\p{N}_]*:\s+)?)(\[.*)$/u.exec(line);
  if (bracket && first.code === 'UNEXPECTED_TOKEN') {
    return trap('yaml-text-start', at, `${bracket[1].trim()} "${bracket[2].replace(/["\\]/g, '\\$&')}"`, '[');
  }

  // An indentation one space off: the line itself, or the one after (the parser stops at the line before).
  for (const index of [at, at + 1]) {
    const previous = previousContent(lines, index);
    if (!isContent(lines[index]) || previous < 0) continue;
    const shift = indentOf(lines[index]) - indentOf(lines[previous]);
    if (Math.abs(shift) === 1 && !opensBlock(lines[previous])) {
      return trap('yaml-indent-off', index, String(indentOf(lines[index])), String(indentOf(lines[previous])));
    }
  }

  const trimmed = line.trim();
  if (first.code === 'MULTILINE_IMPLICIT_KEY' && !trimmed.includes(':') && !trimmed.startsWith('-')) {
    return trap('yaml-missing-colon', at, trimmed.replace(/\s+/, ': '));
  }
  // An item without its "- ", under items that have one at the same indentation.
  if (isContent(line) && !trimmed.startsWith('-') && !KEY_LINE.test(line)) {
    let sibling = at - 1;
    while (sibling >= 0 && !(isContent(lines[sibling]) && indentOf(lines[sibling]) <= indentOf(line))) sibling--;
    if (sibling >= 0 && indentOf(lines[sibling]) === indentOf(line) && lines[sibling].trim().startsWith('- ')) {
      return trap('yaml-missing-dash', at, `- ${trimmed}`);
    }
  }
  return undefined;
}

function indentOf(line = ''): number {
  return /^ */.exec(line)![0].length;
}

function isContent(line: string | undefined): boolean {
  const trimmed = line?.trim() ?? '';
  return trimmed !== '' && !trimmed.startsWith('#');
}

function previousContent(lines: string[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (isContent(lines[i])) return i;
  return -1;
}

/** A line after which the next is indented deeper by any amount: "key:" or a block text ("key: >-"). */
function opensBlock(line: string): boolean {
  return /(:|[|>][+-]?)\s*(#.*)?$/.test(line.trim());
}
