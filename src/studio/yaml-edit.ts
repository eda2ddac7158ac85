/**
 * Writes edited data back into the text of a data file, changing only the values that changed. The file
 * is edited in the YAML parser's concrete syntax tree, as `naskah next` does: comments, quoting, line
 * folding and key order of everything untouched stay exactly as the office wrote them. A moved list item
 * takes its own comments along, except the labels "# 1", "# 2", ... that number a list's items, which are
 * numbered again; a new item or key is written in the file's indentation.
 */
import { isDeepStrictEqual } from 'node:util';
import { CST, Document, Parser, parse, visit, type DocumentOptions, type ParseOptions, type Scalar, type SchemaOptions } from 'yaml';
import { NaskahError } from '../problems/problem';

type Item = CST.BlockMap['items'][number] | CST.BlockSequence['items'][number];
type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Options under which data files are read (src/data/load.ts): what is written must read back the same. */
const READ_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { schema: 'core', customTags: [], resolveKnownTags: false, uniqueKeys: true };
/** Folded texts are wrapped at this column, as in the sample. */
const WRAP_COLUMN = 100;

export function readData(text: string): unknown {
  return parse(text.replace(/^\uFEFF/, ''), READ_OPTIONS);
}

/** The text of `file` with `data` in place of what it holds now; refuses rather than writing a text that would read back differently. */
export function editYamlText(file: string, text: string, data: unknown): string {
  const edited = editedText(file, text, data);
  if (!readsBackAs(edited, data)) throw editFailed(file);
  return edited;
}

/** The edited text unverified, for a caller that parses it anyway and compares with `readsAs`. */
export function editedText(file: string, text: string, data: unknown): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const tokens = [...new Parser().parse(text.slice(bom.length))];
  const document = tokens.find((token): token is CST.Document => token.type === 'document');
  if (!document?.value) throw new NaskahError([{ file, key: 'file-empty' }]);
  const old = dataOf(text);
  document.value = replaceValue(document.value, old, data as JsonValue) ?? parseValue(data as JsonValue, 0);
  return bom + tokens.map((token) => CST.stringify(token)).join('');
}

/** The edit read back as other data than it was given: a fault of the editor, never written. */
export function editFailed(file: string): NaskahError {
  return new NaskahError([{ file, key: 'internal-error', detail: 'yaml-edit' }]);
}

/**
 * The data of the file's text as last edited: the studio's preview edits the same text of the file at
 * every change of a field, and reading it is a parse of the whole file. Only compared, never changed.
 */
let lastEdited: { text: string; data: unknown } | undefined;

function dataOf(text: string): unknown {
  if (lastEdited?.text !== text) lastEdited = { text, data: readData(text) };
  return lastEdited.data;
}

function readsBackAs(text: string, data: unknown): boolean {
  try {
    return isDeepStrictEqual(readData(text), data);
  } catch {
    return false;
  }
}

/**
 * The token edited in place to hold `next`, or undefined where it cannot be (a list became a text, say):
 * the caller then writes that value afresh.
 */
function replaceValue(token: CST.Token, old: unknown, next: JsonValue): CST.Token | undefined {
  if (isDeepStrictEqual(old, next)) return token;
  if (token.type === 'block-map' && isRecord(old) && isRecord(next)) return editMap(token, old, next);
  if (token.type === 'block-seq' && Array.isArray(old) && Array.isArray(next)) return editSequence(token, old, next);
  if (token.type === 'flow-collection' && next !== null && typeof next === 'object' && Object.values(next).every(isScalarValue)) {
    return { type: 'scalar', offset: token.offset, indent: token.indent, source: flowText(next), end: token.end.slice(1) } as CST.FlowScalar;
  }
  if (isScalarToken(token) && isScalarValue(next)) return editScalar(token, next);
  return undefined;
}

function editMap(token: CST.BlockMap, old: Record<string, unknown>, next: Record<string, JsonValue>): CST.BlockMap {
  const kept: Item[] = [];
  const present = new Set<string>();
  for (const item of token.items) {
    const key = item.key ? CST.resolveAsScalar(item.key)?.value : undefined;
    // Comment lines after the last key are an item without a key: they stay.
    if (key === undefined || key === null) kept.push(item);
    if (key === undefined || key === null || !(key in next)) continue;
    present.add(key);
    const value = item.value && replaceValue(item.value, old[key], next[key]);
    kept.push(value ? { ...item, value } : { ...freshItem({ [key]: next[key] }, token.indent), start: item.start });
  }
  // Keys keep the file's order; a new key is added after the last one, before any closing comments.
  const closing = kept.length - [...kept].reverse().findIndex((item) => item.key || item.value);
  const added = Object.keys(next).filter((key) => !present.has(key)).map((key) => freshItem({ [key]: next[key] }, token.indent));
  kept.splice(closing > kept.length ? 0 : closing, 0, ...added);
  token.items = lineUp(kept, token.indent) as CST.BlockMap['items'];
  return token;
}

/**
 * Items of the new list matched to the old ones: an unchanged item (moved or not) keeps its tokens and
 * comments; a changed item takes the place of an old one that found no equal; the rest are new.
 */
