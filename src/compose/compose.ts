/** Turns a validated decree into the layout model, through its template. */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ProblemKey } from '../problems/messages';
import { NaskahError } from '../problems/problem';
import type { Appendix, Decree, LayoutSettings, ScheduleAppendix, TableAppendix, TableColumn, TableRow } from '../data/schema';
import { itemMarker } from '../formatters';
import { mm, type Align, type Block, type Column, type LayoutDocument, type Paragraph, type Section, type SignatureArea, type Table, type TableCell, type TableGroup } from '../layout/model';
import { parseInline } from './inline';
import { parseMarkup } from './markup';
import { qrCode } from './qr';
import { loadTemplate, UNFILLED, type BlockSpec, type LineSpec, type Template } from './template';

export type Variant = 'asli' | 'salinan';

export interface ComposeOptions {
  variant: Variant;
  /** A draft carries the KONSEP watermark on every page. */
  draft?: boolean;
  /** The data file, to resolve the emblem's path and to place messages. */
  dataFile: string;
  /** PDF/A-2b whatever the office's setting (`--pdfa`); a draft cannot be one. */
  archival?: boolean;
}

const PAPER_MM = { F4: { width: 215, height: 330 }, A4: { width: 210, height: 297 } } as const;
const PAGE_NUMBER_STYLES = { '- n -': ['- ', ' -'], '-n-': ['-', '-'], n: ['', ''] } as const;
/** One empty line, as a multiple of the type size. */
const LINE_HEIGHT = 1.15;

/** What every block may carry: space above and keeping with the next block. */
type BlockCommon = Pick<Paragraph, 'spaceBefore' | 'keepWithNext'>;

interface Context {
  template: Template;
  settings: LayoutSettings;
  /** What the template's texts see: the decree data and the values derived from it. */
  values: Record<string, unknown>;
  lineHeight: number;
  contentWidth: number;
  options: ComposeOptions;
  decree: Decree;
}

export function composeDecree(decree: Decree, options: ComposeOptions): LayoutDocument {
  const template = loadTemplate(decree.templat, options.dataFile);
  const settings = decree.kantor.tata_letak;
  const paper = PAPER_MM[settings.kertas];
  const margins = settings.margin_mm;
  const [prefix, suffix] = PAGE_NUMBER_STYLES[settings.nomor_halaman];
  const values = templateValues(decree, options.variant);
  const institution = `${decree.kantor.lembaga} ${decree.kantor.wilayah}`;
  const archival = isArchival(decree, options);

  const sections = template.spec.sections
    .filter((section) => isOn(section, values))
    .flatMap((section) => sectionValues(section, values, template).map((sectionValues) => ({ section, sectionValues })))
    .map(({ section, sectionValues }): Section => {
      const orientation = orientationOf(section, sectionValues);
      const pageWidth = orientation === 'portrait' ? paper.width : paper.height;
      const context: Context = {
        template,
        settings,
        values: sectionValues,
        lineHeight: settings.ukuran_huruf * LINE_HEIGHT * settings.spasi,
        contentWidth: mm(pageWidth - margins.kiri - margins.kanan),
        options,
        decree,
      };
      return {
        orientation,
        catchwords: section.part === 'body' ? settings.kata_penyambung.badan : settings.kata_penyambung.lampiran,
        ...(section.part === 'appendix' && settings.nomor_halaman_lampiran === 'ulang' ? { restartPageNumbers: true } : {}),
        blocks: section.blocks.filter((block) => isOn(block, sectionValues)).flatMap((block) => composeBlock(block, context)),
      };
    });

  return {
    meta: {
      title: `Keputusan ${institution} Nomor ${decree.keputusan.nomor} Tahun ${decree.keputusan.tahun}`,
      subject: decree.keputusan.tentang,
      author: institution,
      created: decree.ditetapkan.tanggal ?? `${decree.keputusan.tahun}-01-01`,
      language: 'id-ID',
      ...(archival ? { archival: { conformance: 'PDF/A-2b' as const, keywords: `Nomor ${decree.keputusan.nomor}; Tanggal ${decree.ditetapkan.tanggal}` } } : {}),
    },
    page: {
      width: mm(paper.width),
      height: mm(paper.height),
      margins: { top: mm(margins.atas), bottom: mm(margins.bawah), left: mm(margins.kiri), right: mm(margins.kanan) },
    },
    font: { family: settings.huruf, size: settings.ukuran_huruf, lineSpacing: settings.spasi },
    pageNumbers: { prefix, suffix, fromPage: 2 },
    catchwordSuffix: ' . . .',
    ...(options.draft ? { watermark: 'KONSEP' } : {}),
    sections,
  };
}

