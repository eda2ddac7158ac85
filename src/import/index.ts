/**
 * `naskah import`: an existing decree, as a DOCX, a PDF or extracted text, into a data file. The result is
 * checked against the decree schema before anything is written, and an existing file is never replaced.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decreeSchema } from '../data/schema';
import type { Lang } from '../messages/catalogue';
import { readProblem } from '../problems/file-system';
import { NaskahError } from '../problems/problem';
import { writeNewFileAtomically } from '../output/files';
import { assembleDecree, type AssembleOptions } from './assemble';
import { decreeYaml, guessList } from './data-file';
import { readDocx } from './docx';
import { readPdf } from './pdf';
import { linesFromText, type SourceLine } from './source';

export interface ImportCounts {
  menimbang: number;
  mengingat: number;
  diktum: number;
  kegiatan: number;
  sub_kegiatan: number;
}

interface ImportResult {
  yaml: string;
  counts: ImportCounts;
  guesses: string[];
}

/** Sources larger than this are no decree (a DOCX with a few images is well below it). */
const MAX_SOURCE_BYTES = 50 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
const PDF_MAGIC = Buffer.from('%PDF', 'latin1');

function importLines(lines: SourceLine[], options: AssembleOptions, lang: Lang): ImportResult {
  const { data, notes } = assembleDecree(lines, options);
  // What the source gave may still be out of the schema's bounds (a year of 1900, say): nothing is written then.
  const checked = decreeSchema.safeParse(data);
  if (!checked.success) {
    const fields = [...new Set(checked.error.issues.map((issue) => issue.path.filter((part) => typeof part !== 'symbol').join('.')))];
    throw new NaskahError([{ file: options.sourceName, key: 'import-invalid-value', detail: fields.join(', ') }]);
  }
  const kegiatan = [data.lampiran ?? []].flat().flatMap((appendix) => ('kegiatan' in appendix ? appendix.kegiatan : []));
  return {
    yaml: decreeYaml(data, notes, options.sourceName, lang),
    counts: {
      menimbang: data.menimbang.length,
      mengingat: data.mengingat.length,
      diktum: data.diktum.length,
      kegiatan: kegiatan.length,
      sub_kegiatan: kegiatan.reduce((sum, activity) => sum + activity.sub_kegiatan.length, 0),
    },
    guesses: guessList(notes, lang),
  };
}

/** `lang` is the language of the guesses, in the list and in the data file's comments. */
export function importText(text: string, sourceName: string, lang: Lang = 'id'): ImportResult {
  if (!text.trim()) throw new NaskahError([{ file: sourceName, key: 'import-empty' }]);
  return importLines(linesFromText(text), { sourceName }, lang);
}

export async function importDocx(bytes: Buffer, sourceName: string, lang: Lang = 'id'): Promise<ImportResult> {
  const docx = readDocx(bytes, sourceName);
  return importLines(docx.lines, { sourceName, known: docx.known, layout: docx.layout, appendixOrientations: docx.appendixOrientations }, lang);
}

export async function importPdf(bytes: Buffer, sourceName: string, lang: Lang = 'id'): Promise<ImportResult> {
  const pdf = await readPdf(bytes, sourceName);
  return importLines(pdf.lines, { sourceName, layout: pdf.layout }, lang);
}

/** Imports a file and writes the data file beside the source unless told where. */
export async function importFile(file: string, target?: string, lang: Lang = 'id'): Promise<{ target: string; result: ImportResult }> {
  const result = await importBytes(readSource(file), path.basename(file), lang);
  const output = target ?? path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.yaml`);
  writeNewFileAtomically(output, Buffer.from(result.yaml, 'utf8'));
  return { target: output, result };
}

/** Picks the reader by the content: a zip is a DOCX, "%PDF" a PDF, anything else is text. */
export async function importBytes(bytes: Buffer, sourceName: string, lang: Lang = 'id'): Promise<ImportResult> {
  if (bytes.length === 0) throw new NaskahError([{ file: sourceName, key: 'import-empty' }]);
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return importDocx(bytes, sourceName, lang);
  if (bytes.subarray(0, 4).equals(PDF_MAGIC)) return importPdf(bytes, sourceName, lang);
  return importText(decodeText(bytes, sourceName), sourceName, lang);
}

function readSource(file: string): Buffer {
  try {
    const size = statSync(file).size;
    if (size > MAX_SOURCE_BYTES) throw new NaskahError([{ file, key: 'file-too-large', detail: `${size}`, limit: MAX_SOURCE_BYTES }]);
    const bytes = readFileSync(file);
    if (bytes.length === 0) throw new NaskahError([{ file, key: 'import-empty' }]);
    return bytes;
  } catch (error) {
    if (error instanceof NaskahError) throw error;
    throw new NaskahError([readProblem(file, error)]);
  }
}

/** UTF-8 (with or without BOM) or UTF-16 text; NUL bytes in anything else mean a binary file. */
function decodeText(bytes: Buffer, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.includes(0)) throw new NaskahError([{ file, key: 'import-binary' }]);
  return bytes.toString('utf8');
}
