/** Turns a validated decree into the layout model, through its template. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ProblemKey } from '../problems/messages';
import { NaskahError } from '../problems/problem';
import type { Decree, LayoutSettings } from '../data/schema';
import { itemMarker } from '../formatters';
import { mm, type Align, type Block, type Column, type Grid, type GridRow, type LayoutDocument, type Paragraph, type Run, type Section, type Table, type TableCell, type TableSlot, type TableStyle, type Watermark, isCovered } from '../layout/model';
import { textWidth } from '../layout/measure';
import { parseInline } from './inline';
import { loadTemplate, type BlockSpec, type LineSpec, type Template } from './template';

export type Variant = 'asli' | 'salinan';

export interface ComposeOptions {
  variant: Variant;
  /** A draft carries the KONSEP watermark on every page. */
  draft?: boolean;
  /** The data file, to resolve the emblem's path and to place messages. */
  dataFile: string;
}

const PAPER_MM = { F4: { width: 215, height: 330 }, A4: { width: 210, height: 297 } } as const;
const PAGE_NUMBER_STYLES = { '- n -': ['- ', ' -'], '-n-': ['-', '-'], n: ['', ''] } as const;
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
  options: ComposeOptions;
}

export function composeDecree(decree: Decree, options: ComposeOptions): LayoutDocument {
  const template = loadTemplate(decree.templat, options.dataFile);
  const settings = decree.kantor.tata_letak;
  const paper = PAPER_MM[settings.kertas];
  const margins = settings.margin_mm;
  const [prefix, suffix] = PAGE_NUMBER_STYLES[settings.nomor_halaman];
  const values = templateValues(decree, options.variant, template);
  checkPageBreaks(settings.halaman_baru, template, options.dataFile);
  const institution = `${decree.kantor.lembaga} ${decree.kantor.wilayah}`;

  const sections = template.spec.sections
    .filter((section) => isOn(section, values))
    .map((section): Section => {
      const pageWidth = section.orientation === 'portrait' ? paper.width : paper.height;
      const context: Context = {
        template,
        settings,
        values,
        lineHeight: settings.ukuran_huruf * LINE_HEIGHT * settings.spasi,
        contentWidth: mm(pageWidth - margins.kiri - margins.kanan),
        options,
      };
      return {
        orientation: section.orientation,
        contentWidth: context.contentWidth,
        catchwords: section.part === 'body' ? settings.kata_penyambung.badan : settings.kata_penyambung.lampiran,
        ...(section.part === 'appendix' && settings.nomor_halaman_lampiran === 'ulang' ? { restartPageNumbers: true } : {}),
        blocks: fitLabelColumn(
          section.blocks.filter((block) => isOn(block, values)).flatMap((block) => composeBlock(block, context)),
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
    ...(options.draft ? { watermark: DRAFT_WATERMARK } : {}),
    sections,
  };
}

/** Every block named in `halaman_baru` is a named block of the template. */
function checkPageBreaks(names: string[], template: Template, dataFile: string): void {
  const known = new Set(template.spec.sections.flatMap((section) => section.blocks.map((block) => block.name).filter((name) => name !== undefined)));
  const problems = names.flatMap((name, i) =>
    known.has(name) ? [] : [{ file: dataFile, path: ['kantor', 'tata_letak', 'halaman_baru', i], key: 'page-break-unknown-block' as const, found: name, detail: [...known].join(', ') }],
  );
  if (problems.length > 0) throw new NaskahError(problems);
}

/** The decree data with the facts derived from it, then the template's named texts worked out in order. */
function templateValues(decree: Decree, variant: Variant, template: Template): Record<string, unknown> {
  const values: Record<string, unknown> = {
    ...decree,
    nasional: /^republik indonesia$/i.test(decree.kantor.wilayah),
    salinan: variant === 'salinan',
    tempat: decree.ditetapkan.tempat || decree.kantor.kedudukan,
  };
  for (const [name, text] of Object.entries(template.spec.texts)) values[name] = template.render(text, values);
  return values;
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
        width: (context.contentWidth * parseFloat(column.width)) / 100,
        blocks: isOn(column, context.values) ? composeLines(column.lines, 'left', context, false) : [],
      }),
    );
    return [{ kind: 'columns', columns, ...common }];
  }
  if ('emblem' in spec) return composeEmblem(spec.emblem.width_mm, context, common);
  return [composeSchedule(spec.schedule, context, common)];
}

function composeLines(lines: LineSpec[], align: Align, context: Context, bold: boolean): Paragraph[] {
  return lines.flatMap((line): Paragraph[] => {
    if (typeof line !== 'string' && !isOn(line, context.values)) return [];
    if (typeof line !== 'string' && 'blank' in line) {
      return Array.from({ length: line.blank }, () => ({ kind: 'paragraph', runs: [], align }));
    }
    const text = context.template.render(typeof line === 'string' ? line : line.text, context.values);
    const indent = typeof line !== 'string' && line.indent_mm ? { indentLeft: mm(line.indent_mm) } : {};
    // A line break in a text (a title the office broke where it wants) starts a line of its own.
    return text.split(/ *\n */).map((part) => {
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
    const { runs, subItems } = splitSubItems(context.template.render(spec.text, item, data));
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
  return [{ kind: 'image', path: file, width: mm(widthMm), align: 'center', ...common }];
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

type ScheduleSpec = Extract<BlockSpec, { schedule: unknown }>['schedule'];
type Activity = NonNullable<Decree['lampiran']>['kegiatan'][number];

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
