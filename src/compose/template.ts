/**
 * Document templates: the wording and order of a kind of document.
 * A template is naskah's own (templates/NAME.yaml) or an office's (NAME.templat.yaml beside the data
 * file, or in the folder above it); an office's template may extend another and replace only some of
 * its named blocks and texts. Each text in a template is a Handlebars template, compiled once per process.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { z } from 'zod';
import { parseYamlText, readYamlText, type FieldPath, type LoadedSource } from '../data/load';
import { toProblems } from '../data/validate';
import { ownFile } from '../own-files';
import type { ProblemKey } from '../problems/messages';
import { NaskahError, type Problem } from '../problems/problem';
import { tableColumnSchema } from '../data/schema';
import { dictumOrdinal, formatDateId, itemLetter, toRoman, upperTitleId } from '../formatters';

const TEMPLATES_DIR = ownFile('templates');
/** An office's template file: `NAME.templat.yaml`, so that a folder of decrees can hold it without it being taken for a decree. */
export const OFFICE_TEMPLATE_SUFFIX = '.templat.yaml';

const condition = { if: z.string().optional(), unless: z.string().optional() };

const lineSpec = z.union([
  z.string(),
  z.strictObject({ text: z.string(), indent_mm: z.number().optional(), ...condition }),
  z.strictObject({ blank: z.number().int().min(1), ...condition }),
  /** The space kept free for the mark of an electronic signature, with the verification QR code at its left. */
  z.strictObject({ signature_area: z.strictObject({ width_mm: z.number().positive(), height_mm: z.number().positive(), qr_mm: z.number().positive() }), ...condition }),
]);
const percentage = z.string().regex(/^\d+(\.\d+)?%$/);
/** A list inside `lines` stands for its own lines (a YAML anchor reused). */
const linesSpec = z.array(z.union([lineSpec, z.array(lineSpec)])).transform((lines) => lines.flat());

const blockName = z.string().regex(/^[a-z][a-z0-9_]*$/);

const blockCommon = {
  /** Names a block so that a template extending this one can replace it. */
  name: blockName.optional(),
  space_before: z.number().min(0).optional(),
  keep_with_next: z.boolean().optional(),
  /** Starts the block on a new page. */
  page_break_before: z.boolean().optional(),
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
    /** A column's share of the width, or a share for each orientation of the page (a block at the right needs more room on a portrait page). */
    columns: z.array(z.strictObject({ width: z.union([percentage, z.strictObject({ portrait: percentage, landscape: percentage })]), lines: linesSpec, ...condition })),
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
      /** The activity's name at the top of a page its rows continue on ("{{nama}} (lanjutan)"); the name itself when absent. */
      continued: z.string().optional(),
    }),
    ...blockCommon,
  }),
]);

const orientation = z.enum(['portrait', 'landscape']);

const sectionSpec = z.strictObject({
  part: z.enum(['body', 'appendix']),
  /** A section repeated for each item of a data list (each appendix); in it, the list's name means the item. */
  each: z.string().optional(),
  /** One orientation, or one for each kind of appendix (an appendix may choose its own: `orientasi`). */
  orientation: z.union([orientation, z.record(z.string(), orientation)]),
  blocks: z.array(blockSpec),
  ...condition,
});

/**
 * Page furniture: lines at the foot of every page, below the continuation words, in a type of their own
 * size, the last line's foot `bottom_mm` above the paper's edge.
 */
const footerSpec = z.strictObject({
  lines: z.array(z.union([z.string(), z.strictObject({ text: z.string(), ...condition })])).min(1),
  align: z.enum(['left', 'center', 'right', 'justify']).default('left'),
  font_size: z.number().positive(),
  bottom_mm: z.number().min(0),
  ...condition,
});

/** Named texts, worked out in order before the blocks; a text may use the ones above it. */
const textsSpec = z.record(blockName, z.string());

/** How an appendix is headed and cited, over {{nomor}} (1, 2, …) and {{banyak}} (true when there are several). */
const appendixSpec = z.strictObject({ label: z.string(), citation: z.string() });

