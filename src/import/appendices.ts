/**
 * The appendices after a decree's signature: each from its header block ("LAMPIRAN II" / "KEPUTUSAN …" /
 * "NOMOR …" / "TENTANG …" / "TANGGAL …") to the signature at its end, read by what its body holds — the
 * schedule's table, a table of names, or a text.
 */
import { UNFILLED, type Template } from '../compose/template';
import type { AppendixInput, LayoutSettings } from '../data/schema';
import type { FieldPath } from '../data/load';
import { upperId } from '../formatters';
import { findWrittenForm } from './case';
import { readGuideline } from './guideline';
import { readNameTable } from './name-table';
import { isSchedule, readSchedule, type NoteAt, type Row } from './schedule';
import { collapseSpace, SIGNED, type SourceLine } from './source';

const APPENDIX_HEADER = /^LAMPIRAN(\s+[IVXLC]+)?$/;
const DECREE_DATE = /^TANGGAL\s/;
/** "Taliwang, 2 Februari 2022" above the appendix signature, or dots for a date still open. */
export const PLACE_AND_DATE = /^[\p{L} .'-]+,\s*(?:\d{1,2}\s+\p{L}+\s+\d{4}|\.{3,})$/u;
/** The signature block at an appendix's end holds at most this many lines (place and date, office, ttd, name). */
const MAX_SIGNATURE_LINES = 7;

export interface Appendices {
  lampiran: AppendixInput[];
  layout: Partial<LayoutSettings>;
}

const textOf = (line: SourceLine | undefined) => (line?.kind === 'text' ? line.text : undefined);

/**
 * `corpus`: the decree's whole text, where an appendix's title may stand as written (in a dictum);
 * `signer`: the signatory's title ("KETUA"), which opens the signature at an appendix's end;
 * `orientations`: each appendix's page orientation where the source shows it.
 */
export function readAppendices(lines: SourceLine[], note: NoteAt, template: Template, corpus: string, signer: string, orientations: Orientation[]): Appendices {
  const layout: Partial<LayoutSettings> = {};
  const starts = lines.flatMap((line, i) => (APPENDIX_HEADER.test(textOf(line) ?? '') ? [i] : []));
  const chunks = starts.length > 0 ? starts.map((start, n) => lines.slice(start, starts[n + 1] ?? lines.length)) : [lines];
  const single = chunks.length === 1;
  const lampiran = chunks.flatMap((chunk, n): AppendixInput[] => {
    const at: FieldPath = single ? ['lampiran'] : ['lampiran', n];
    const { title, body, dated, signedWithPlace } = partsOf(chunk, starts.length > 0, upperId(signer));
    if (dated) layout.tanggal_di_lampiran = true;
    if (signedWithPlace) layout.tempat_tanggal_di_lampiran = true;
    if (!body.some((line) => line.kind !== 'blank')) return [];
    const judul = writtenTitle(title, corpus) || UNFILLED;
    if (!title) note([...at, 'judul'], 'appendixTitleMissing');
    const rows = body.filter((line): line is Row => line.kind === 'row');
    const onlyTable = rows.length > 1 && body.every((line) => line.kind === 'row' || line.kind === 'blank');
    const appendix: AppendixInput = isSchedule(rows.map((row) => row.cells))
      ? { jenis: 'jadwal', ...readSchedule(rows, judul, note, at) }
      : onlyTable
        ? readNameTable(rows, judul, note, at, template.spec.tables)
        : { jenis: 'teks', judul, isi: readGuideline(body, note, at) };
    const orientation = orientations[n];
    const usual = orientationFor(template, appendix.jenis ?? 'jadwal');
    const own = orientation && orientation !== usual ? { orientasi: ORIENTASI[orientation] } : {};
    // A lone schedule is written as before there were kinds: without its kind.
    if (single && appendix.jenis === 'jadwal') {
      const { jenis: _kind, ...schedule } = appendix;
      return [{ ...schedule, ...own }];
    }
    return [{ ...appendix, ...own }];
  });
  return { lampiran, layout };
}

type Orientation = 'portrait' | 'landscape';
const ORIENTASI = { portrait: 'tegak', landscape: 'mendatar' } as const;

/** The template's orientation for appendices of a kind. */
function orientationFor(template: Template, kind: string): Orientation | undefined {
  const orientation = template.spec.sections.find((section) => section.part === 'appendix')?.orientation;
  return typeof orientation === 'string' ? orientation : orientation?.[kind];
}

/** The title as written where the decree has it in small letters (a dictum), else as printed. */
function writtenTitle(printed: string, corpus: string): string {
  if (!printed || /\p{Ll}/u.test(printed)) return printed;
  return findWrittenForm(printed, corpus) ?? printed;
}

/**
 * An appendix's header block (its consecutive lines from "LAMPIRAN"), its title (the next lines up to a
 * blank one; a text extraction may have no header), its body, and the signature at its end.
 */
function partsOf(chunk: SourceLine[], headed: boolean, jabatanCapitals: string): { title: string; body: SourceLine[]; dated: boolean; signedWithPlace: boolean } {
  let i = 0;
  let dated = false;
  if (headed) {
    while (i < chunk.length && chunk[i].kind === 'text') dated ||= DECREE_DATE.test(textOf(chunk[i++]) ?? '');
  }
  while (chunk[i]?.kind === 'blank') i++;
  const title: string[] = [];
  // A DOCX prints the title as one paragraph; an extracted text wraps it over lines up to a blank one.
  while (chunk[i]?.kind === 'text') {
    title.push(textOf(chunk[i])!);
    if (hasHints(chunk[i++])) break;
  }
  const end = signatureStart(chunk, i, jabatanCapitals);
  const signedWithPlace = chunk.slice(end).some((line) => PLACE_AND_DATE.test(textOf(line) ?? ''));
  return { title: collapseSpace(title.join(' ')), body: chunk.slice(i, end), dated, signedWithPlace };
}

function lastIndex<T>(list: T[], test: (item: T, index: number) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i], i)) return i;
  return -1;
}

