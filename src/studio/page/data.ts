/** Immutable edits of the decree's data, by path. */
import { readableMonths } from '../../data/months';
import type { Path } from './api';

export type Data = unknown;

export function getIn(data: Data, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node === null || node === undefined ? undefined : (node as Record<string | number, unknown>)[key]), data);
}

/** The data with `value` at `path`; `undefined` removes the key (a list item is removed by its list). */
export function setIn(data: Data, path: Path, value: unknown): Data {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const node = (data ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown> | unknown[];
  const child = setIn((node as Record<string | number, unknown>)[key], rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = child;
    return copy;
  }
  const copy = { ...(node as Record<string, unknown>) };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}

/** Paths of the values that differ between two data, down to the texts; for showing what changed on disk. */
export function differences(a: unknown, b: unknown, path: Path = []): Path[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const bothLists = Array.isArray(a) && Array.isArray(b) && a.length === b.length;
  const bothMaps = isMap(a) && isMap(b);
  if (bothLists) return a.flatMap((item, i) => differences(item, (b as unknown[])[i], [...path, i]));
  if (bothMaps) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => differences(a[key], b[key], [...path, key]));
  }
  return [path];
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The months of a value as the data may write them: a list (of numbers or names), one month (`bulan: 6`),
 * or a text ("2-12", "Januari-Maret", "Jan–Mar, Jul"), read as the loader reads it. A part that does not
 * read leaves the others shown; the field's message names it.
 */
export function monthList(value: unknown): number[] {
  const months = new Set<number>();
  for (const item of Array.isArray(value) ? value : [value]) {
    const read = typeof item === 'number' ? [item] : typeof item === 'string' ? readableMonths(item) : [];
    for (const month of read) if (Number.isInteger(month) && month >= 1 && month <= 12) months.add(month);
  }
  return [...months].sort((a, b) => a - b);
}