const templateFileSpec = z.strictObject({
  /** The template this one is based on, found like `templat:` in the data. */
  extends: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  texts: textsSpec.default({}),
  /** Only in a template that extends none, or to reword the extended one's. */
  appendix: appendixSpec.optional(),
  /** Sets of table columns a data file may name instead of writing its own (`kolom: susunan_keanggotaan`); an extension adds to them. */
  tables: z.record(z.string(), z.array(tableColumnSchema).min(1)).default({}),
  /** A whole document; only in a template that extends none. */
  sections: z.array(sectionSpec).optional(),
  /** Named blocks of the extended template replaced by these; `null` leaves the block out. */
  blocks: z.record(blockName, blockSpec.nullable()).optional(),
  /** The extended template's footer replaced by this one; `null` leaves it out. */
  footer: footerSpec.nullable().optional(),
});

type TemplateFile = z.output<typeof templateFileSpec>;
export type BlockSpec = z.output<typeof blockSpec>;
export type LineSpec = z.output<typeof lineSpec>;
export type SectionSpec = z.output<typeof sectionSpec>;
export type FooterSpec = z.output<typeof footerSpec>;

interface TemplateSpec {
  texts: Record<string, string>;
  appendix: z.output<typeof appendixSpec>;
  tables: Record<string, z.output<typeof tableColumnSchema>[]>;
  sections: SectionSpec[];
  footer?: FooterSpec;
}

export interface Template {
  name: string;
  /** The template files, the data file's own first, naskah's last. */
  files: string[];
  spec: TemplateSpec;
  /** Renders one text of the template with a context; `data` gives @variables such as @number. */
  render(text: string, context: unknown, data?: Record<string, unknown>): string;
}

const handlebars = Handlebars.create();
/** Printed in a draft where a value is still to be decided, to be filled in by hand; a date gets a longer line. */
export const UNFILLED = '.........';
const UNFILLED_DATE = UNFILLED.repeat(2);

handlebars.registerHelper('upper', (value: unknown) => upperTitleId(String(value ?? '')));
handlebars.registerHelper('tanggal', (value: unknown) => (value ? formatDateId(String(value)) : UNFILLED_DATE));
handlebars.registerHelper('ordinal', (value: unknown) => dictumOrdinal(Number(value)));
handlebars.registerHelper('roman', (value: unknown) => toRoman(Number(value)));
/** 1 → "A", 2 → "B": sections of a chapter. */
handlebars.registerHelper('huruf', (value: unknown) => itemLetter(Number(value) - 1).toUpperCase());
/** A value still to be decided prints as dots in a draft. */
handlebars.registerHelper('isian', (value: unknown) => (value === null || value === undefined || value === '' ? UNFILLED : String(value)));
handlebars.registerHelper('sama', (a: unknown, b: unknown) => a === b);
/** A text that the office broke into lines (a title), on one line again: for the Menetapkan line and headers. */
handlebars.registerHelper('sebaris', (value: unknown) => String(value ?? '').replace(/\s*\n\s*/g, ' '));

/** Keys of the data that a named text must not hide. */
const DATA_KEYS = new Set(['templat', 'kantor', 'keputusan', 'menimbang', 'mengingat', 'memperhatikan', 'diktum', 'ditetapkan', 'penandatangan', 'lampiran', 'salinan', 'tempat', 'nasional', 'tanda_tangan', 'elektronik', 'ruang_tanda_tangan_basah', 'ruang_tanda_tangan_elektronik', 'pengesahan_salinan', 'lampiran_label', 'keterangan_elektronik_di_halaman_tanda_tangan', 'keterangan_elektronik_di_kaki_halaman']);

