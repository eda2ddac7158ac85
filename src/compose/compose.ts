/** Turns a validated decree into the layout model, through its template. */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ProblemKey } from '../problems/messages';
import { NaskahError, type Problem } from '../problems/problem';
import type { Appendix, Decree, LayoutSettings, ScheduleAppendix, TableAppendix, TableColumn, TableRow } from '../data/schema';
import { PAGE_NUMBER_AFFIXES, PAPER_MM } from '../data/schema';
import { itemMarker } from '../formatters';
import { mm, type Align, type Block, type Column, type Grid, type GridRow, type LayoutDocument, type PageFooter, type Paragraph, type Run, type Section, type SignatureArea, type Table, type TableCell, type TableGroup, type TableSlot, type TableStyle, type Watermark, isCovered } from '../layout/model';
import { imageTypeOf } from '../layout/assets';
import { textWidth } from '../layout/measure';
import { parseInline, plainText } from './inline';
import { parseMarkup } from './markup';
import { qrCode } from './qr';
import { loadTemplate, type BlockSpec, type LineSpec, type Template } from './template';

export type Variant = 'asli' | 'salinan';

interface ComposeOptions {
  variant: Variant;
  /** A draft carries the KONSEP watermark on every page. */
  draft?: boolean;
  /** The data file, to resolve the emblem's path and to place messages. */
  dataFile: string;
  /** PDF/A-2b whatever the office's setting (`--pdfa`); a draft cannot be one. */
  archival?: boolean;
  /** Errors of the check that `--abaikan-periksa` let through; recorded in the documents' properties. */
  checkIgnored?: number;
}

/** One empty line, as a multiple of the type size. */
const LINE_HEIGHT = 1.15;
/** Ruled tables: thin rules, text clear of them on all sides, months shaded in a grey that prints. */
const TABLE_STYLE: Omit<TableStyle, 'markerWidth'> = { rule: 0.5, padding: { x: 3, y: 1 }, shading: 'BFBFBF' };
/** A marker's column, per character of the longest marker ("a." or "aa."), in ems of the table's type. */
const MARKER_EM_PER_CHARACTER = 0.8;
/**
 * A draft's mark: hollow letters in mid grey, which read as a stamp over the text and cannot be
 * taken for shaded months.
 */
const DRAFT_WATERMARK: Watermark = { text: 'KONSEP', color: '8C8C8C', outline: 1 };
/** The separator after a grid row's label (Menimbang : …). */
const GRID_SEPARATOR = ':';
/** Rows of an appendix table that go with the signature to its page, so that none stands there alone. */
const ROWS_WITH_SIGNATURE = 2;
/** Bold text is measured in the regular face; this much wider covers a bold header's word. */
const BOLD_ALLOWANCE = 1.1;
/** Space between the widest label and the colon, as a multiple of the type size. */
const LABEL_GAP = 0.3;

/** What every block may carry: space above and keeping with the next block. */
type BlockCommon = Pick<Paragraph, 'spaceBefore' | 'keepWithNext' | 'pageBreakBefore'>;

interface Context {
  template: Template;
  settings: LayoutSettings;
  /** What the template's texts see: the decree data and the values derived from it. */
  values: Record<string, unknown>;
  lineHeight: number;
  contentWidth: number;
  orientation: Section['orientation'];
  options: ComposeOptions;
  decree: Decree;
  /** PDF/A: decided once for the document. */
  archival: boolean;
}

