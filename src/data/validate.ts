/** Checks loaded data against the decree schema; every problem at once, each placed in the file. */
import type { z } from 'zod';
import { isProblemKey } from '../problems/messages';
import { NaskahError, type Problem } from '../problems/problem';
import { decreeSchema, type Decree } from './schema';
import { pathAsWritten, type LoadedSource } from './load';

/** Fields that `naskah next` empties because they must be decided again each year. */
export const UNFILLED_FIELDS: (string | number)[][] = [
  ['keputusan', 'nomor'],
  ['ditetapkan', 'tanggal'],
];

/** A draft may leave the unfilled fields empty; an original or a copy may not. */
export function validateDecree(source: LoadedSource, options: { draft?: boolean } = {}): Decree {
  const result = decreeSchema.safeParse(source.data, { reportInput: true });
  if (!result.success) throw new NaskahError(result.error.issues.flatMap((issue) => toProblems(source, issue)));
  const decree = result.data;
  const unfilled = options.draft ? [] : UNFILLED_FIELDS.filter((path) => valueAt(decree, path) === null);
  if (unfilled.length > 0) throw new NaskahError(unfilled.map((path) => problemAt(source, path, { key: 'unfilled' })));
  return decree;
}

/** The value at `path`, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);
}

export function toProblems(source: LoadedSource, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => problemAt(source, [...path, key], { key: 'unknown-key', found: key }));
  }
  return [problemAt(source, path, describe(issue))];
}

function problemAt(source: LoadedSource, path: (string | number)[], what: Omit<Problem, 'file'>): Problem {
  return { file: source.file, ...source.locate(path), path: pathAsWritten(source.data, path), ...what };
}

function describe(issue: z.core.$ZodIssue): Omit<Problem, 'file'> {
  // A kind that is not one of the kinds is reported with the appendix it stands in: name the kind only.
  const input = 'input' in issue ? (issue.path[issue.path.length - 1] === 'jenis' ? (issue.input as { jenis?: unknown } | null)?.jenis : issue.input) : undefined;
  const found = input === undefined ? undefined : shortValue(input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'string') {
        const trap = textTrap(input);
        if (trap) return trap;
      }
      return input === undefined
        ? { key: 'missing', detail: issue.expected }
        : { key: 'wrong-type', detail: issue.expected, found: `${found} (${kindOf(input)})` };
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? { key: issue.origin === 'array' ? 'empty-list' : 'empty-text', found, limit: Number(issue.minimum) }
        : { key: 'too-small', found, limit: Number(issue.minimum) };
    case 'too_big':
      return { key: 'too-big', found, limit: Number(issue.maximum) };
    case 'invalid_value':
      return { key: 'not-one-of', found, detail: issue.values.map(String).join(', ') };
    case 'custom':
      return { key: isProblemKey(issue.message) ? issue.message : 'invalid', found };
    default:
      // Formats, unions and the like: the field's own hint says what is expected.
      return { key: 'invalid', found };
  }
}

/**
 * A text that YAML read as a group or a list: "- bahwa sesuai: Undang-Undang …" (a colon and a space) or
 * "- - bahwa …" (a second "- "). Said as the quoting it needs, as the parser's own traps are.
 */
function textTrap(input: unknown): Omit<Problem, 'file'> | undefined {
  const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const entries = Object.entries(input);
    if (entries.length === 1 && ['string', 'number'].includes(typeof entries[0][1])) return { key: 'yaml-colon-in-text', found: quote(`${entries[0][0]}: ${entries[0][1]}`) };
  }
  if (Array.isArray(input) && input.length === 1 && typeof input[0] === 'string') return { key: 'yaml-text-start', detail: '- ', found: quote(`- ${input[0]}`) };
  return undefined;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