/** Where the template files named `name` may be, the nearest first. */
function candidates(name: string, dataFile: string): string[] {
  const folder = path.dirname(path.resolve(dataFile));
  return [path.join(folder, name + OFFICE_TEMPLATE_SUFFIX), path.join(path.dirname(folder), name + OFFICE_TEMPLATE_SUFFIX), path.join(TEMPLATES_DIR, `${name}.yaml`)];
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

interface ParsedFile {
  file: string;
  source: LoadedSource;
  spec: TemplateFile;
  stamp: string;
}

const parsedFiles = new Map<string, ParsedFile>();

function fileStamp(file: string): string {
  const stat = statSync(file);
  return `${stat.mtimeMs}:${stat.size}`;
}

/** One template file read, checked against the template schema and for Handlebars syntax, every problem placed in the file. */
function parseTemplateFile(file: string): ParsedFile {
  const stamp = fileStamp(file);
  const cached = parsedFiles.get(file);
  if (cached?.stamp === stamp) return cached;
  const source = parseYamlText(file, readYamlText(file));
  const result = templateFileSpec.safeParse(source.data, { reportInput: true });
  if (!result.success) throw new NaskahError(result.error.issues.flatMap((issue) => templateProblems(source, issue)));
  const spec = result.data;
  const problems = [...syntaxProblems(source), ...shapeProblems(source, spec)];
  if (problems.length > 0) throw new NaskahError(problems);
  const parsed = { file, source, spec, stamp };
  parsedFiles.set(file, parsed);
  return parsed;
}

/**
 * A block is one of several kinds, so zod reports a mistake in it as a failed union; the kind whose
 * schema fails least is the one the author meant, and its own issues say what is wrong.
 */
function templateProblems(source: LoadedSource, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
    return closest.flatMap((inner) => templateProblems(source, { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
  }
  return toProblems(source, issue).map((problem) => ({ ...problem, key: templateKey(problem.key) }));
}

/** Messages about template fields speak of the template, not of the decree data. */
function templateKey(key: ProblemKey): ProblemKey {
  return key === 'unknown-key' ? 'template-unknown-key' : key;
}

/** Every text of the file that Handlebars cannot read, at its line. */
function syntaxProblems(source: LoadedSource): Problem[] {
  const problems: Problem[] = [];
  eachString(source.data, [], (text, where) => {
    try {
      handlebars.parse(text);
    } catch (error) {
      problems.push({ file: source.file, ...source.locate(where), path: where, key: 'template-syntax', detail: handlebarsReason(error) });
    }
  });
  return problems;
}

function shapeProblems(source: LoadedSource, spec: TemplateFile): Problem[] {
  const at = (where: FieldPath, key: ProblemKey, found?: string): Problem => ({ file: source.file, ...source.locate(where), path: where, key, found });
  const problems: Problem[] = [];
  if (spec.extends === undefined && spec.sections === undefined) problems.push(at([], 'template-no-sections'));
  if (spec.extends === undefined && spec.appendix === undefined) problems.push(at([], 'template-no-appendix'));
  if (spec.extends !== undefined && spec.sections !== undefined) problems.push(at(['sections'], 'template-sections-and-extends'));
  if (spec.extends === undefined && spec.blocks !== undefined) problems.push(at(['blocks'], 'template-blocks-without-extends'));
  for (const name of Object.keys(spec.texts)) if (DATA_KEYS.has(name)) problems.push(at(['texts', name], 'template-text-hides-data', name));
  return problems;
}

function eachString(value: unknown, where: FieldPath, visit: (text: string, where: FieldPath) => void): void {
  if (typeof value === 'string') visit(value, where);
  else if (Array.isArray(value)) value.forEach((item, index) => eachString(item, [...where, index], visit));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) eachString(item, [...where, key], visit);
}

/** The first line of a Handlebars message, without the dump of the text that follows it. */
function handlebarsReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const expecting = /Expecting (.*), got (\S+)/.exec(message);
  if (expecting) return `${expecting[1].replaceAll("'", '')} expected, found ${expecting[2].replaceAll("'", '')}`;
  return message.split('\n')[0].replace(/ - \d+:\d+$/, '');
}

/** A place in a template file, for a problem found there. */
type Place = Omit<Problem, 'key'>;
type Origins = Map<string, Place>;

function addOrigins(origins: Origins, parsed: ParsedFile): void {
  eachString(parsed.source.data, [], (text, where) => {
    if (!origins.has(text)) origins.set(text, { file: parsed.file, ...parsed.source.locate(where), path: where });
  });
}

/** The chain of files of a template, the named one first: each extends the next. */
function templateChain(name: string, dataFile: string): ParsedFile[] {
  const chain: ParsedFile[] = [];
  let wanted = name;
  // An office's template may extend a template of the same name further out (its `keputusan` extends naskah's).
  let searchFrom = 0;
  /** The `extends` line that named the template looked for. */
  let askedBy: Place | undefined;
  for (;;) {
    const places = candidates(wanted, dataFile);
    const index = places.findIndex((file, i) => i >= searchFrom && isFile(file));
    if (index < 0) {
      throw new NaskahError([askedBy ? { ...askedBy, key: 'template-extends-missing', found: wanted } : { file: dataFile, path: ['templat'], key: 'template-missing', found: wanted }]);
    }
    const parsed = parseTemplateFile(places[index]);
    if (chain.some((link) => link.file === parsed.file)) throw new NaskahError([{ ...askedBy!, key: 'template-extends-cycle', found: wanted }]);
    chain.push(parsed);
    if (parsed.spec.extends === undefined) return chain;
    searchFrom = parsed.spec.extends === wanted ? index + 1 : 0;
    wanted = parsed.spec.extends;
    askedBy = { file: parsed.file, ...parsed.source.locate(['extends']), path: ['extends'] };
  }
}

/** The base template with each extension's texts and named blocks laid over it, outermost last. */
function mergeChain(chain: ParsedFile[]): TemplateSpec {
  const [base, ...extensions] = [...chain].reverse();
  let texts = { ...base.spec.texts };
  let sections = base.spec.sections!;
  let appendix = base.spec.appendix!;
  let tables = base.spec.tables;
  let footer = base.spec.footer ?? undefined;
  for (const extension of extensions) {
    texts = { ...texts, ...extension.spec.texts };
    if (extension.spec.footer !== undefined) footer = extension.spec.footer ?? undefined;
    appendix = extension.spec.appendix ?? appendix;
    tables = { ...tables, ...extension.spec.tables };
    const replacements = extension.spec.blocks ?? {};
    const known = new Set(sections.flatMap((section) => section.blocks.map((block) => block.name)));
    const unknown = Object.keys(replacements).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      const names = [...known].filter(Boolean).join(', ');
      throw new NaskahError(unknown.map((name) => ({ file: extension.file, ...extension.source.locate(['blocks', name]), path: ['blocks', name], key: 'template-unknown-block', found: name, detail: names })));
    }
    sections = sections.map((section) => ({
      ...section,
      blocks: section.blocks.flatMap((block) => {
        if (block.name === undefined || !Object.hasOwn(replacements, block.name)) return [block];
        const replacement = replacements[block.name];
        return replacement === null ? [] : [{ ...replacement, name: block.name }];
      }),
    }));
  }
  return { texts, appendix, tables, sections, ...(footer ? { footer } : {}) };
}