export function composeDecree(decree: Decree, options: ComposeOptions): LayoutDocument {
  const template = loadTemplate(decree.templat, options.dataFile);
  const settings = decree.kantor.tata_letak;
  const paper = PAPER_MM[settings.kertas];
  const margins = settings.margin_mm;
  const [prefix, suffix] = PAGE_NUMBER_AFFIXES[settings.nomor_halaman];
  const values = templateValues(decree, options.variant, template);
  checkPageBreaks(settings.halaman_baru, template, options.dataFile);
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
        orientation,
        options,
        decree,
        archival,
      };
      return {
        orientation,
        contentWidth: context.contentWidth,
        catchwords: section.part === 'body' ? settings.kata_penyambung.badan : settings.kata_penyambung.lampiran,
        ...(section.part === 'appendix' && settings.nomor_halaman_lampiran === 'ulang' ? { restartPageNumbers: true } : {}),
        blocks: fitLabelColumn(
          section.blocks.filter((block) => isOn(block, sectionValues)).flatMap((block) => composeBlock(block, context)),
          settings,
        ),
      };
    });

  const { nomor, tahun } = decree.keputusan;
  const top = mm(margins.atas);
  return {
    meta: {
      // A draft has no number yet.
      title: `Keputusan ${institution}${nomor ? ` Nomor ${nomor}` : ''} Tahun ${tahun}`,
      subject: decree.keputusan.tentang,
      author: institution,
      created: decree.ditetapkan.tanggal ?? `${decree.keputusan.tahun}-01-01`,
      language: 'id-ID',
      ...(archival ? { archival: { conformance: 'PDF/A-2b' as const } } : {}),
      ...keywordsOf(decree, archival, options.checkIgnored),
    },
    page: {
      width: mm(paper.width),
      height: mm(paper.height),
      margins: { top: mm(margins.atas), bottom: mm(margins.bawah), left: mm(margins.kiri), right: mm(margins.kanan) },
    },
    font: { family: settings.huruf, size: settings.ukuran_huruf, lineSpacing: settings.spasi },
    // The number's line centred in the top margin.
    pageNumbers: { prefix, suffix, fromPage: 2, top: Math.max(0, (top - settings.ukuran_huruf * 1.2) / 2) },
    catchwordSuffix: ` ${settings.kata_penyambung.akhiran}`,
    ...composeFooter(template, values),
    ...(options.draft ? { watermark: DRAFT_WATERMARK } : {}),
    sections,
  };
}

/** The template's footer, when it is switched on for this decree: its lines that are on, in its own type size. */
function composeFooter(template: Template, values: Record<string, unknown>): { footer?: PageFooter } {
  const spec = template.spec.footer;
  if (!spec || !isOn(spec, values)) return {};
  const paragraphs = spec.lines
    .filter((line) => typeof line === 'string' || isOn(line, values))
    .flatMap((line) => template.render(typeof line === 'string' ? line : line.text, values).split(/ *\n */))
    .map((text): Paragraph => ({ kind: 'paragraph', runs: parseInline(text), align: spec.align }));
  return paragraphs.length > 0 ? { footer: { paragraphs, fontSize: spec.font_size, bottom: mm(spec.bottom_mm) } } : {};
}

/** The documents' keywords: an archival PDF's number and date; a final decree built past its check's errors. */
function keywordsOf(decree: Decree, archival: boolean, checkIgnored: number | undefined): { keywords?: string } {
  const keywords = [
    archival && `Nomor ${decree.keputusan.nomor}; Tanggal ${decree.ditetapkan.tanggal}`,
    checkIgnored && `pemeriksaan diabaikan (--abaikan-periksa): ${checkIgnored} kesalahan`,
  ].filter(Boolean);
  return keywords.length > 0 ? { keywords: keywords.join('; ') } : {};
}

/**
 * An archival PDF is asked for by the build or set by the office for its finished decrees. PDF/A forbids
 * what a draft is made of (the watermark's transparency), so a draft asked for as PDF/A is refused.
 */
function isArchival(decree: Decree, options: ComposeOptions): boolean {
  if (options.archival && options.draft) throw new NaskahError([{ file: options.dataFile, key: 'pdfa-draft' }]);
  return options.archival ?? (decree.kantor.pdfa && !options.draft);
}

