/**
 * Reads a decree's lines, from a text or a DOCX, into the data of a decree file. What the document
 * prints only in derived form (capitals, the seat of the office) is recovered from elsewhere in it when
 * it can be, and otherwise guessed; every guess becomes a note that the data file shows as a comment.
 */
import { loadTemplate, UNFILLED } from '../compose/template';
import { decreeSchema, type DecreeInput, type LayoutSettings } from '../data/schema';
import type { FieldPath } from '../data/load';
import { NaskahError } from '../problems/problem';
import { dictumOrdinal, itemMarker, monthNameId, titleCaseId, upperId } from '../formatters';
import { readAppendices } from './appendices';
import { findWrittenForm, nameFromCapitals } from './case';
import type { NoteKey } from './messages';
import { collapseSpace, joinLines, SIGNED, type SourceLine } from './source';

export interface Note {
  path: FieldPath;
  key: NoteKey;
  /** Written at the end of the value's line instead of above it. */
  trailing?: boolean;
}

/** Forms that a DOCX keeps in its properties as written (naskah fills them from the data). */
export interface KnownForms {
  /** "Komisi Pemilihan Umum Kabupaten Sumbawa Barat" */
  institution?: string;
  /** The title as written in the data. */
  title?: string;
  year?: number;
}

export interface AssembleOptions {
  sourceName: string;
  known?: KnownForms;
  /** Layout settings that the source shows (a DOCX's page, type and column sizes). */
  layout?: Partial<LayoutSettings>;
  /** Each appendix's page orientation, where the source shows it. */
  appendixOrientations?: ('portrait' | 'landscape')[];
}

interface Assembled {
  data: ImportedDecree;
  notes: Note[];
}

type Item = Extract<SourceLine, { kind: 'item' }>;
type MarkerStyle = 'letter' | 'number' | 'none';

/** Dots printed where a value is still to be decided (a draft's number or date). */
const STILL_OPEN = /^\.{3,}$/;
const TYPED_MARKER = /^\(?([a-z]{1,2}|\d{1,3})[.)]\s+(.*)$/;
const PLACE = /^Di\s?tetapkan\s+di\s+(.+)$/i;
const DATE = /^pada\s+tanggal\s*:?\s*(.+)$/i;
const CERTIFIED = /^Salinan\s+sesuai\s+dengan\s+aslinya/i;
const NIP = /^NIP\.?\s*:?\s*((?:\d\s?){18})$/i;

class Cursor {
  index = 0;
  constructor(readonly lines: SourceLine[]) {}

  /** The next line that is not blank, without taking it. */
  peek(): SourceLine | undefined {
    while (this.lines[this.index]?.kind === 'blank') this.index++;
    return this.lines[this.index];
  }

  take(): SourceLine | undefined {
    const line = this.peek();
    if (line) this.index++;
    return line;
  }

  /** Whether a blank line stands right before the next line. */
  atBlank(): boolean {
    return this.lines[this.index]?.kind === 'blank';
  }
}

function textOf(line: SourceLine | undefined): string | undefined {
  return line?.kind === 'text' ? line.text : undefined;
}

function expectedMarker(style: MarkerStyle, index: number): string | undefined {
  return style === 'none' ? undefined : itemMarker(style, index).slice(0, -1);
}

/** Where the body's grids end: the next label, the decision, the signature or a table. */
function endsGrid(line: SourceLine): boolean {
  if (line.kind === 'row') return true;
  if (line.kind === 'item') return line.label !== '';
  if (line.kind === 'blank') return false;
  return /^MEMUTUSKAN\s*:?$/i.test(line.text) || PLACE.test(line.text) || CERTIFIED.test(line.text);
}

/**
 * The items of one grid, from its labelled first line on. A typed marker opens a new item only when it
 * is the next in sequence; any other line continues the item before it (a line or page break).
 */
