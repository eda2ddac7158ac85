/** Reads a decree's YAML file into plain data, keeping where every value stands in the file. */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { NaskahError, type Problem } from '../errors';

/** Largest data file accepted; a real decree is a few dozen kilobytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type FieldPath = (string | number)[];

export interface SourcePosition {
  line: number;
  column: number;
}

export interface LoadedSource {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its nearest ancestor that exists in the file. */
  locate(path: FieldPath): SourcePosition;
}

export function loadYamlFile(file: string): LoadedSource {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NaskahError([{ file, key: code === 'ENOENT' ? 'file-missing' : code === 'EISDIR' ? 'file-is-folder' : 'file-unreadable', detail: code }]);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new NaskahError([{ file, key: 'file-too-large', detail: `${bytes.length}`, limit: MAX_FILE_BYTES }]);
  }
  return parseYamlText(file, bytes.toString('utf8'));
}

export function parseYamlText(file: string, text: string): LoadedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    schema: 'core',
    // Tags that construct objects (!!js/function and the like) are not part of the core schema: refuse them.
    customTags: [],
  });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file, line, column: col, key: 'yaml-syntax', detail: firstLine(error.message), yamlCode: error.code };
  });
  if (problems.length > 0) throw new NaskahError(problems);

  let data: unknown;
  try {
    // A small alias budget refuses "billion laughs" documents before they expand.
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new NaskahError([{ file, line: 1, column: 1, key: 'yaml-aliases', detail: firstLine((error as Error).message) }]);
  }
  return { file, data, locate: (path) => locateIn(doc, lineCounter, path) };
}

function locateIn(doc: Document, lineCounter: LineCounter, path: FieldPath): SourcePosition {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
    const offset = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range?.[0] : undefined;
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