const hasHints = (line: SourceLine | undefined) => line?.kind === 'text' && line.hints !== undefined;

/**
 * Where the signature at the appendix's end begins: above the signatory's name, the office ending in a
 * comma ("… KABUPATEN SUMBAWA BARAT,") and the lines of capitals above it, and a place and date above those.
 */
function signatureStart(chunk: SourceLine[], from: number, jabatanCapitals: string): number {
  const opens = (text: string) => upperId(text).startsWith(`${jabatanCapitals} `) || upperId(text) === `${jabatanCapitals},`;
  const lineAbove = (index: number) => lastIndex(chunk, (line, i) => i >= from && i < index && line.kind !== 'blank');
  // The office in capitals; in small letters only under a place and date, lest a paragraph "Ketua …" be taken.
  const office = lastIndex(chunk, (line, i) => {
    const text = textOf(line);
    return i >= from && !!text && opens(text) && (text === upperId(text) || PLACE_AND_DATE.test(textOf(chunk[lineAbove(i)]) ?? ''));
  });
  if (office !== -1) {
    const above = lineAbove(office);
    return above !== -1 && PLACE_AND_DATE.test(textOf(chunk[above]) ?? '') ? above : office;
  }
  return signatureByComma(chunk, from);
}

/** Without the signatory's title to look for: the last office line ending in a comma, and the capitals above it. */
function signatureByComma(chunk: SourceLine[], from: number): number {
  const texts = chunk.flatMap((line, i) => (i >= from && line.kind === 'text' ? [i] : []));
  const last = texts.slice(-MAX_SIGNATURE_LINES);
  const comma = [...last].reverse().find((i) => /,$/.test(textOf(chunk[i])!) && textOf(chunk[i]) === upperId(textOf(chunk[i])!));
  if (comma === undefined || texts.indexOf(comma) === texts.length - 1) return chunk.length;
  let start = comma;
  for (let k = texts.indexOf(comma) - 1; k >= 0 && texts[k] >= from; k--) {
    const text = textOf(chunk[texts[k]])!;
    if (PLACE_AND_DATE.test(text)) {
      start = texts[k];
      break;
    }
    if (text !== upperId(text) || SIGNED.test(text) || start - texts[k] > 2) break;
    start = texts[k];
  }
  return start;
}
