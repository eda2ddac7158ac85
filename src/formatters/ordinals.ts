/** Dictum labels (R23): Indonesian ordinal words in capitals. */
import { upperId } from './case';
import { requireWholeNumber } from './range';
import { numberInWords } from './words';

/**
 * 1…999 → "KE" + the number in words, in capitals: 1 KESATU (not PERTAMA), 11 KESEBELAS,
 * 12 KEDUA BELAS, 21 KEDUA PULUH SATU, 100 KESERATUS. A decree with more dictums is a data error.
 */
export function dictumOrdinal(n: number): string {
  requireWholeNumber(n, 1, 999, 'dictumOrdinal');
  return upperId(`ke${numberInWords(n)}`);
}