/**
 * An archival PDF is asked for by the build or set by the office for its finished decrees. PDF/A forbids
 * what a draft is made of (the watermark's transparency), so a draft asked for as PDF/A is refused.
 */
function isArchival(decree: Decree, options: ComposeOptions): boolean {
  if (options.archival && options.draft) throw new NaskahError([{ file: options.dataFile, key: 'pdfa-draft' }]);
  return options.archival ?? (decree.kantor.pdfa && !options.draft);
}

type SectionSpec = Template['spec']['sections'][number];

/**
 * The values of each copy of a section: one copy with the decree's values, or with `each`, one copy per
 * item of that list (an appendix), in which the list's name means the item and `lampiran_label` is its heading.
 */
function sectionValues(section: SectionSpec, values: Record<string, unknown>, template: Template): Record<string, unknown>[] {
  if (section.each === undefined) return [values];
  const items = (lookup(values, section.each) as unknown[] | undefined) ?? [];
  return items.map((item, index) => ({
    ...values,
    [section.each!]: item,
    lampiran_nomor: index + 1,
    lampiran_label: template.render(template.spec.appendix.label, appendixNumbering(index, items.length)),
  }));
}

function appendixNumbering(index: number, count: number) {
  return { nomor: index + 1, banyak: count > 1 };
}

const ORIENTATIONS = { tegak: 'portrait', mendatar: 'landscape' } as const;

/** The appendix's own choice, else the template's for its kind, else the template's one orientation. */
function orientationOf(section: SectionSpec, values: Record<string, unknown>): Section['orientation'] {
  const appendix = section.each === undefined ? undefined : (lookup(values, section.each) as Partial<Appendix> | undefined);
  if (appendix?.orientasi) return ORIENTATIONS[appendix.orientasi];
  if (typeof section.orientation === 'string') return section.orientation;
  return section.orientation[appendix?.jenis ?? ''] ?? 'portrait';
}

function templateValues(decree: Decree, variant: Variant): Record<string, unknown> {
  const { nomor, tahun } = decree.keputusan;
  const { lembaga, wilayah } = decree.kantor;
  const national = /^republik indonesia$/i.test(wilayah);
  const copy = variant === 'salinan';
  const electronic = isSignedElectronically(decree);
  return {
    ...decree,
    nasional: national,
    nama_keputusan: national ? lembaga : `${lembaga} ${wilayah}`,
    salinan: copy,
    elektronik: electronic,
    ruang_tanda_tangan_basah: !copy && !electronic,
    ruang_tanda_tangan_elektronik: !copy && electronic,
    pengesahan_salinan: copy && (!electronic || decree.kantor.tte.salinan === 'pengesahan'),
    tempat: decree.ditetapkan.tempat || decree.kantor.kedudukan,
    nomor: decree.kantor.tata_letak.format_nomor === 'kode' ? `NOMOR : ${nomor ?? UNFILLED}` : `NOMOR ${nomor ?? UNFILLED} TAHUN ${tahun}`,
  };
}

/** `{{lampiran 2}}` or `{{lampiran pedoman}}` (by its `kunci`) in a dictum: the only template text data may hold. */
export const APPENDIX_CITATION = /\{\{\s*lampiran\s+([a-z0-9-]+)\s*\}\}/g;

/** The index of the appendix a citation names (a number from 1, or a `kunci`), or -1 when there is none such. */
export function citedAppendix(appendices: Decree['lampiran'], reference: string): number {
  if (/^\d+$/.test(reference)) {
    const index = Number(reference) - 1;
    return index < appendices.length ? index : -1;
  }
  return appendices.findIndex((appendix) => appendix.kunci === reference);
}

