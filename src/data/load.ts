/**
 * Reads a decree's YAML file into plain data, keeping where every value stands in the file.
 * A data file passes through many hands, so everything that is not plain UTF-8 YAML of plain values
 * within the limits below is refused here with a message, before any of it reaches a template or a renderer.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { yamlTrap } from './yaml-traps';
import { readProblem } from '../problems/file-system';
import { NaskahError, type Problem } from '../problems/problem';

/** Far above any real decree (the sample is 20 kB, 32 activities), low enough that a build stays quick and small. */
export const LIMITS = {
  /** A real decree is a few dozen kilobytes. */
  fileBytes: 5 * 1024 * 1024,
  /** Levels of nesting; the decree's own data nests five deep. */
  depth: 16,
  /** Characters of one text, e.g. one consideration: some fifteen printed pages. */
  textChars: 50_000,
  /** Characters of a text appendix (`isi`): a guideline of some hundred pages. */
  appendixTextChars: 400_000,
  /** Items of one list: considerations, dictums, activities, sub-activities of one activity. */
  listItems: 500,
  /** Rows of the appendix table (sub-activities of all activities together); a schedule's row of month cells is heavy to lay out. */
  scheduleRows: 5_000,
  /** Rows of all table appendices together (the members of a regency's polling-station committees run to thousands). */
  tableRows: 20_000,
  /** Characters of all texts together. */
  totalChars: 2_000_000,
  /** Problems listed for one file; the rest are counted. */
  problems: 50,
} as const;

/**
 * Characters that every typeface the PDF may embed (TeX Gyre Bonum, Liberation Sans, the bundled Noto
 * Serif) can print. Anything else would print as a blank or a box, so it is refused by name instead.
 */
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a], // tab, line break
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xac], // Latin-1 (without the invisible soft hyphen)
  [0xae, 0xff],
  [0x100, 0x137], // Latin Extended-A, without ĸ ŉ Ŧ ŧ
  [0x139, 0x148],
  [0x14a, 0x165],
  [0x168, 0x17f],
  [0x218, 0x21b], // Ș ș Ț ț
  [0x2be, 0x2bf], // ʾ ʿ of transliterated Arabic names
  [0x2c6, 0x2c7], // spacing accents
  [0x2d8, 0x2dd],
  [0x300, 0x304], // combining accents
  [0x306, 0x30c],
  [0x323, 0x323], // combining dot below
  [0x391, 0x3a1], // Greek letters
  [0x3a3, 0x3a9],
  [0x3b1, 0x3c9],
  [0x1e0c, 0x1e0f], // transliteration: ḍ ḏ ḥ ḫ ḷ ṣ ṭ ṯ ẓ
  [0x1e24, 0x1e25],
  [0x1e2a, 0x1e2b],
  [0x1e36, 0x1e37],
  [0x1e62, 0x1e63],
  [0x1e6c, 0x1e6f],
  [0x1e92, 0x1e93],
  [0x1ea0, 0x1ef9], // Vietnamese
  [0x2010, 0x2010], // hyphen, dashes, quotes, daggers, bullet, ellipsis, per mille, angle quotes
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2020, 0x2022],
  [0x2026, 0x2026],
  [0x2030, 0x2030],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2212, 0x2212], // minus
];