/** Every block named in `halaman_baru` is a named block of the template. */
function checkPageBreaks(names: string[], template: Template, dataFile: string): void {
  const known = new Set(template.spec.sections.flatMap((section) => section.blocks.map((block) => block.name).filter((name) => name !== undefined)));
  const problems = names.flatMap((name, i): Problem[] =>
    known.has(name) ? [] : [{ file: dataFile, path: ['kantor', 'tata_letak', 'halaman_baru', i], key: 'page-break-unknown-block', found: name, detail: [...known].join(', ') }],
  );
  if (problems.length > 0) throw new NaskahError(problems);
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

/** The decree data with the facts derived from it, then the template's named texts worked out in order. */
function templateValues(decree: Decree, variant: Variant, template: Template): Record<string, unknown> {
  const copy = variant === 'salinan';
  const electronic = isSignedElectronically(decree);
  const values: Record<string, unknown> = {
    ...decree,
    nasional: /^republik indonesia$/i.test(decree.kantor.wilayah),
    salinan: copy,
    elektronik: electronic,
    ruang_tanda_tangan_basah: !copy && !electronic,
    ruang_tanda_tangan_elektronik: !copy && electronic,
    pengesahan_salinan: copy && (!electronic || decree.kantor.tte.salinan === 'pengesahan'),
    keterangan_elektronik_di_halaman_tanda_tangan: electronic && decree.kantor.tte.keterangan === 'halaman_tanda_tangan',
    keterangan_elektronik_di_kaki_halaman: electronic && decree.kantor.tte.keterangan === 'kaki_halaman',
    tempat: decree.ditetapkan.tempat || decree.kantor.kedudukan,
  };
  for (const [name, text] of Object.entries(template.spec.texts)) values[name] = template.render(text, values);
  return values;
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

function isSignedElectronically(decree: Decree): boolean {
  return (decree.tanda_tangan ?? decree.kantor.tte.tanda_tangan) === 'elektronik';
}

/** The office's verification address for this decree: {nomor} and {tahun} filled in, as parts of a URL. */
function verificationAddress(decree: Decree): string | undefined {
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
    ...(spec.page_break_before || (spec.name !== undefined && context.settings.halaman_baru.includes(spec.name)) ? { pageBreakBefore: true } : {}),
  };
  if ('lines' in spec) {
    const bold = spec.bold || (spec.style === 'heading' && context.settings.kepala_tebal);
    const paragraphs = composeLines(spec.lines, spec.align ?? 'center', context, bold);
    return paragraphs.map((paragraph, i) => ({
      ...paragraph,
      ...(i === 0 ? common : {}),
      // Lines of one block stay together, and the last one with the next block when asked.
      ...(i < paragraphs.length - 1 || spec.keep_with_next ? { keepWithNext: true } : {}),
    }));
  }
  if ('grid' in spec) return composeGrid(spec.grid, context, common);
  if ('columns' in spec) {
    const columns = spec.columns.map(
      (column): Column => ({
        width: (context.contentWidth * parseFloat(typeof column.width === 'string' ? column.width : column.width[context.orientation])) / 100,
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
    const text = context.template.render(typeof line === 'string' ? line : line.text, context.values);
    const indent = typeof line !== 'string' && line.indent_mm ? { indentLeft: mm(line.indent_mm) } : {};
    // A line break in a text (a title the office broke where it wants) starts a line of its own.
    return text.split(/ *\n */).map((part): Paragraph => {
      const runs = parseInline(part).map((run) => (bold ? { ...run, bold: true } : run));
      return { kind: 'paragraph', runs, align, ...indent };
    });
  });
}

type GridSpec = Extract<BlockSpec, { grid: unknown }>['grid'];

function composeGrid(spec: GridSpec, context: Context, common: BlockCommon): Block[] {
  const items = spec.each === undefined ? [context.values] : (lookup(context.values, spec.each) as unknown[] | undefined) ?? [];
  if (items.length === 0) return [];
  // A label that depends on the row (the dictum ordinals) is printed on every row; a fixed one on the first.
  const labelPerRow = spec.label.includes('@');
  // A single consideration or legal basis takes no letter or number (R16, R19).
  const marker = items.length > 1 ? spec.marker : 'none';
  const widths = context.settings.kolom_mm;
  const columns = { label: mm(widths.label), colon: mm(widths.titik_dua), marker: marker === 'none' ? 0 : mm(widths.penanda) };
  // Sub-items hang under the text of their item, their own markers in a column of the marker width.
  const subColumns = { label: columns.label, colon: columns.colon + columns.marker, marker: mm(widths.penanda) };
  const parts = items.map((item, index) => {
    const data = { index, number: index + 1 };
    const text = citeAppendices(context.template.render(spec.text, item, data), context, spec.each === undefined ? [] : [spec.each, index]);
    const { runs, subItems } = splitSubItems(text);
    const row: GridRow = {
      label: labelPerRow || index === 0 ? context.template.render(spec.label, item, data) : '',
      marker: marker === 'none' ? '' : itemMarker(marker, index),
      runs,
      align: 'justify',
    };
    return { row, subRows: subItems.map((sub): GridRow => ({ label: '', ...sub, align: 'justify' })) };
  });
  // Rows go into one grid; a row that stands apart (each dictum, R4) starts a grid of its own, on the same
  // columns, and sub-items are a grid of their own after their row.
  const grids: Grid[] = [];
  let open: Grid | undefined;
  parts.forEach(({ row, subRows }, i) => {
    if (!open || spec.space_between) {
      open = { kind: 'grid', columns, separator: GRID_SEPARATOR, rows: [], ...(i > 0 && spec.space_between ? { spaceBefore: spec.space_between * context.lineHeight } : {}) };
      grids.push(open);
    }
    open.rows.push(row);
    if (subRows.length > 0) {
      grids.push({ kind: 'grid', columns: subColumns, separator: GRID_SEPARATOR, rows: subRows });
      open = undefined;
    }
  });
  // The block's own spacing goes to its first grid, its keeping with the next block to its last.
  const { keepWithNext, ...first } = common;
  Object.assign(grids[0], first);
  if (keepWithNext) grids[grids.length - 1].keepWithNext = true;
  return grids;
}

/** An item's line that starts a sub-item ("1. Ketentuan …", "b) …") or a quoted text ("“KEDUA : …"). */
const SUB_ITEM = /^(\d{1,2}[.)]|[a-z][.)])\s+(.*)$/;
const QUOTE = /^["“‘']/;

interface ItemPart {
  marker: string;
  runs: Run[];
}

/**
 * The runs of an item and of its sub-items. An item written over several lines (a YAML block with "|")
 * holds sub-items: a line that starts with a marker begins one, a line that starts with a quotation mark
 * begins a quoted text under it; any other line goes on with the line above, after a space. Italics
 * never run over a line's end, as in a text of one line.
 */
function splitSubItems(source: string): { runs: Run[]; subItems: ItemPart[] } {
  const [first, ...rest] = source.split('\n').map((line) => line.trim());
  const main: ItemPart = { marker: '', runs: parseInline(first) };
  const subItems: ItemPart[] = [];
  for (const line of rest) {
    if (line === '') continue;
    const item = SUB_ITEM.exec(line);
    if (item) subItems.push({ marker: item[1], runs: parseInline(item[2]) });
    else if (QUOTE.test(line)) subItems.push({ marker: '', runs: parseInline(line) });
    else (subItems[subItems.length - 1] ?? main).runs.push({ text: ' ' }, ...parseInline(line));
  }
  return { runs: main.runs, subItems };
}

/**
 * The label column as wide as its widest label, so that "Memperhatikan" or "KETIGA BELAS" never wraps;
 * the office's width is the least. Grids that follow one another (Menimbang to Memperhatikan, Menetapkan
 * and the dictums) keep one column, as R15 wants; many dictums widen only their own.
 */
function fitLabelColumn(blocks: Block[], settings: LayoutSettings): Block[] {
  const least = mm(settings.kolom_mm.label);
  const fitted = [...blocks];
  for (let start = 0; start < fitted.length; start++) {
    let end = start;
    while (fitted[end]?.kind === 'grid') end++;
    if (end === start) continue;
    const run = fitted.slice(start, end) as Grid[];
    const labels = run.flatMap((grid) => grid.rows.map((row) => row.label).filter(Boolean));
    const widest = Math.max(0, ...labels.map((label) => textWidth(label, settings.huruf, settings.ukuran_huruf) + settings.ukuran_huruf * LABEL_GAP));
    const label = Math.max(least, widest);
    run.forEach((grid, i) => (fitted[start + i] = { ...grid, columns: { ...grid.columns, label } }));
    start = end;
  }
  return fitted;
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
  if (context.archival && hasTransparency(file)) throw problem('pdfa-emblem-transparent');
  return [{ kind: 'image', path: file, width: mm(widthMm), align: 'center', ...common }];
}

/** Whether a PNG carries an alpha channel (colour type 4 or 6) or a transparent colour (a tRNS chunk). */
function hasTransparency(file: string): boolean {
  const bytes = readFileSync(file);
  if (imageTypeOf(bytes) !== 'png') return false;
  return bytes[25] === 4 || bytes[25] === 6 || bytes.includes('tRNS');
}

/** Whether the file starts like a PNG or a JPEG image. */
function isPngOrJpeg(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    return imageTypeOf(head) !== undefined;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** Free space for the signing service's mark; the QR code of the verification address at its left. */
function composeSignatureArea(spec: { width_mm: number; height_mm: number; qr_mm: number }, context: Context): SignatureArea {
  const address = verificationAddress(context.decree);
  const appendix = appendixNumber(context);
  return {
    kind: 'signature-area',
    width: mm(spec.width_mm),
    height: mm(spec.height_mm),
    ...(address ? { qr: qrCode(address, mm(spec.qr_mm)) } : {}),
    ...(appendix ? { appendix } : {}),
  };
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
  const covered = (row: number, column: number): TableSlot => ({ coveredBy: { row, column } });
  const h = spec.headers;
  const monthNumbers = Array.from({ length: MONTHS }, (_, i) => cell(String(i + 1), 'center'));
  const NOTE = 3 + MONTHS;

  const rows: TableSlot[][] = [
    [
      headed(h.number, { rowSpan: 2 }),
      headed(h.activity, { rowSpan: 2 }),
      headed(h.task, { rowSpan: 2 }),
      headed(h.months, { colSpan: MONTHS }),
      ...Array.from({ length: MONTHS - 1 }, () => covered(0, 3)),
      headed(h.note, { rowSpan: 2 }),
    ],
    [covered(0, 0), covered(0, 1), covered(0, 2), ...monthNumbers, covered(0, NOTE)],
  ];
  if (spec.column_numbers) rows.push(widths.map((_, i) => cell(String(i + 1), 'center')));
  const headerRows = rows.length;

  activities.forEach((activity, a) => {
    const span = activity.sub_kegiatan.length;
    const first = rows.length;
    const number = String(a + 1);
    // On a page the activity continues on, its number and name are repeated in the template's words.
    const continuedName = spec.continued === undefined ? activity.nama : context.template.render(spec.continued, activity);
    activity.sub_kegiatan.forEach((task, t) => {
      rows.push([
        t === 0 ? cell(number, 'center', { rowSpan: span, ...(span > 1 ? { continued: parseInline(number) } : {}) }) : covered(first, 0),
        t === 0 ? cell(activity.nama, 'left', { rowSpan: span, ...(span > 1 ? { continued: parseInline(continuedName) } : {}) }) : covered(first, 1),
        cell(task.uraian, 'left', span > 1 ? { marker: itemMarker('letter', t) } : {}),
        ...Array.from({ length: MONTHS }, (_, m) => cell('', 'center', task.bulan.includes(m + 1) ? { shaded: true } : {})),
        cell(task.ket, 'left'),
      ]);
    });
  });
  const longestMarker = Math.max(0, ...rows.map((row) => (isCovered(row[2]) ? 0 : (row[2].marker?.length ?? 0))));
  const markerWidth = longestMarker * MARKER_EM_PER_CHARACTER * context.settings.ukuran_huruf_tabel;
  return {
    kind: 'table',
    widths,
    style: { ...TABLE_STYLE, markerWidth },
    headerRows,
    rows,
    fontSize: context.settings.ukuran_huruf_tabel,
    ...common,
    ...(common.keepWithNext ? { keepLastRows: ROWS_WITH_SIGNATURE } : {}),
  };
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
  const rows: TableSlot[][] = [columns.map((column) => cell(column.judul, 'center', { verticalAlign: 'middle' }))];
  const groups: TableGroup[] = [];
  const typed = columns.filter((column) => !column.nomor);
  let number = 0;

  /** A group's heading across the whole row, at row `at` of the table. */
  const groupRow = (text: string, at: number): TableSlot[] => [
    { runs: parseInline(text).map((run) => ({ ...run, bold: true })), align: 'left', colSpan: columns.length },
    ...Array.from({ length: columns.length - 1 }, (): TableSlot => ({ coveredBy: { row: at, column: 0 } })),
  ];
  const addRows = (list: TableRow[], path: (string | number)[]) => {
    list.forEach((row, i) => {
      if (!Array.isArray(row)) {
        const heading = rows.length;
        rows.push(groupRow(row.kelompok, heading));
        if (columns.some((column) => column.nomor === 'per_kelompok') && row.baris.some(Array.isArray)) number = 0;
        addRows(row.baris, [...path, i, 'baris']);
        groups.push({ heading, end: rows.length, continued: groupRow(context.template.render(spec.continued, row), heading) });
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
  return {
    kind: 'table',
    widths,
    style: { ...TABLE_STYLE, markerWidth: 0 },
    headerRows: 1,
    rows,
    fontSize: context.settings.ukuran_huruf_tabel,
    ...(groups.length ? { groups } : {}),
    ...common,
    ...(common.keepWithNext ? { keepLastRows: ROWS_WITH_SIGNATURE } : {}),
  };
}

/** Declared widths in millimetres; the columns without one share what is left. */
function columnWidths(columns: TableColumn[], contentWidth: number): number[] {
  const fixed = columns.reduce((sum, column) => sum + (column.lebar_mm ? mm(column.lebar_mm) : 0), 0);
  const free = columns.filter((column) => !column.lebar_mm).length;
  const share = free > 0 ? Math.max(0, contentWidth - fixed) / free : 0;
  return columns.map((column) => (column.lebar_mm ? mm(column.lebar_mm) : share));
}

/** The appendix (from 1) this section is a copy for; undefined in the body. */
function appendixNumber(context: Context): number | undefined {
  return (context.values as { lampiran_nomor?: number }).lampiran_nomor;
}

/** Where the appendix of this section stands in the data, for messages. */
function appendixPlace(context: Context): (string | number)[] {
  return ['lampiran', (appendixNumber(context) ?? 1) - 1];
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
  if (blocks.length === 0) return blocks;
  const { keepWithNext, ...opening } = common;
  Object.assign(blocks[0], opening);
  // What follows (the signature) is kept with the text's end, not with its first heading.
  if (keepWithNext) blocks[blocks.length - 1].keepWithNext = true;
  return blocks;
}

/** A table of the markup: the first row is its header; columns as wide as their longest text asks, none narrower than its longest word. */
function markupTable(rows: string[][], width: number, context: Context, gap: number): Table {
  const columns = Math.max(...rows.map((row) => row.length));
  const longest = Array.from({ length: columns }, (_, c) => Math.max(4, ...rows.map((row) => (row[c] ?? '').length)));
  const total = longest.reduce((sum, length) => sum + length, 0);
  const { huruf, ukuran_huruf_tabel: size } = context.settings;
  const wordWidth = (text: string) => Math.max(0, ...plainText(parseInline(text)).split(/\s+/).map((word) => textWidth(word, huruf, size) * BOLD_ALLOWANCE));
  const least = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((row) => wordWidth(row[c] ?? ''))) + 2 * (TABLE_STYLE.padding.x + TABLE_STYLE.rule));
  // A column too narrow for its longest word takes what it needs; the others share the rest as before.
  const narrow = longest.map((length, c) => (width * length) / total < least[c]);
  const taken = least.reduce((sum, need, c) => sum + (narrow[c] ? need : 0), 0);
  const shared = longest.reduce((sum, length, c) => sum + (narrow[c] ? 0 : length), 0);
  const widths = longest.map((length, c) => (narrow[c] ? least[c] : ((width - taken) * length) / shared));
  return {
    kind: 'table',
    widths,
    style: { ...TABLE_STYLE, markerWidth: 0 },
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