/** The text with its appendix citations written out ("Lampiran II") through the template's wording. */
function citeAppendices(text: string, context: Context, path: (string | number)[]): string {
  const appendices = (context.values as unknown as Decree).lampiran;
  return text.replace(APPENDIX_CITATION, (citation, reference: string) => {
    const index = citedAppendix(appendices, reference);
    if (index < 0) throw new NaskahError([{ file: context.options.dataFile, path, key: 'appendix-not-found', found: citation, limit: appendices.length }]);
    return context.template.render(context.template.spec.appendix.citation, appendixNumbering(index, appendices.length));
  });
}

export function isSignedElectronically(decree: Decree): boolean {
  return (decree.tanda_tangan ?? decree.kantor.tte.tanda_tangan) === 'elektronik';
}

/** The office's verification address for this decree: {nomor} and {tahun} filled in, as parts of a URL. */
export function verificationAddress(decree: Decree): string | undefined {
  const pattern = decree.kantor.tte.verifikasi;
  const { nomor, tahun } = decree.keputusan;
  if (!pattern || nomor === null) return undefined;
  return pattern.replace(/\{(nomor|tahun)\}/g, (_, name: string) => encodeURIComponent(name === 'nomor' ? nomor : String(tahun)));
}

/** The value at a dotted path of the template values ("kantor.pengesah_salinan.nip"). */
function lookup(values: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined), values);
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function isOn(spec: { if?: string; unless?: string }, values: Record<string, unknown>): boolean {
  if (spec.if !== undefined && !truthy(lookup(values, spec.if))) return false;
  if (spec.unless !== undefined && truthy(lookup(values, spec.unless))) return false;
  return true;
}

function composeBlock(spec: BlockSpec, context: Context): Block[] {
  const common: BlockCommon = {
    ...(spec.space_before ? { spaceBefore: spec.space_before * context.lineHeight } : {}),
    ...(spec.keep_with_next ? { keepWithNext: true } : {}),
  };
  if ('lines' in spec) {
    const bold = spec.bold || (spec.style === 'heading' && context.settings.kepala_tebal);
    return composeLines(spec.lines, spec.align ?? 'center', context, bold).map((paragraph, i) => ({
      ...paragraph,
      ...(i === 0 ? common : {}),
      // Lines of one block stay together, and the last one with the next block when asked.
      ...(i < spec.lines.length - 1 || spec.keep_with_next ? { keepWithNext: true } : {}),
    }));
  }
  if ('grid' in spec) return composeGrid(spec.grid, context, common);
  if ('columns' in spec) {
    const columns = spec.columns.map(
      (column): Column => ({
        width: (context.contentWidth * parseFloat(column.width)) / 100,
        blocks: isOn(column, context.values) ? composeLines(column.lines, 'left', context, false) : [],
      }),
    );
    return [{ kind: 'columns', columns, ...common }];
  }
  if ('emblem' in spec) return composeEmblem(spec.emblem.width_mm, context, common);
  if ('table' in spec) return [composeTable(spec.table, context, common)];
  if ('text' in spec) return composeText(spec.text, context, common);
  return [composeSchedule(spec.schedule, context, common)];
}

function composeLines(lines: LineSpec[], align: Align, context: Context, bold: boolean): (Paragraph | SignatureArea)[] {
  return lines.flatMap((line): (Paragraph | SignatureArea)[] => {
    if (typeof line !== 'string' && !isOn(line, context.values)) return [];
    if (typeof line !== 'string' && 'blank' in line) {
      return Array.from({ length: line.blank }, () => ({ kind: 'paragraph', runs: [], align }));
    }
    if (typeof line !== 'string' && 'signature_area' in line) return [composeSignatureArea(line.signature_area, context)];
    const text = typeof line === 'string' ? line : line.text;
    const runs = parseInline(context.template.render(text, context.values)).map((run) => (bold ? { ...run, bold: true } : run));
    const indent = typeof line !== 'string' && line.indent_mm ? { indentLeft: mm(line.indent_mm) } : {};
    return [{ kind: 'paragraph', runs, align, ...indent }];
  });
}