const hex = (code: number) => `\\u{${code.toString(16)}}`;
const NOT_PRINTABLE = new RegExp(`[^${PRINTABLE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'gu');
/** Control and format characters (bidi overrides, zero-width spaces), lone surrogates, and the mark of a bad conversion. */
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}\uFFFD]/u;
/** Characters named in one message. */
const NAMED_CHARACTERS = 5;

export type FieldPath = (string | number)[];

interface SourcePosition {
  line: number;
  column: number;
}

export interface LoadedSource {
  file: string;
  /** The file's text as read, for rules on what the data cannot hold (comments). */
  text: string;
  /** The file as the YAML parser read it (comments, quoting, ranges), for the same rules. */
  document: Document;
  data: unknown;
  /**
   * Position of the value at `path`, or of its nearest ancestor that exists in the file; with `within`,
   * of that text inside the value where it stands there as written (a misspelt word on its own line).
   */
  locate(path: FieldPath, within?: string): SourcePosition;
}

export function loadYamlFile(file: string): LoadedSource {
  return parseYamlText(file, readYamlText(file));
}

/** The text of a data file, refused unless it is an ordinary file of UTF-8 text within the size limit. */
export function readYamlText(file: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new NaskahError([{ file, key: 'file-is-folder' }]);
    // A pipe or a device may never end (or never start): only ordinary files are read.
    if (!stat.isFile()) throw new NaskahError([{ file, key: 'file-not-regular' }]);
    if (stat.size > LIMITS.fileBytes) throw tooLarge(file, stat.size);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof NaskahError) throw error;
    throw new NaskahError([readProblem(file, error)]);
  }
  return decodeText(file, bytes);
}

function tooLarge(file: string, size: number): NaskahError {
  return new NaskahError([{ file, key: 'file-too-large', detail: `${size}`, limit: LIMITS.fileBytes }]);
}

function decodeText(file: string, bytes: Buffer): string {
  // Notepad's "Unicode" is UTF-16: a byte-order mark, then a NUL beside every Latin letter.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NaskahError([{ file, line: 1, column: 1, key: 'file-encoding', detail: 'UTF-16' }]);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new NaskahError([{ file, ...positionIn(bytes.toString('latin1'), nul), key: 'file-binary' }]);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = bytes.toString('utf8');
    throw new NaskahError([{ file, ...positionIn(text, text.indexOf('\uFFFD')), key: 'file-encoding', detail: 'UTF-8' }]);
  }
}

function positionIn(text: string, index: number): SourcePosition {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

export function parseYamlText(file: string, text: string): LoadedSource {
  if (text.length > LIMITS.fileBytes) throw tooLarge(file, Buffer.byteLength(text));
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    schema: 'core',
    // No tag constructs anything: !!js/function, !!binary, !!timestamp, !custom are all refused.
    customTags: [],
    resolveKnownTags: false,
  });
  // A clerk's usual mistake is said once, by its real cause, instead of as the parser's cascade.
  const trap = yamlTrap(
    file,
    source,
    doc.errors.map((error) => ({ code: error.code, message: error.message, ...placeOf(lineCounter, error) })),
  );
  if (trap) throw new NaskahError([trap]);
  const yamlProblems = [...doc.errors, ...doc.warnings].map((error) => yamlProblem(file, lineCounter, error));
  // Too deep a nesting is reported by the parser at every level it gives up on: once is enough.
  const problems = yamlProblems.filter((problem, index) => problem.key !== 'yaml-too-deep' || yamlProblems.findIndex((p) => p.key === problem.key) === index);
  if (problems.length > 0) throw new NaskahError(problems);
  if (doc.contents === null) throw new NaskahError([{ file, key: 'file-empty' }]);

  let data: unknown;
  try {
    // A small alias budget refuses "billion laughs" documents before they expand.
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new NaskahError([{ file, line: 1, column: 1, key: 'yaml-aliases', detail: firstLine((error as Error).message) }]);
  }
  const locate = (path: FieldPath, within?: string) => locateIn(doc, lineCounter, pathAsWritten(data, path), within === undefined ? undefined : { source, text: within });
  const found = inspect(data, (path, what) => ({ file, ...locate(path), path, ...what }));
  if (found.length > 0) throw new NaskahError(found);
  return { file, text: source, document: doc, data, locate };
}

function placeOf(lineCounter: LineCounter, error: YAMLError): { line: number; column: number } {
  const { line, col: column } = lineCounter.linePos(error.pos[0]);
  return { line, column };
}

function yamlProblem(file: string, lineCounter: LineCounter, error: YAMLError): Problem {
  const place = { file, ...placeOf(lineCounter, error) };
  switch (error.code) {
    case 'TAG_RESOLVE_FAILED':
      // Named as the user wrote it: !!binary rather than tag:yaml.org,2002:binary.
      return { ...place, key: 'yaml-tag', found: /tag: (\S+)/.exec(error.message)?.[1].replace('tag:yaml.org,2002:', '!!') };
    case 'RESOURCE_EXHAUSTION':
      return { ...place, key: 'yaml-too-deep', limit: LIMITS.depth };
    case 'MULTIPLE_DOCS':
      return { ...place, key: 'yaml-multiple-documents' };
    default:
      return { ...place, key: 'yaml-syntax', detail: firstLine(error.message), yamlCode: error.code };
  }
}

type PlaceProblem = (path: FieldPath, what: Omit<Problem, 'file'>) => Problem;

/** Every value checked against the limits and for characters that cannot be printed; problems in document order. */
function inspect(data: unknown, at: PlaceProblem): Problem[] {
  const problems: Problem[] = [];
  const ancestors = new Set<object>();
  let totalChars = 0;

  const checkText = (text: string, path: FieldPath) => {
    totalChars += text.length;
    const limit = isAppendixText(path) ? LIMITS.appendixTextChars : LIMITS.textChars;
    if (text.length > limit) problems.push(at(path, { key: 'text-too-long', found: `${text.length}`, limit }));
    const unprintable = [...new Set(text.match(NOT_PRINTABLE))];
    const invisible = unprintable.filter((char) => INVISIBLE.test(char));
    const visible = unprintable.filter((char) => !INVISIBLE.test(char));
    if (invisible.length > 0) problems.push(at(path, { key: 'invisible-characters', found: nameCharacters(invisible, false) }));
    if (visible.length > 0) problems.push(at(path, { key: 'unprintable-characters', found: nameCharacters(visible, true) }));
  };

  const visit = (value: unknown, path: FieldPath): void => {
    if (typeof value === 'string') return checkText(value, path);
    if (value === null || typeof value !== 'object') return;
    // An alias inside its own anchor ("a: &a [*a]") makes data without end.
    if (ancestors.has(value)) return void problems.push(at(path, { key: 'yaml-alias-cycle' }));
    if (path.length > LIMITS.depth) return void problems.push(at(path, { key: 'yaml-too-deep', limit: LIMITS.depth }));
    ancestors.add(value);
    if (Array.isArray(value)) {
      // The rows of a table appendix have a limit of their own, counted over all its groups.
      if (value.length > LIMITS.listItems && !isTableRows(path)) problems.push(at(path, { key: 'list-too-long', found: `${value.length}`, limit: LIMITS.listItems }));
      value.forEach((item, index) => visit(item, [...path, index]));
    } else {
      for (const [key, item] of Object.entries(value)) {
        checkText(key, [...path, key]);
        visit(item, [...path, key]);
      }
    }
    ancestors.delete(value);
  };
  visit(data, []);

  const appendices = appendicesOf(data);
  appendices.forEach(({ appendix, path }) => {
    const rows = scheduleRows(appendix);
    if (rows > LIMITS.scheduleRows) problems.push(at([...path, 'kegiatan'], { key: 'too-many-rows', found: `${rows}`, limit: LIMITS.scheduleRows }));
  });
  const tableRows = appendices.reduce((sum, { appendix }) => sum + rowsOf(appendix?.baris), 0);
  if (tableRows > LIMITS.tableRows) problems.push(at(['lampiran'], { key: 'too-many-table-rows', found: `${tableRows}`, limit: LIMITS.tableRows }));
  if (totalChars > LIMITS.totalChars) problems.push(at([], { key: 'text-total-too-long', found: `${totalChars}`, limit: LIMITS.totalChars }));
  if (problems.length <= LIMITS.problems) return problems;
  const [last] = problems.slice(-1);
  return [...problems.slice(0, LIMITS.problems), { file: last.file, key: 'more-problems', found: `${problems.length - LIMITS.problems}` }];
}

/** `"م" U+0645` for a letter a terminal can show; only `U+0007` for an invisible one. */
function nameCharacters(chars: string[], show: boolean): string {
  const named = chars.slice(0, NAMED_CHARACTERS).map((char) => {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return show ? `"${char}" ${code}` : code;
  });
  return chars.length > NAMED_CHARACTERS ? `${named.join(', ')}, …` : named.join(', ');
}

type Loose = Record<string, unknown> | null | undefined;

/** The appendices, one or a list, each with its path, however the rest of the data is shaped. */
function appendicesOf(data: unknown): { appendix: Loose; path: FieldPath }[] {
  const lampiran = (data as Loose)?.lampiran;
  if (Array.isArray(lampiran)) return lampiran.map((appendix, i) => ({ appendix: appendix as Loose, path: ['lampiran', i] }));
  return lampiran && typeof lampiran === 'object' ? [{ appendix: lampiran as Loose, path: ['lampiran'] }] : [];
}

/** lampiran(.N).baris and the `baris` of its groups. */
function isTableRows(path: FieldPath): boolean {
  return path[0] === 'lampiran' && path[path.length - 1] === 'baris';
}

/** lampiran(.N).isi */
function isAppendixText(path: FieldPath): boolean {
  return path[0] === 'lampiran' && path[path.length - 1] === 'isi' && path.length <= 3;
}

/** Rows of a table appendix, in all its groups. */
function rowsOf(rows: unknown): number {
  if (!Array.isArray(rows)) return 0;
  return rows.reduce<number>((sum, row) => sum + (row && typeof row === 'object' && !Array.isArray(row) ? rowsOf((row as Loose)!.baris) : 1), 0);
}

/** Sub-activities of all activities of one appendix, counted however the rest of the data is shaped. */
function scheduleRows(appendix: Loose): number {
  const activities = appendix?.kegiatan;
  if (!Array.isArray(activities)) return 0;
  return activities.reduce<number>((sum, activity) => {
    const tasks = (activity as { sub_kegiatan?: unknown } | null)?.sub_kegiatan;
    return sum + (Array.isArray(tasks) ? tasks.length : 0);
  }, 0);
}

/**
 * The path as it stands in the file: where one value is written in place of a list of one (a single
 * `lampiran`), the list's index 0 is not in the file and is left out.
 */
export function pathAsWritten(data: unknown, path: FieldPath): FieldPath {
  const written: FieldPath = [];
  let node = data;
  for (const key of path) {
    if (key === 0 && node !== null && typeof node === 'object' && !Array.isArray(node)) continue;
    written.push(key);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return written;
}

function locateIn(doc: Document, lineCounter: LineCounter, path: FieldPath, within?: { source: string; text: string }): SourcePosition {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
    const range = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range : undefined;
    if (range) {
      const inside = within && depth === path.length ? within.source.indexOf(within.text, range[0]) : -1;
      const offset = inside >= 0 && inside < range[1] ? inside : range[0];
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
