/**
 * `naskah check --perbaiki`: what pasting from Word or a PDF leaves in a data file, cleaned where that is
 * safe — soft hyphens and zero-width characters removed, non-breaking spaces made spaces, "1–3" written
 * "1-3", bullets and manual markers ("• ", "a. ") taken off the start of items. The file is edited in the
 * YAML parser's concrete syntax tree, character by character inside the texts, so comments, quoting and
 * layout stay as they were; it is written atomically, and only when something changed.
 */
import { Composer, CST, isMap, isSeq, LineCounter, Parser, type Document, type Scalar } from 'yaml';
import type { FixKind } from '../check/messages';
import { PASTED_MARKER } from '../check/rules/item-marker';
import { readYamlText } from '../data/load';
import { writeFilesAtomically } from '../output/files';

/** One kind of change made, with how often, at the start of the text it was made in. */
export interface Fix {
  file: string;
  line: number;
  column: number;
  path: (string | number)[];
  kind: FixKind;
  count: number;
  /** The marker taken off, for pasted-marker. */
  found?: string;
}

const CHARACTER_FIXES: { kind: Fix['kind']; pattern: RegExp; replacement: string }[] = [
  { kind: 'soft-hyphen', pattern: /\u00AD/g, replacement: '' },
  { kind: 'zero-width', pattern: /[\u200B-\u200D\u2060\uFEFF]/g, replacement: '' },
  { kind: 'no-break-space', pattern: /[\u00A0\u202F\u2007]/g, replacement: ' ' },
  { kind: 'en-dash-range', pattern: /(\d)[ \u00A0]?–[ \u00A0]?(\d)/g, replacement: '$1-$2' },
];

/** The items whose start can carry a pasted bullet or marker. */
const ITEM_LISTS = [['menimbang'], ['mengingat'], ['memperhatikan'], ['diktum']];

type ScalarToken = CST.FlowScalar | CST.BlockScalar;

/** Fixes the file in place and says what it changed; an empty list when there was nothing to fix. */
export function fixDataFile(file: string): Fix[] {
  const text = readYamlText(file);
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const [doc] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  if (!doc || doc.errors.length > 0) return [];
  const fixes: Fix[] = [];
  const place = (token: ScalarToken, path: (string | number)[]) => {
    const { line, col } = lineCounter.linePos(contentOffset(token));
    return { file, line, column: col, path };
  };

  // Markers first: the item paths are known from the document, whatever the characters around.
  for (const list of ITEM_LISTS) for (const [path, token] of itemTokens(doc, list)) stripMarker(token, path);
  for (const schedule of appendixPaths(doc)) {
    for (let a = 0; a < itemCount(doc, [...schedule, 'kegiatan']); a++) {
      const activity = [...schedule, 'kegiatan', a];
      const name = scalarToken(doc.getIn([...activity, 'nama'], true));
      if (name) stripMarker(name, [...activity, 'nama']);
      for (const [path, token] of itemTokens(doc, [...activity, 'sub_kegiatan'], 'uraian')) stripMarker(token, path);
    }
  }

  for (const token of tokens) {
    if (token.type !== 'document') continue;
    CST.visit(token, ({ key, value }) => {
      for (const part of [key, value]) if (isScalarToken(part)) fixCharacters(part);
    });
  }
  if (fixes.length === 0) return [];
  writeFilesAtomically([{ target: file, bytes: Buffer.from(tokens.map((token) => CST.stringify(token)).join('')) }]);
  return fixes.sort((a, b) => a.line - b.line || a.column - b.column);

  function stripMarker(token: ScalarToken, path: (string | number)[]) {
    const opening = token.type === 'block-scalar' ? /^(\s*)/ : /^(["']?)/;
    const start = opening.exec(token.source)![0].length;
    const marker = PASTED_MARKER.exec(token.source.slice(start));
    if (!marker) return;
    fixes.push({ ...place(token, path), kind: 'pasted-marker', count: 1, found: marker[0].trim() });
    token.source = token.source.slice(0, start) + token.source.slice(start + marker[0].length);
  }

  function fixCharacters(token: ScalarToken) {
    for (const { kind, pattern, replacement } of CHARACTER_FIXES) {
      const count = token.source.match(pattern)?.length ?? 0;
      if (count === 0) continue;
      fixes.push({ ...place(token, pathOf(token)), kind, count });
      token.source = token.source.replace(pattern, replacement);
    }
  }

  function pathOf(token: ScalarToken): (string | number)[] {
    let found: (string | number)[] = [];
    const search = (node: unknown, path: (string | number)[]): void => {
      const item = node as { srcToken?: unknown; items?: { key?: { value?: unknown }; value?: unknown }[] } | null;
      if (!item || found.length > 0) return;
      if (item.srcToken === token) found = path;
      item.items?.forEach((entry, i) => {
        if ('key' in entry && entry.key !== undefined) search(entry.value, [...path, String((entry.key as { value?: unknown }).value)]);
        else search(entry, [...path, i]);
      });
    };
    search(doc.contents, []);
    return found;
  }
}

/** `lampiran` as one appendix or a list of them: the path of each. */
function appendixPaths(doc: Document): (string | number)[][] {
  const appendices = doc.get('lampiran', true);
  if (isSeq(appendices)) return appendices.items.map((_, i) => ['lampiran', i]);
  return isMap(appendices) ? [['lampiran']] : [];
}

function itemCount(doc: Document, list: (string | number)[]): number {
  const node = doc.getIn(list, true);
  return isSeq(node) ? node.items.length : 0;
}

function itemTokens(doc: Document, list: (string | number)[], field?: string): [(string | number)[], ScalarToken][] {
  const node = doc.getIn(list, true) as { items?: unknown[] } | undefined;
  return (node?.items ?? []).flatMap((_, i) => {
    const path = field ? [...list, i, field] : [...list, i];
    const token = scalarToken(doc.getIn(path, true));
    return token ? [[path, token] as [(string | number)[], ScalarToken]] : [];
  });
}

function scalarToken(node: unknown): ScalarToken | undefined {
  const token = (node as Scalar | undefined)?.srcToken;
  return isScalarToken(token) ? token : undefined;
}

function isScalarToken(token: unknown): token is ScalarToken {
  const type = (token as { type?: string } | undefined)?.type;
  return type === 'scalar' || type === 'single-quoted-scalar' || type === 'double-quoted-scalar' || type === 'block-scalar';
}

/** Where the text of a scalar starts: after a block scalar's header line. */
function contentOffset(token: ScalarToken): number {
  if (token.type !== 'block-scalar') return token.offset;
  const last = token.props[token.props.length - 1] as CST.SourceToken;
  return last.offset + last.source.length;
}