function composeGrid(spec: Extract<BlockSpec, { grid: unknown }>['grid'], context: Context, common: BlockCommon): Block[] {
  const items = spec.each === undefined ? [context.values] : (lookup(context.values, spec.each) as unknown[] | undefined) ?? [];
  if (items.length === 0) return [];
  // A label that depends on the row (the dictum ordinals) is printed on every row; a fixed one on the first.
  const labelPerRow = spec.label.includes('@');
  // A single consideration or legal basis takes no letter or number (R16, R19).
  const marker = items.length > 1 ? spec.marker : 'none';
  const widths = context.settings.kolom_mm;
  const rows = items.map((item, index) => {
    const data = { index, number: index + 1 };
    const label = labelPerRow || index === 0 ? context.template.render(spec.label, item, data) : '';
    const text = citeAppendices(context.template.render(spec.text, item, data), context, spec.each === undefined ? [] : [spec.each, index]);
    return {
      label,
      marker: marker === 'none' ? '' : itemMarker(marker, index),
      runs: parseInline(text),
      align: 'justify' as const,
    };
  });
  const columns = { label: mm(widths.label), colon: mm(widths.titik_dua), marker: marker === 'none' ? 0 : mm(widths.penanda) };
  if (!spec.space_between) return [{ kind: 'grid', columns, rows, ...common }];
  // Rows that stand apart become grids of one row each, on the same columns; the block's own spacing and
  // keeping go to its first and last row.
  const { keepWithNext, ...first } = common;
  return rows.map((row, i) => ({
    kind: 'grid',
    columns,
    rows: [row],
    ...(i === 0 ? first : { spaceBefore: spec.space_between * context.lineHeight }),
    ...(i === rows.length - 1 && keepWithNext ? { keepWithNext } : {}),
  }));
}

function composeEmblem(widthMm: number, context: Context, common: BlockCommon): Block[] {
  const emblem = (context.values.kantor as Decree['kantor']).lambang;
  if (!emblem) return [];
  const { dataFile } = context.options;
  const folder = path.dirname(path.resolve(dataFile));
  const file = path.resolve(folder, emblem);
  const problem = (key: ProblemKey) => new NaskahError([{ file: dataFile, path: ['kantor', 'lambang'], key, found: emblem }]);
  // The data names a picture beside it, never a file elsewhere on the machine.
  if (path.isAbsolute(emblem) || path.relative(folder, file).startsWith('..')) throw problem('emblem-outside');
  if (!existsSync(file)) throw problem('emblem-missing');
  if (!isPngOrJpeg(file)) throw problem('emblem-not-image');
  if (isArchival(context.decree, context.options) && hasTransparency(file)) throw problem('pdfa-emblem-transparent');
  return [{ kind: 'image', path: file, width: mm(widthMm), align: 'center', ...common }];
}

/** Whether a PNG carries an alpha channel (colour type 4 or 6) or a transparent colour (a tRNS chunk). */
function hasTransparency(file: string): boolean {
  const bytes = readFileSync(file);
  if (bytes[0] !== 0x89) return false;
  return bytes[25] === 4 || bytes[25] === 6 || bytes.includes('tRNS');
}