function editSequence(token: CST.BlockSequence, old: unknown[], next: JsonValue[]): CST.BlockSequence {
  const taken = new Set<number>();
  const match: (number | undefined)[] = next.map((value, index) => {
    const same = isDeepStrictEqual(old[index], value) && !taken.has(index) ? index : old.findIndex((o, i) => !taken.has(i) && isDeepStrictEqual(o, value));
    if (same < 0) return undefined;
    taken.add(same);
    return same;
  });
  const free = old.map((_, i) => i).filter((i) => !taken.has(i));
  // Comment lines after the last item are an item without a value: they stay last.
  const closing = token.items.slice(old.length);
  const reordered = next.length !== old.length || match.some((oldIndex, index) => oldIndex !== index);
  const labels = reordered ? itemLabels(token.items.slice(0, old.length)) : undefined;
  // A blank line above a label separates the items: it stays above the label, wherever that goes.
  const blankLines = labels?.map((label) => removeLine(label.tokens, label.at)).some((blank) => blank) ?? false;
  const items = next.map((value, index): Item => {
    const oldIndex = match[index] ?? free.shift();
    if (oldIndex === undefined) return freshItem([value], token.indent);
    const item = token.items[oldIndex];
    const edited = item.value && replaceValue(item.value, old[oldIndex], value);
    return edited ? { ...item, value: edited } : { ...freshItem([value], token.indent), start: [...leadingComments(item.start), ...indicators(item.start)] };
  });
  if (labels) items.forEach((item, index) => index > 0 && addLabel(item, index + 1, token.indent, blankLines));
  token.items = lineUp([...items, ...closing], token.indent) as CST.BlockSequence['items'];
  return token;
}

/** A comment that only numbers the item below it ("# 18"): a pointer for the reader, numbered again when items move. */
const ITEM_LABEL = /^#\s*(\d+)\s*$/;

/**
 * Where the labels "# 2", "# 3", ... of the items after the first stand (the first one's stands before the
 * list, with its key), or undefined unless every such item has its own. A label is the last comment above
 * its item: in the item's own tokens, or closing the list nested in the item before it.
 */
function itemLabels(items: Item[]): { tokens: CST.SourceToken[]; at: number }[] | undefined {
  if (items.length < 2) return undefined;
  const labels: { tokens: CST.SourceToken[]; at: number }[] = [];
  for (let index = 1; index < items.length; index++) {
    const own = leadingComments(items[index].start);
    const tokens = own.some((t) => t.type === 'comment') ? own : closingTokens(items[index - 1]);
    const at = tokens.map((t) => t.type).lastIndexOf('comment');
    if (at < 0 || ITEM_LABEL.exec(tokens[at].source)?.[1] !== String(index + 1)) return undefined;
    // The item's own comments are a copy (leadingComments): the label is taken out of its tokens.
    if (tokens === own) {
      labels.push({ tokens: items[index].start, at });
      continue;
    }
    labels.push({ tokens, at });
  }
  return labels;
}

/** The comment lines that close the lists nested last in an item (see dropTrailingIndent). */
function closingTokens(item: Item): CST.SourceToken[] {
  let value: CST.Token | undefined = item.value;
  let tokens: CST.SourceToken[] = [];
  while (value && (value.type === 'block-map' || value.type === 'block-seq') && value.items.length > 0) {
    const last: Item = value.items[value.items.length - 1];
    if (!last.value && !last.key) tokens = last.start;
    value = last.value;
  }
  return tokens;
}

/** Takes out the line of the token at `at` (its indentation, the token, its line break) and the blank lines above it; whether there were any. */
function removeLine(tokens: CST.SourceToken[], at: number): boolean {
  let from = tokens[at - 1]?.type === 'space' ? at - 1 : at;
  const to = tokens[at + 1]?.type === 'newline' ? at + 2 : at + 1;
  let breaks = 0;
  while (tokens[from - breaks - 1]?.type === 'newline') breaks++;
  // The first of the line breaks ends the line above, unless that line is outside these tokens.
  const blank = from - breaks === 0 ? breaks : breaks - 1;
  from -= blank;
  tokens.splice(from, to - from);
  return blank > 0;
}

/** Writes the label "# n" on its own line just above the item's marker, after a blank line when the labels had one. */
function addLabel(item: Item, number: number, indent: number, blankLine: boolean): void {
  const at = item.start.findIndex((t) => t.type === 'seq-item-ind');
  const newline: CST.SourceToken = { type: 'newline', offset: -1, indent, source: '\n' };
  const line: CST.SourceToken[] = [{ type: 'comment', offset: -1, indent, source: `# ${number}` }, newline, { type: 'space', offset: -1, indent, source: ' '.repeat(indent) }];
  const above = [...(blankLine && item.start[0]?.type !== 'newline' ? [newline] : []), ...item.start.slice(0, at)];
  // After a line break the label needs its indentation; at the very start, lineUp gives it.
  const indentation: CST.SourceToken[] = above.at(-1)?.type === 'newline' ? [{ type: 'space', offset: -1, indent, source: ' '.repeat(indent) }] : [];
  item.start = [...above, ...indentation, ...line, ...item.start.slice(at)];
}