function readItems(first: Item, cursor: Cursor, style: MarkerStyle): string[] {
  const items: string[] = [];
  const add = (line: Item | Extract<SourceLine, { kind: 'text' }>) => {
    if (line.kind === 'item' && (line.marker !== undefined || line.numbered)) {
      items.push(line.text);
      return;
    }
    if (!line.text) return;
    const typed = TYPED_MARKER.exec(line.text);
    const expected = expectedMarker(style, items.length);
    if (typed && typed[1] === expected) items.push(typed[2]);
    else if (items.length === 0) items.push(line.text);
    else items[items.length - 1] = joinLines(items[items.length - 1], line.text);
  };
  add(first);
  for (let line = cursor.peek(); line && (line.kind === 'text' || (line.kind === 'item' && line.label === '')) && !endsGrid(line); line = cursor.peek()) {
    cursor.take();
    add(line);
  }
  return items.map(collapseSpace).filter(Boolean);
}

/** "2 Februari 2022" → "2022-02-02"; undefined when it is no such date. */
function isoDateOf(text: string): string | undefined {
  const match = /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(text.trim());
  if (!match) return undefined;
  const month = Array.from({ length: 12 }, (_, i) => monthNameId(i + 1).toLowerCase()).indexOf(match[2].toLowerCase()) + 1;
  if (month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

function allText(lines: SourceLine[]): string {
  return lines
    .map((line) => (line.kind === 'row' ? line.cells.join(' ') : line.kind === 'blank' ? '' : line.text))
    .join('\n');
}

interface Heading {
  institutionLines: string[];
  /** "KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT" after "KEPUTUSAN". */
  decreeOf: string;
  nomor: string | null;
  tahun?: number;
  /** "NOMOR : code" rather than "NOMOR n TAHUN yyyy". */
  code: boolean;
  titleCapitals: string;
  /** "KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT" without its comma. */
  officialLine: string;
}

/** The institution's lines, "KEPUTUSAN …", the number, "TENTANG" and the title, and the official's line. */
function readHeading(cursor: Cursor, missing: string[]): Heading | undefined {
  const institutionLines: string[] = [];
  let decreeOf: string | undefined;
  for (let line = cursor.take(); line && institutionLines.length < 6; line = cursor.take()) {
    const text = textOf(line);
    if (text === undefined) break;
    const keputusan = /^KEPUTUSAN\s+(.+)$/.exec(text);
    if (keputusan) {
      decreeOf = keputusan[1];
      break;
    }
    if (!/^SALINAN$/i.test(text)) institutionLines.push(text);
  }
  if (decreeOf === undefined) return undefined;
  for (let text = textOf(cursor.peek()); text !== undefined && !/^NOMOR\b/i.test(text); text = textOf(cursor.peek())) {
    decreeOf += ` ${text}`;
    cursor.take();
  }

  const numberLine = textOf(cursor.peek());
  const numbered = numberLine ? /^NOMOR\s*(:)?\s*(.+?)(?:\s+TAHUN\s+(\d{4}))?$/i.exec(numberLine) : null;
  if (numbered) cursor.take();
  else missing.push('nomor');

  // The title runs to a blank line; the official's line, ending in a comma, follows it.
  const groups: string[][] = [];
  const tentangLine = textOf(cursor.peek());
  if (tentangLine && /^TENTANG\b/i.test(tentangLine)) {
    cursor.take();
    const rest = tentangLine.replace(/^TENTANG\s*/i, '');
    if (rest) groups.push([rest]);
    for (let blankBefore = cursor.atBlank(), line = cursor.peek(); line?.kind === 'text'; blankBefore = cursor.atBlank(), line = cursor.peek()) {
      cursor.take();
      if (blankBefore || groups.length === 0) groups.push([]);
      groups[groups.length - 1].push(line.text);
    }
  }
  const lastGroup = groups[groups.length - 1] ?? [];
  const endsInComma = lastGroup[lastGroup.length - 1]?.endsWith(',') ?? false;
  let officialLines: string[] = [];
  if (endsInComma && groups.length > 1) officialLines = groups.pop() as string[];
  // Without a blank line before it, the official's line is the last line.
  else if (endsInComma && lastGroup.length > 1) officialLines = [lastGroup.pop() as string];
  else officialLines = officialLinesWithoutComma(groups, collapseSpace(decreeOf));
  const titleLines = groups.flat();
  if (titleLines.length === 0) missing.push('tentang');

  return {
    institutionLines,
    decreeOf: collapseSpace(decreeOf),
    nomor: !numbered || STILL_OPEN.test(numbered[2]) ? null : numbered[2],
    tahun: numbered?.[3] ? Number(numbered[3]) : undefined,
    code: !!numbered?.[1] && !numbered[3],
    titleCapitals: collapseSpace(titleLines.join(' ')),
    officialLine: collapseSpace(officialLines.join(' ')).replace(/,$/, ''),
  };
}

/** Words a title line may end in when it goes on in the next line ("… DI LINGKUNGAN" / "KOMISI …"). */
const GOES_ON = /\b(?:DI|KE|DARI|PADA|DAN|ATAU|SERTA|UNTUK|OLEH|DALAM|LINGKUNGAN|TENTANG|TERHADAP)$/i;
/** An official's title before the institution: "KETUA", "PLT. KETUA", "WAKIL KETUA". */
const OFFICIAL_TITLE = /^(?:(?:PLT|PLH|PJ)\.?\s+)?(?:KETUA|WAKIL KETUA|SEKRETARIS|KEPALA)\s+/i;

/**
 * The official's line written without its comma, taken off the end of the title: the last lines that
 * read "KETUA <institution>" or the institution alone ("KOMISI PEMILIHAN UMUM PROVINSI …", as some offices
 * write it). The institution alone counts only after a blank line or a title line that ends a phrase, so
 * that a title ending "… DI LINGKUNGAN" / "KOMISI PEMILIHAN UMUM …" keeps its last line.
 */
function officialLinesWithoutComma(groups: string[][], institution: string): string[] {
  const lines = groups.flat();
  if (!institution) return [];
  for (let start = lines.length - 1; start > 0; start--) {
    const candidate = upperId(collapseSpace(lines.slice(start).join(' ')));
    const titled = OFFICIAL_TITLE.test(candidate) && candidate.replace(OFFICIAL_TITLE, '') === upperId(institution);
    const bare = candidate === upperId(institution) && !GOES_ON.test(lines[start - 1]);
    if (!titled && !bare) continue;
    // Take the lines off their groups, from the end.
    let count = lines.length - start;
    while (count > 0) {
      const group = groups[groups.length - 1];
      const taken = Math.min(count, group.length);
      group.splice(group.length - taken, taken);
      if (group.length === 0) groups.pop();
      count -= taken;
    }
    return lines.slice(start);
  }
  return [];
}

interface Body {
  grids: Record<string, string[]>;
  diktum: string[];
}

const GRID_STYLES: Record<string, MarkerStyle> = { Menimbang: 'letter', Mengingat: 'number', Memperhatikan: 'number' };

/** Menimbang, Mengingat, Memperhatikan, "MEMUTUSKAN:", "Menetapkan : …" (derived, so skipped) and the dictums. */
function readBody(cursor: Cursor): Body {
  const grids: Record<string, string[]> = {};
  for (let line = cursor.peek(); line?.kind === 'item' && line.label in GRID_STYLES; line = cursor.peek()) {
    cursor.take();
    grids[line.label] = readItems(line, cursor, GRID_STYLES[line.label]);
  }
  if (/^MEMUTUSKAN\s*:?$/i.test(textOf(cursor.peek()) ?? '')) cursor.take();
  const menetapkan = cursor.peek();
  if (menetapkan?.kind === 'item' && menetapkan.label === 'Menetapkan') {
    cursor.take();
    for (let line = cursor.peek(); line?.kind === 'text' && !endsGrid(line); line = cursor.peek()) cursor.take();
  }
  const diktum: string[] = [];
  for (let line = cursor.peek(); line?.kind === 'item' && line.label === dictumOrdinal(diktum.length + 1); line = cursor.peek()) {
    cursor.take();
    diktum.push(...readItems(line, cursor, 'none'));
  }
  return { grids, diktum };
}

export function assembleDecree(lines: SourceLine[], options: AssembleOptions): Assembled {
  const notes: Note[] = [];
  const missing: string[] = [];
  const note = (path: FieldPath, key: NoteKey, trailing?: boolean) => notes.push({ path, key, ...(trailing ? { trailing } : {}) });
  const corpus = allText(lines);
  const cursor = new Cursor(lines);
  const layout: Partial<LayoutSettings> = { ...options.layout };

  // A text whose first page is lost still has its body: it is read from the first labelled line on.
  const heading = readHeading(cursor, missing) ?? headingLost(cursor, missing);
  const { institutionLines, decreeOf, nomor, titleCapitals, officialLine } = heading;
  if (heading.code) layout.format_nomor = 'kode';
  const body = readBody(cursor);
  const parts = { menimbang: body.grids.Menimbang ?? [], mengingat: body.grids.Mengingat ?? [], diktum: body.diktum };
  const found = Object.values(parts).filter((items) => items.length > 0).length;
  if (found === 0 && !decreeOf) throw notADecree(options.sourceName, ['judul', ...missing, ...Object.keys(parts)]);
  // What a partial or damaged text lacks is left to fill, with a note where it stands.
  for (const [part, items] of Object.entries(parts)) {
    if (items.length > 0) continue;
    items.push(UNFILLED);
    note([part], 'partMissing');
  }
  const { menimbang, mengingat, diktum } = parts;
  if (missing.includes('nomor')) note(['keputusan', 'nomor'], 'partMissing');

  // The institution: its lines above the heading, or the heading split before the region. The national
  // office's decrees name it without its region after "KEPUTUSAN" (R14).
  const decreeName = upperId(decreeOf);
  const headingLinesMatch =
    institutionLines.length >= 2 && (upperId(collapseSpace(institutionLines.join(' '))) === decreeName || upperId(institutionLines[0]) === decreeName);
  const [lembagaCapitals, wilayahCapitals] = headingLinesMatch ? [institutionLines[0], institutionLines.slice(1).join(' ')] : splitAtRegion(decreeOf);
  if (!wilayahCapitals) note(['kantor', 'wilayah'], 'regionGuessed');
  const institutionCapitals = `${lembagaCapitals} ${wilayahCapitals}`.trim();
  const knownInstitution =
    options.known?.institution && upperId(options.known.institution) === upperId(institutionCapitals) ? options.known.institution : findWrittenForm(institutionCapitals, corpus);
  const lembagaWords = lembagaCapitals.split(/\s+/).length;
  const writtenLembaga = knownInstitution?.split(' ').slice(0, lembagaWords).join(' ') ?? findWrittenForm(lembagaCapitals, corpus);
  const writtenWilayah = knownInstitution?.split(' ').slice(lembagaWords).join(' ') ?? findWrittenForm(wilayahCapitals, corpus);
  const lembaga = writtenLembaga ?? (lembagaCapitals ? titleCaseId(lembagaCapitals) : UNFILLED);
  const wilayah = writtenWilayah || (wilayahCapitals ? titleCaseId(wilayahCapitals) : UNFILLED);
  if (!writtenLembaga) note(['kantor', 'lembaga'], 'caseGuessed');
  if (!writtenWilayah && wilayahCapitals) note(['kantor', 'wilayah'], 'caseGuessed');

  // The title as the last consideration writes it ("… tentang Penetapan …;"), else from capitals.
  const knownTitle = options.known?.title && upperId(collapseSpace(options.known.title)) === upperId(titleCapitals) ? options.known.title : undefined;
  const writtenTitle = knownTitle ?? findWrittenForm(titleCapitals, menimbang[menimbang.length - 1] ?? '') ?? findWrittenForm(titleCapitals, corpus);
  const tentang = writtenTitle ?? (titleCapitals ? titleCaseId(titleCapitals) : UNFILLED);
  if (!titleCapitals) note(['keputusan', 'tentang'], 'partMissing');
  else if (!writtenTitle) note(['keputusan', 'tentang'], 'caseGuessed');

  // The signature: place, date, the signatory and the certifier of a copy, in whichever order the columns came.
  const rest = lines.slice(cursor.index);
  const firstRow = rest.findIndex((line) => line.kind === 'row');
  let titleStart = firstRow === -1 ? rest.length : firstRow;
  while (titleStart > 0 && rest[titleStart - 1].kind === 'blank') titleStart--;
  // A text that lost the appendix's header block: its title is the lines right above the table.
  while (titleStart > 0 && rest[titleStart - 1].kind === 'text') titleStart--;
  const lampiranHeader = rest.findIndex((line) => /^LAMPIRAN(\s+[IVXLC]+)?$/.test(textOf(line) ?? ''));
  const signatureEnd = lampiranHeader !== -1 && lampiranHeader < titleStart ? lampiranHeader : firstRow === -1 ? rest.length : titleStart;

  const signature = readSignature(
    rest.slice(0, signatureEnd).flatMap((line) => (line.kind === 'text' ? [line.text] : [])),
    lembagaCapitals,
    wilayahCapitals,
  );
  const jabatanCapitals = (officialLine && upperId(officialLine).split(upperId(lembagaCapitals))[0].trim()) || signature.jabatanCapitals || '';
  const writtenJabatan = findWrittenForm(`${jabatanCapitals} ${lembagaCapitals}`, corpus)?.split(' ').slice(0, jabatanCapitals.split(/\s+/).length).join(' ');
  const jabatan = writtenJabatan ?? (jabatanCapitals ? titleCaseId(jabatanCapitals) : UNFILLED);
  if (!writtenJabatan) note(['penandatangan', 'jabatan'], 'caseGuessed');

  const signatory = signature.signatory ? nameFromCapitals(signature.signatory) : UNFILLED;
  if (!signature.signatory) note(['penandatangan', 'nama'], 'signatoryMissing');
  else if (signatory !== signature.signatory) note(['penandatangan', 'nama'], 'caseGuessed');

  const certifierName = signature.certifier ? nameFromCapitals(signature.certifier) : UNFILLED;
  const pengesah = { jabatan: signature.certifierJabatan ?? UNFILLED, nama: certifierName, ...(signature.certifierNip ? { nip: signature.certifierNip } : {}) };
  if (!signature.certifier) note(['kantor', 'pengesah_salinan'], 'certifierMissing');
  else if (certifierName !== signature.certifier) note(['kantor', 'pengesah_salinan', 'nama'], 'caseGuessed');

  const place = signature.place ?? UNFILLED;
  if (!signature.place) note(['kantor', 'kedudukan'], 'placeMissing');
  else note(['kantor', 'kedudukan'], 'seatFromPlace');

  // A draft prints dots for a date still to be decided: that reads back as an empty date, no guess.
  const tanggal = (signature.date && isoDateOf(signature.date)) ?? null;
  if (!tanggal && !STILL_OPEN.test(signature.date ?? '')) note(['ditetapkan', 'tanggal'], 'dateUnread');
  let tahun = heading.tahun ?? options.known?.year;
  if (tahun === undefined) {
    // A classification code names no year of its own in a fixed place; the date of signing does.
    tahun = Number(tanggal?.slice(0, 4) ?? /\b(?:19|20)\d{2}\b/.exec(nomor ?? '')?.[0]);
    if (!tahun) throw notADecree(options.sourceName, ['nomor']);
    note(['keputusan', 'tahun'], 'yearFromDate');
  }

  const appendices = readAppendices(rest.slice(signatureEnd), note, loadTemplate(decreeSchema.shape.templat.parse(undefined), options.sourceName), corpus, jabatanCapitals, options.appendixOrientations ?? []);
  Object.assign(layout, appendices.layout);
  // One appendix is written as the object itself, as a hand-written data file has it.
  const lampiran = appendices.lampiran.length === 1 ? appendices.lampiran[0] : appendices.lampiran.length > 1 ? appendices.lampiran : undefined;

  const data: ImportedDecree = {
    kantor: { lembaga, wilayah, kedudukan: place, pengesah_salinan: pengesah, ...(Object.keys(layout).length ? { tata_letak: layout } : {}) },
    keputusan: { nomor: /^\d+$/.test(nomor ?? '') ? Number(nomor) : nomor, tahun, tentang },
    menimbang,
    mengingat,
    ...(body.grids.Memperhatikan?.length ? { memperhatikan: body.grids.Memperhatikan } : {}),
    diktum,
    ditetapkan: { tanggal },
    penandatangan: { jabatan, nama: signatory },
    ...(lampiran ? { lampiran } : {}),
  };
  return { data, notes };
}

/** No heading: the cursor goes to the first labelled line, and everything of the heading is missing. */
function headingLost(cursor: Cursor, missing: string[]): Heading {
  const first = cursor.lines.findIndex((line) => line.kind === 'item' && line.label !== '');
  cursor.index = first === -1 ? cursor.lines.length : first;
  missing.push('nomor', 'tentang');
  return { institutionLines: [], decreeOf: '', nomor: null, code: false, titleCapitals: '', officialLine: '' };
}

/** "KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT" → the institution and its region. */
function splitAtRegion(capitals: string): [string, string] {
  const region = /\s(?:KABUPATEN|KOTA|PROVINSI|REPUBLIK)\b/.exec(capitals);
  return region ? [capitals.slice(0, region.index), capitals.slice(region.index + 1)] : [capitals, ''];
}

function notADecree(file: string, missing: string[]): NaskahError {
  return new NaskahError([{ file, key: 'import-not-decree', detail: missing.join(',') }]);
}

interface Signature {
  place?: string;
  date?: string;
  jabatanCapitals?: string;
  signatory?: string;
  certifier?: string;
  certifierJabatan?: string;
  certifierNip?: string;
}

/**
 * The lines between the last dictum and the appendix. A text extraction interleaves the signature
 * column and the certifier's column, so lines are told apart by what they say, not by their order:
 * the certifier's name is the first name after the certifier's office, the signatory's the first other one.
 */
function readSignature(lines: string[], lembagaCapitals: string, wilayahCapitals: string): Signature {
  const signature: Signature = {};
  const names: { name: string; ofCertifier: boolean }[] = [];
  let inCertification = false;
  let afterSecretariat = false;
  for (const line of lines) {
    const capitals = upperId(line).replace(/,$/, '');
    const place = PLACE.exec(line);
    const date = DATE.exec(line);
    const nip = NIP.exec(line);
    if (place) signature.place ??= place[1].trim();
    else if (date) signature.date ??= date[1].trim();
    else if (SIGNED.test(line)) continue;
    else if (CERTIFIED.test(line)) inCertification = true;
    else if (capitals.startsWith('SEKRETARIAT')) inCertification = afterSecretariat = true;
    else if (capitals.includes(upperId(lembagaCapitals)) || (wilayahCapitals && capitals === upperId(wilayahCapitals))) {
      if (!afterSecretariat && capitals.includes(upperId(lembagaCapitals))) signature.jabatanCapitals ??= capitals.split(upperId(lembagaCapitals))[0].trim();
    } else if (nip) {
      const last = names[names.length - 1];
      if (last?.ofCertifier) signature.certifierNip ??= nip[1].replace(/\s/g, '');
    } else if (inCertification && signature.certifierJabatan === undefined && (afterSecretariat || line.endsWith(','))) {
      signature.certifierJabatan = line.replace(/,$/, '').trim();
    } else if (!inCertification && line.endsWith(',') && names.length === 0) {
      // "Ketua," above the name: the signatory's title, as some offices write the signature block.
      signature.jabatanCapitals ??= capitals;
    } else names.push({ name: line, ofCertifier: signature.certifierJabatan !== undefined && !names.some((n) => n.ofCertifier) });
  }
  signature.certifier = names.find((n) => n.ofCertifier)?.name;
  signature.signatory = names.find((n) => !n.ofCertifier)?.name;
  return signature;
}

export type ImportedDecree = DecreeInput;
