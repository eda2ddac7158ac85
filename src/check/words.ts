/** Word-level helpers shared by the rules. */

/**
 * Conjunctions and prepositions: a phrase can neither open with one in lower case
 * nor end with one, so such an edge marks a fragment cut from a longer text.
 */
export const CONNECTIVES = new Set([
  'dan', 'atau', 'serta', 'maupun', 'beserta', 'dengan', 'untuk', 'bagi', 'pada', 'di', 'ke', 'dari',
  'oleh', 'terhadap', 'tentang', 'dalam', 'atas', 'yang', 'melalui', 'kepada', 'sebagai', 'antara',
  'hingga', 'sampai', 'karena', 'agar', 'supaya', 'tetapi', 'namun', 'sedangkan', 'bahwa',
]);

/** The text without the underscores that mark italics: "_agent of change_" → "agent of change". */
export function plainText(text: string): string {
  return text.replace(/_/g, '');
}

/** For comparing texts as a reader does: ignoring case, spacing, italics and the closing punctuation. */
export function normaliseForComparison(text: string): string {
  return plainText(text)
    .toLocaleLowerCase('id')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,]+$/, '')
    .trim();
}

/** Words (letters and digits, joined by hyphens or apostrophes), as written. */
export function wordsOf(text: string): string[] {
  return plainText(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function lastWord(text: string): string {
  return wordsOf(text).pop() ?? '';
}

/** Whether the text ends as a sentence or a list item does. */
export function endsWithClosingPunctuation(text: string): boolean {
  return /[.;:!?]["'”’)]*\s*$/.test(text);
}