/** The indentation before each item: the first stands where its collection starts, the others on their own lines. */
function lineUp(items: Item[], indent: number): Item[] {
  items.forEach(dropTrailingIndent);
  return items.map((item, index) => {
    const start = [...item.start];
    while (start[0]?.type === 'space') start.shift();
    // An item after a blank line brings its indentation after that line.
    if (index > 0 && start[0]?.type !== 'newline') start.unshift({ type: 'space', offset: -1, indent: 0, source: ' '.repeat(indent) });
    return { ...item, start };
  });
}

/**
 * Comment lines closing a nested list ("# 18" above the next activity) end with the indentation of the
 * line after them, which belongs to whatever follows; every item is indented afresh here or by the
 * enclosing collection, so the old indentation goes (or it would count twice, and read as a child).
 */
function dropTrailingIndent(item: Item): void {
  let tokens: CST.SourceToken[] = item.sep?.length ? item.sep : item.start;
  let value: CST.Token | undefined = item.value;
  while (value) {
    if ((value.type === 'block-map' || value.type === 'block-seq') && value.items.length > 0) {
      const last: Item = value.items[value.items.length - 1];
      tokens = last.sep?.length ? last.sep : last.start;
      value = last.value;
    } else {
      tokens = 'end' in value && Array.isArray(value.end) ? value.end : [];
      value = undefined;
    }
  }
  if (tokens.at(-1)?.type === 'space' && tokens.at(-2)?.type === 'newline') tokens.pop();
}

/** Comment lines (and blank lines) written above an item, without the indicator that starts it. */
function leadingComments(start: CST.SourceToken[]): CST.SourceToken[] {
  const end = start.findIndex((token) => token.type === 'seq-item-ind');
  return end < 0 ? start : start.slice(0, end);
}

function indicators(start: CST.SourceToken[]): CST.SourceToken[] {
  const from = start.findIndex((token) => token.type === 'seq-item-ind');
  return from < 0 ? [] : start.slice(from);
}

/** One key and value, or one list item, written at `indent` as the yaml library writes it, with short number lists on one line. */
function freshItem(value: JsonValue, indent: number): Item {
  const collection = parseValue(value, indent) as CST.BlockMap | CST.BlockSequence;
  return collection.items[0];
}

function parseValue(value: JsonValue, indent: number): CST.Token {
  const document = new Document(value);
  visit(document, {
    Seq: (_key, node) => {
      if (node.items.every((item) => typeof (item as Scalar).value === 'number')) node.flow = true;
    },
  });
  const text = document
    .toString({ lineWidth: WRAP_COLUMN - indent, minContentWidth: 40, blockQuote: 'folded', flowCollectionPadding: false })
    .replace(/^(?=.)/gm, ' '.repeat(indent));
  const [token] = [...new Parser().parse(text)].filter((t): t is CST.Document => t.type === 'document');
  return token.value!;
}

function editScalar(token: CST.FlowScalar | CST.BlockScalar, value: string | number | boolean | null): CST.Token {
  // The text of a value stands one level deeper than its key or list marker.
  const bodyIndent = token.indent + 2;
  if (typeof value !== 'string') {
    CST.setScalarValue(token, value === null ? 'null' : String(value), { type: 'PLAIN', afterKey: true });
    return token;
  }
  if (token.type === 'block-scalar') {
    const header = (token.props.find((prop) => prop.type === 'block-scalar-header') as CST.SourceToken | undefined)?.source ?? '';
    const lines = header === '>-' ? foldedLines(value, WRAP_COLUMN - bodyIndent) : undefined;
    if (lines) token.source = lines.map((line) => `${' '.repeat(bodyIndent)}${line}\n`).join('');
    else CST.setScalarValue(token, value, { afterKey: true });
    return token;
  }
  if (token.type === 'scalar' && !readsAsText(value)) CST.setScalarValue(token, value, { type: 'QUOTE_DOUBLE', afterKey: true });
  else CST.setScalarValue(token, value, { afterKey: true });
  return token;
}

/** One paragraph wrapped between words, or undefined when folding would change it (line breaks, runs of spaces). */
function foldedLines(value: string, width: number): string[] | undefined {
  if (!/^\S(.*\S)?$/.test(value) || /\s\s|[\n\t]/.test(value)) return undefined;
  const lines: string[] = [];
  for (const word of value.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Whether the text can stand unquoted and still read back as the same text (not a number, a list, a comment). */
function readsAsText(value: string): boolean {
  if (!value || value !== value.trim() || value.includes('\n')) return false;
  try {
    return parse(`- ${value}`, READ_OPTIONS)?.[0] === value;
  } catch {
    return false;
  }
}

function flowText(value: JsonValue): string {
  const scalar = (v: JsonValue) => (typeof v === 'string' && !(readsAsText(v) && !/[,[\]{}]/.test(v)) ? JSON.stringify(v) : String(v));
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, JsonValue>).map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')} }`;
}

function isScalarToken(token: CST.Token): token is CST.FlowScalar | CST.BlockScalar {
  return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar' || token.type === 'block-scalar';
}

function isScalarValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