const loaded = new Map<string, Template>();

/** The template `name` for a data file: the office's own if it has one, else naskah's. */
export function loadTemplate(name: string, dataFile: string): Template {
  const chain = templateChain(name, dataFile);
  const key = chain.map((link) => `${link.file}@${link.stamp}`).join('|');
  const cached = loaded.get(key);
  if (cached) return cached;
  const origins: Origins = new Map();
  for (const link of chain) addOrigins(origins, link);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const template: Template = {
    name,
    files: chain.map((link) => link.file),
    spec: mergeChain(chain),
    render(text, context, data) {
      let run = compiled.get(text);
      if (!run) {
        // noEscape: the output is plain text for the layout model, never markup.
        run = handlebars.compile(text, { noEscape: true, strict: true });
        compiled.set(text, run);
      }
      try {
        return run(context, { data });
      } catch (error) {
        // A name the data does not have, or a helper that does not exist: the template's mistake, at its line.
        const origin: Place = origins.get(text) ?? { file: chain[0].file };
        const missing = /"([^"]+)" not defined/.exec(error instanceof Error ? error.message : '');
        throw new NaskahError([missing ? { ...origin, key: 'template-unknown-name', found: missing[1] } : { ...origin, key: 'template-render', detail: handlebarsReason(error) }]);
      }
    },
  };
  loaded.set(key, template);
  return template;
}
