/**
 * Headings and signatures print names and titles in capitals; the data keeps them as written.
 * These find the written form elsewhere in the document, or make a careful guess.
 */
import { upperId } from '../formatters';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The words of `capitals` as written with small letters somewhere in `corpus`, matched whole and
 * case-insensitively across any white space, opening with a capital: "KOMISI PEMILIHAN UMUM" →
 * "Komisi Pemilihan Umum".
 */
export function findWrittenForm(capitals: string, corpus: string): string | undefined {
  const words = capitals.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  for (const match of corpus.matchAll(pattern)) {
    const found = match[0].replace(/\s+/g, ' ');
    if (/^\P{Ll}/u.test(found) && /\p{Ll}/u.test(found) && upperId(found) === upperId(words.join(' '))) return found;
  }
  return undefined;
}

/**
 * A person's name from capitals: each part between spaces, dots and hyphens gets one capital, so that
 * "DR. H. AHMAD FAUZI, S.H., M.SI." → "Dr. H. Ahmad Fauzi, S.H., M.Si."; an apostrophe stays inside
 * its word ("MA'RUF" → "Ma'ruf"). A name with small letters is kept as written.
 */
export function nameFromCapitals(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLocaleLowerCase('id').replace(/(^|[\s.-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('id'));
}
