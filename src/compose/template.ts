/**
 * Document templates (templates/NAME.yaml): the wording and order of a kind of document.
 * Each text in a template is a Handlebars template, compiled once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { parse } from 'yaml';
import { z } from 'zod';
import { ownFile } from '../own-files';
import { NaskahError } from '../problems/problem';
import { tableColumnSchema } from '../data/schema';
import { dictumOrdinal, formatDateId, itemLetter, toRoman, upperId } from '../formatters';

export const TEMPLATES_DIR = ownFile('templates');

const condition = { if: z.string().optional(), unless: z.string().optional() };

const lineSpec = z.union([
  z.string(),
  z.strictObject({ text: z.string(), indent_mm: z.number().optional(), ...condition }),
  z.strictObject({ blank: z.number().int().min(1), ...condition }),
  /** The space kept free for the mark of an electronic signature, with the verification QR code at its left. */
  z.strictObject({ signature_area: z.strictObject({ width_mm: z.number().positive(), height_mm: z.number().positive(), qr_mm: z.number().positive() }), ...condition }),
]);
/** A list inside `lines` stands for its own lines (a YAML anchor reused). */
const linesSpec = z.array(z.union([lineSpec, z.array(lineSpec)])).transform((lines) => lines.flat());

const blockCommon = {
  space_before: z.number().min(0).optional(),
  keep_with_next: z.boolean().optional(),
  ...condition,
};

const blockSpec = z.union([
  z.strictObject({
    lines: linesSpec,
    align: z.enum(['left', 'center', 'right', 'justify']).optional(),
    /** Heading lines follow the office's choice of bold (tata_letak.kepala_tebal). */
    style: z.literal('heading').optional(),
    bold: z.boolean().optional(),
    ...blockCommon,
  }),
  z.strictObject({
    grid: z.strictObject({
      label: z.string(),
      /** The data list whose items make the rows; without it, one row of `text`. */
      each: z.string().optional(),
      text: z.string().default('{{this}}'),
      marker: z.enum(['letter', 'number', 'none']).default('none'),
      /** Empty lines between the rows (each dictum stands apart, R4). */
      space_between: z.number().min(0).default(0),
    }),
    ...blockCommon,
  }),
  z.strictObject({
    columns: z.array(z.strictObject({ width: z.string().regex(/^\d+(\.\d+)?%$/), lines: linesSpec, ...condition })),
    ...blockCommon,
  }),
  z.strictObject({ emblem: z.strictObject({ width_mm: z.number().positive() }), ...blockCommon }),
  z.strictObject({
    /** A table of the data (`tabel`): its rows and groups, under the columns of the data or of `tables`. */
    table: z.strictObject({
      source: z.string(),
      /** The line that stands for a group broken by a page, over the group's own fields ({{kelompok}}). */
      continued: z.string(),
    }),
    ...blockCommon,
  }),
  z.strictObject({
    /** A text in the light markup (src/compose/markup.ts): chapters, sections, lists, tables. */
    text: z.strictObject({
      source: z.string(),
      /** The lines of a chapter heading, over {{nomor}} and {{judul}}. */
      chapter: z.array(z.string()).min(1),
      /** The marker of a section, over {{nomor}}. */
      section_marker: z.string(),
      /** The width of a marker's column: each level of a list stands this much further in. */
      indent_mm: z.number().positive(),
    }),
    ...blockCommon,
  }),
  z.strictObject({
    schedule: z.strictObject({
      activities: z.string(),
      headers: z.strictObject({ number: z.string(), activity: z.string(), task: z.string(), months: z.string(), note: z.string() }),
      widths_mm: z.strictObject({ number: z.number(), activity: z.number(), month: z.number(), note: z.number() }),
      column_numbers: z.boolean().default(true),
    }),
    ...blockCommon,
  }),
]);

const orientation = z.enum(['portrait', 'landscape']);

const templateSpec = z.strictObject({
  /** How an appendix is headed and cited, over {{nomor}} (1, 2, …) and {{banyak}} (true when there are several). */
  appendix: z.strictObject({ label: z.string(), citation: z.string() }),
  /** Sets of table columns a data file may name instead of writing its own (`kolom: susunan_keanggotaan`). */
  tables: z.record(z.string(), z.array(tableColumnSchema).min(1)).default({}),
  sections: z.array(
    z.strictObject({
      part: z.enum(['body', 'appendix']),
      /** A section repeated for each item of a data list (each appendix); in it, the list's name means the item. */
      each: z.string().optional(),
      /** One orientation, or one for each kind of appendix (an appendix may choose its own: `orientasi`). */
      orientation: z.union([orientation, z.record(z.string(), orientation)]),
      blocks: z.array(blockSpec),
      ...condition,
    }),
  ),
});

export type TemplateSpec = z.output<typeof templateSpec>;
export type BlockSpec = z.output<typeof blockSpec>;
export type LineSpec = z.output<typeof lineSpec>;

export interface Template {
  name: string;
  spec: TemplateSpec;
  /** Renders one text of the template with a context; `data` gives @variables such as @number. */
  render(text: string, context: unknown, data?: Record<string, unknown>): string;
}

const handlebars = Handlebars.create();
handlebars.registerHelper('upper', (value: unknown) => upperId(String(value ?? '')));
/** Printed in a draft where a value is still to be decided, to be filled in by hand; a date gets a longer line. */
export const UNFILLED = '.........';
const UNFILLED_DATE = UNFILLED.repeat(2);

handlebars.registerHelper('tanggal', (value: unknown) => (value ? formatDateId(String(value)) : UNFILLED_DATE));
handlebars.registerHelper('ordinal', (value: unknown) => dictumOrdinal(Number(value)));
handlebars.registerHelper('roman', (value: unknown) => toRoman(Number(value)));
/** 1 → "A", 2 → "B": sections of a chapter. */
handlebars.registerHelper('huruf', (value: unknown) => itemLetter(Number(value) - 1).toUpperCase());

const loaded = new Map<string, Template>();

export function loadTemplate(name: string, dataFile: string): Template {
  const cached = loaded.get(name);
  if (cached) return cached;
  const file = path.join(TEMPLATES_DIR, `${name}.yaml`);
  if (!existsSync(file)) throw new NaskahError([{ file: dataFile, path: ['templat'], key: 'template-missing', found: name }]);
  const parsed = templateSpec.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new NaskahError(parsed.error.issues.map((issue) => ({ file, path: issue.path.map(String), key: 'template-invalid', detail: issue.message })));
  }
  const spec = parsed.data;
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const template: Template = {
    name,
    spec,
    render(text, context, data) {
      let run = compiled.get(text);
      if (!run) {
        // noEscape: the output is plain text for the layout model, never markup.
        run = handlebars.compile(text, { noEscape: true, strict: true });
        compiled.set(text, run);
      }
      return run(context, { data });
    },
  };
  loaded.set(name, template);
  return template;
}
