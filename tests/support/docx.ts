/**
 * Reads a DOCX as a user's tools would: unzips it with Node's own zlib (no extra dependency, no
 * external program) and gives the XML of its parts, with a few helpers to pick elements out of
 * WordprocessingML. The XML that docx writes has no comments or CDATA, so plain scanning is enough.
 */
import { inflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The entry's modification date as stored (MS-DOS fields), as YYYY-MM-DD hh:mm:ss. */
  modified: string;
}

export function unzip(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const entries: ZipEntry[] = [];
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < zip.readUInt16LE(end + 10); index++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const local = zip.readUInt32LE(offset + 42);
    // The local header repeats the name and may have its own extra field before the data.
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    entries.push({ name, data, modified: dosDate(zip.readUInt16LE(local + 12), zip.readUInt16LE(local + 10)) });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function dosDate(date: number, time: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)}`;
  return `${day} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
}

export interface DocxParts {
  names: string[];
  /** The text of a part, e.g. "word/document.xml"; throws if there is none. */
  xml(name: string): string;
}

export function readDocx(docx: Buffer): DocxParts {
  const entries = unzip(docx);
  return {
    names: entries.map((entry) => entry.name),
    xml(name) {
      const entry = entries.find((candidate) => candidate.name === name);
      if (!entry) throw new Error(`no part ${name} in the DOCX`);
      return entry.data.toString('utf8');
    },
  };
}

/**
 * The outer XML of each `tag` element in `xml` that is not inside another `tag` element,
 * in document order (so the rows of a table, not the rows of tables nested in its cells).
 */
export function elements(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of xml.matchAll(pattern)) {
    const [, closing, selfClosing] = match;
    const index = match.index ?? 0;
    if (closing) {
      depth--;
      if (depth === 0) found.push(xml.slice(start, index + match[0].length));
    } else if (selfClosing) {
      if (depth === 0) found.push(match[0]);
    } else {
      if (depth === 0) start = index;
      depth++;
    }
  }
  return found;
}

/** The value of `attribute` on the first `tag` element in `xml`, or undefined. */
export function attribute(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}(?=[\\s>/])[^>]*>`).exec(xml)?.[0];
  const value = element && new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  return value === undefined ? undefined : decode(value);
}

/** Whether `xml` holds a `tag` element. */
export function has(xml: string, tag: string): boolean {
  return new RegExp(`<${tag}(?=[\\s>/])`).test(xml);
}

/** The text of the w:t elements in `xml`, joined. */
export function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decode(match[1])).join('');
}

function decode(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => named[name]);
}

/** The header part that a section's (w:sectPr) header reference of `type` points to. */
export function headerOf(parts: DocxParts, sectionProperties: string, type: 'default' | 'first'): string {
  return referencedPart(parts, sectionProperties, 'w:headerReference', type);
}

/** The footer part that a section's (w:sectPr) footer reference of `type` points to. */
export function footerOf(parts: DocxParts, sectionProperties: string, type: 'default' | 'first'): string {
  return referencedPart(parts, sectionProperties, 'w:footerReference', type);
}

function referencedPart(parts: DocxParts, sectionProperties: string, tag: 'w:headerReference' | 'w:footerReference', type: 'default' | 'first'): string {
  const references = elements(sectionProperties, tag);
  const reference = references.find((element) => attribute(element, tag, 'w:type') === type);
  if (!reference) throw new Error(`no ${type} ${tag}`);
  const id = attribute(reference, tag, 'r:id');
  const relationships = elements(parts.xml('word/_rels/document.xml.rels'), 'Relationship');
  const target = relationships.find((relationship) => attribute(relationship, 'Relationship', 'Id') === id);
  if (!target) throw new Error(`no relationship ${id}`);
  return parts.xml(`word/${attribute(target, 'Relationship', 'Target')}`);
}

/** The cells of a table row (w:tr) by the grid column each starts at, counting the columns a cell spans. */
export function cellsByColumn(row: string): Map<number, string> {
  const cells = new Map<number, string>();
  let column = 0;
  for (const cell of elements(row, 'w:tc')) {
    cells.set(column, cell);
    column += Number(attribute(cell, 'w:gridSpan', 'w:val') ?? 1);
  }
  return cells;
}
