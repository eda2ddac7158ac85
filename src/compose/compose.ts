/** Turns a validated decree into the layout model, through its template. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { NaskahError } from '../problems/problem';
import type { Decree, LayoutSettings } from '../data/schema';
import { itemMarker } from '../formatters';
import { mm, type Align, type Block, type Column, type LayoutDocument, type Paragraph, type Section, type Table, type TableCell } from '../layout/model';
import { parseInline } from './inline';
import { loadTemplate, UNFILLED, type BlockSpec, type LineSpec, type Template } from './template';

export type Variant = 'asli' | 'salinan';

export interface ComposeOptions {
  variant: Variant;
  /** A draft carries the KONSEP watermark on every page. */
  draft?: boolean;
  /** The data file, to resolve the emblem's path and to place messages. */
  dataFile: string;
  /** Errors of the check that `--abaikan-periksa` let through; recorded in the documents' properties. */
  checkIgnored?: number;
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
}

export function composeDecree(decree: Decree, options: ComposeOptions): LayoutDocument {
  const template = loadTemplate(decree.templat, options.dataFile);
  const settings = decree.kantor.tata_letak;
  const paper = PAPER_MM[settings.kertas];
  const margins = settings.margin_mm;
  const [prefix, suffix] = PAGE_NUMBER_STYLES[settings.nomor_halaman];
  const values = templateValues(decree, options.variant);
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
        catchwords: section.part === 'body' ? settings.kata_penyambung.badan : settings.kata_penyambung.lampiran,
        ...(section.part === 'appendix' && settings.nomor_halaman_lampiran === 'ulang' ? { restartPageNumbers: true } : {}),
        blocks: section.blocks.filter((block) => isOn(block, values)).flatMap((block) => composeBlock(block, context)),
      };
    });

  return {
    meta: {
      title: `Keputusan ${institution} Nomor ${decree.keputusan.nomor} Tahun ${decree.keputusan.tahun}`,
      subject: decree.keputusan.tentang,
      author: institution,
      created: decree.ditetapkan.tanggal ?? `${decree.keputusan.tahun}-01-01`,
      language: 'id-ID',
      ...(options.checkIgnored ? { keywords: `pemeriksaan diabaikan (--abaikan-periksa): ${options.checkIgnored} kesalahan` } : {}),
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

function templateValues(decree: Decree, variant: Variant): Record<string, unknown> {
  const { nomor, tahun } = decree.keputusan;
  const { lembaga, wilayah } = decree.kantor;
  const national = /^republik indonesia$/i.test(wilayah);
  return {
    ...decree,
    nasional: national,
    nama_keputusan: national ? lembaga : `${lembaga} ${wilayah}`,
    salinan: variant === 'salinan',
    tempat: decree.ditetapkan.tempat || decree.kantor.kedudukan,
    nomor: decree.kantor.tata_letak.format_nomor === 'kode' ? `NOMOR : ${nomor ?? UNFILLED}` : `NOMOR ${nomor ?? UNFILLED} TAHUN ${tahun}`,
    lampiran_label: 'LAMPIRAN',
  };
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
  return [composeSchedule(spec.schedule, context, common)];
}

function composeLines(lines: LineSpec[], align: Align, context: Context, bold: boolean): Paragraph[] {
  return lines.flatMap((line): Paragraph[] => {
    if (typeof line !== 'string' && !isOn(line, context.values)) return [];
    if (typeof line !== 'string' && 'blank' in line) {
      return Array.from({ length: line.blank }, () => ({ kind: 'paragraph', runs: [], align }));
    }
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
    const text = context.template.render(spec.text, item, data);
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
  const problem = (key: string) => new NaskahError([{ file: dataFile, path: ['kantor', 'lambang'], key, found: emblem }]);
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