/** Whether the file starts like a PNG or a JPEG image. */
function isPngOrJpeg(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    return head.equals(Buffer.from('89504e470d0a1a0a', 'hex')) || head.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex'));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** Free space for the signing service's mark; the QR code of the verification address at its left. */
function composeSignatureArea(spec: { width_mm: number; height_mm: number; qr_mm: number }, context: Context): SignatureArea {
  const address = verificationAddress(context.decree);
  return { kind: 'signature-area', width: mm(spec.width_mm), height: mm(spec.height_mm), ...(address ? { qr: qrCode(address, mm(spec.qr_mm)) } : {}) };
}

type ScheduleSpec = Extract<BlockSpec, { schedule: unknown }>['schedule'];
type Activity = ScheduleAppendix['kegiatan'][number];

const MONTHS = 12;

function composeSchedule(spec: ScheduleSpec, context: Context, common: BlockCommon): Table {
  const activities = (lookup(context.values, spec.activities) as Activity[] | undefined) ?? [];
  const w = spec.widths_mm;
  const fixed = mm(w.number + w.activity + MONTHS * w.month + w.note);
  const widths = [mm(w.number), mm(w.activity), context.contentWidth - fixed, ...Array<number>(MONTHS).fill(mm(w.month)), mm(w.note)];
  const cell = (text: string, align: Align, extra: Partial<TableCell> = {}): TableCell => ({ runs: parseInline(text), align, ...extra });
  const headed = (text: string, extra: Partial<TableCell>) => cell(text, 'center', { verticalAlign: 'middle', ...extra });
  const h = spec.headers;
  const monthNumbers = Array.from({ length: MONTHS }, (_, i) => cell(String(i + 1), 'center'));

  const rows: (TableCell | null)[][] = [
    [headed(h.number, { rowSpan: 2 }), headed(h.activity, { rowSpan: 2 }), headed(h.task, { rowSpan: 2 }), headed(h.months, { colSpan: MONTHS }), ...Array<null>(MONTHS - 1).fill(null), headed(h.note, { rowSpan: 2 })],
    [null, null, null, ...monthNumbers, null],
  ];
  if (spec.column_numbers) rows.push(widths.map((_, i) => cell(String(i + 1), 'center')));
  const headerRows = rows.length;

  activities.forEach((activity, a) => {
    const span = activity.sub_kegiatan.length;
    activity.sub_kegiatan.forEach((task, t) => {
      const marker = span > 1 ? `${itemMarker('letter', t)} ` : '';
      rows.push([
        t === 0 ? cell(String(a + 1), 'center', { rowSpan: span }) : null,
        t === 0 ? cell(activity.nama, 'left', { rowSpan: span }) : null,
        cell(marker + task.uraian, 'left'),
        ...Array.from({ length: MONTHS }, (_, m) => cell('', 'center', task.bulan.includes(m + 1) ? { shaded: true } : {})),
        cell(task.ket, 'left'),
      ]);
    });
  });
  return { kind: 'table', widths, headerRows, rows, fontSize: context.settings.ukuran_huruf_tabel, ...common };
}

type TableSpec = Extract<BlockSpec, { table: unknown }>['table'];
const ALIGN = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;

/** A table appendix: the header row, then its rows, each group under its heading row. */
function composeTable(spec: TableSpec, context: Context, common: BlockCommon): Table {
  const appendix = lookup(context.values, spec.source) as TableAppendix;
  const columns = typeof appendix.kolom === 'string' ? context.template.spec.tables[appendix.kolom] : appendix.kolom;
  const appendixPath = [...appendixPlace(context), 'kolom'];
  if (!columns) throw new NaskahError([{ file: context.options.dataFile, path: appendixPath, key: 'table-columns-unknown', found: String(appendix.kolom), detail: Object.keys(context.template.spec.tables).join(', ') }]);
  const widths = columnWidths(columns, context.contentWidth);
  const cell = (text: string, align: Align, extra: Partial<TableCell> = {}): TableCell => ({ runs: parseInline(text), align, ...extra });
  const rows: (TableCell | null)[][] = [columns.map((column) => cell(column.judul, 'center', { verticalAlign: 'middle' }))];
  const groups: TableGroup[] = [];
  const typed = columns.filter((column) => !column.nomor);
  let number = 0;

  const groupRow = (text: string): (TableCell | null)[] => [
    { runs: parseInline(text).map((run) => ({ ...run, bold: true })), align: 'left', colSpan: columns.length },
    ...Array<null>(columns.length - 1).fill(null),
  ];
  const addRows = (list: TableRow[], path: (string | number)[]) => {
    list.forEach((row, i) => {
      if (!Array.isArray(row)) {
        const heading = rows.length;
        rows.push(groupRow(row.kelompok));
        if (columns.some((column) => column.nomor === 'per_kelompok') && row.baris.some(Array.isArray)) number = 0;
        addRows(row.baris, [...path, i, 'baris']);
        groups.push({ heading, end: rows.length, continued: groupRow(context.template.render(spec.continued, row)) });
        return;
      }
      if (row.length !== typed.length) {
        throw new NaskahError([{ file: context.options.dataFile, path: [...path, i], key: 'table-row-cells', found: String(row.length), limit: typed.length, detail: typed.map((column) => column.judul).join(', ') }]);
      }
      number += 1;
      const cells = [...row];
      rows.push(columns.map((column) => cell(column.nomor ? `${number}.` : cells.shift()!, ALIGN[column.rata])));
    });
  };
  addRows(appendix.baris, [...appendixPlace(context), 'baris']);
  // Outer groups first, as their continuation lines stand on a page.
  groups.sort((a, b) => a.heading - b.heading);
  return { kind: 'table', widths, headerRows: 1, rows, fontSize: context.settings.ukuran_huruf_tabel, ...(groups.length ? { groups } : {}), ...common };
}

/** Declared widths in millimetres; the columns without one share what is left. */
function columnWidths(columns: TableColumn[], contentWidth: number): number[] {
  const fixed = columns.reduce((sum, column) => sum + (column.lebar_mm ? mm(column.lebar_mm) : 0), 0);
  const free = columns.filter((column) => !column.lebar_mm).length;
  const share = free > 0 ? Math.max(0, contentWidth - fixed) / free : 0;
  return columns.map((column) => (column.lebar_mm ? mm(column.lebar_mm) : share));
}

/** Where the appendix of this section stands in the data, for messages. */
function appendixPlace(context: Context): (string | number)[] {
  const appendices = (context.values as { lampiran_nomor?: number }).lampiran_nomor;
  return ['lampiran', (appendices ?? 1) - 1];
}

type TextSpec = Extract<BlockSpec, { text: unknown }>['text'];

/**
 * A text appendix: chapters centred, sections lettered, items with their markers hanging, paragraphs
 * under the text of the item they belong to, tables at their place.
 */
function composeText(spec: TextSpec, context: Context, common: BlockCommon): Block[] {
  const source = lookup(context.values, spec.source) as string;
  const step = mm(spec.indent_mm);
  const gap = context.lineHeight / 2;
  const blocks: Block[] = [];
  let chapter = 0;
  let section = 0;
  const inline = (text: string) => parseInline(text, { bold: true });
  /** Inside a section its text stands one step in, under the section's title. */
  const indentOf = (depth: number) => (depth + (section > 0 ? 1 : 0)) * step;

  for (const node of parseMarkup(source)) {
    switch (node.kind) {
      case 'chapter':
        chapter += 1;
        section = 0;
        spec.chapter.forEach((line, i) =>
          blocks.push({
            kind: 'paragraph',
            runs: inline(context.template.render(line, { nomor: chapter, judul: node.title })).map((run) => ({ ...run, bold: true })),
            align: 'center',
            keepWithNext: true,
            ...(i === 0 && chapter > 1 ? { spaceBefore: 2 * gap } : {}),
          }),
        );
        break;
      case 'section':
        section += 1;
        blocks.push({
          kind: 'item',
          marker: { text: context.template.render(spec.section_marker, { nomor: section }), bold: true },
          indentLeft: 0,
          markerWidth: step,
          runs: inline(node.title).map((run) => ({ ...run, bold: true })),
          align: 'left',
          keepWithNext: true,
          spaceBefore: gap,
        });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', runs: inline(node.text), align: 'justify', indentLeft: indentOf(node.depth), spaceBefore: gap });
        break;
      case 'item':
        blocks.push({ kind: 'item', marker: { text: node.marker }, indentLeft: indentOf(node.depth), markerWidth: step, runs: inline(node.text), align: 'justify', spaceBefore: gap / 2 });
        break;
      case 'table':
        blocks.push(markupTable(node.rows, context.contentWidth - indentOf(node.depth), context, gap));
        break;
    }
  }
  if (blocks.length > 0) Object.assign(blocks[0], common);
  return blocks;
}

/** A table of the markup: the first row is its header; columns as wide as their longest text asks. */
function markupTable(rows: string[][], width: number, context: Context, gap: number): Table {
  const columns = Math.max(...rows.map((row) => row.length));
  const longest = Array.from({ length: columns }, (_, c) => Math.max(4, ...rows.map((row) => (row[c] ?? '').length)));
  const total = longest.reduce((sum, length) => sum + length, 0);
  return {
    kind: 'table',
    widths: longest.map((length) => (width * length) / total),
    headerRows: 1,
    rows: rows.map((row, r) =>
      Array.from({ length: columns }, (_, c): TableCell => ({
        runs: parseInline(row[c] ?? '', { bold: true }),
        align: r === 0 ? 'center' : 'left',
        ...(r === 0 ? { verticalAlign: 'middle' } : {}),
      })),
    ),
    fontSize: context.settings.ukuran_huruf_tabel,
    spaceBefore: gap,
  };
}
