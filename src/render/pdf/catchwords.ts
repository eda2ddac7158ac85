/**
 * Kata penyambung: the words a reader sees first on the next page, read off the laid-out page.
 * A grid row with a label (a dictum "KEDUA : Keputusan ...", "Mengingat : 1. ...") is announced by
 * its label alone; a numbered item by its marker and first word ("3. Peraturan"), as in printed
 * decrees; any other line by its first word.
 */
import type { LaidOutPage } from './engine';
import { pageEntries, type PageEntry } from './page-reading';
import type { Tags } from './tags';

/** The pieces (one per cell) of the first visual line with text, left to right. */
function firstTextLine(page: LaidOutPage, tags: Tags): PageEntry[] {
  const texts = pageEntries(page, tags).filter((entry) => entry.text.trim() !== '');
  if (texts.length === 0) return [];
  const top = Math.min(...texts.map((entry) => entry.y));
  return texts.filter((entry) => entry.y - top < 1).sort((a, b) => a.x - b.x);
}

/** The catchword announcing `page`, or '' when its first line gives none. */
export function catchwordOf(page: LaidOutPage, tags: Tags): string {
  const pieces = firstTextLine(page, tags);
  const firstWord = (text: string) => text.trim().split(/\s+/)[0];
  const [first, second] = pieces;
  if (!first) return '';
  if (first.tag.part === 'label') return first.text.trim();
  if (first.tag.part === 'marker' && second) return `${first.text.trim()} ${firstWord(second.text)}`;
  return firstWord(first.text);
}
