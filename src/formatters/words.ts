/** Indonesian number words ("terbilang"), as written out in legal text: "5 (lima)". */
import { requireWholeNumber } from './range';

export const MAX_NUMBER_IN_WORDS = 999_999_999_999_999;

const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Largest scale first; each covers three digits. */
const SCALES: [value: number, word: string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
  [1e3, 'ribu'],
];

/** 1…999; "se-" replaces "satu" before puluh, belas, ratus. */
function belowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(UNITS[hundreds], 'ratus');
  const rest = n % 100;
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(UNITS[rest - 10], 'belas');
  else {
    const tens = Math.floor(rest / 10);
    if (tens > 1) words.push(UNITS[tens], 'puluh');
    if (rest % 10 > 0) words.push(UNITS[rest % 10]);
  }
  return words;
}

/** 0…999 999 999 999 999 (up to "triliun") in lower case: 1500 → "seribu lima ratus"; 1000000 → "satu juta". */
export function numberInWords(n: number): string {
  requireWholeNumber(n, 0, MAX_NUMBER_IN_WORDS, 'numberInWords');
  if (n === 0) return 'nol';
  const words: string[] = [];
  let rest = n;
  for (const [value, scale] of SCALES) {
    const group = Math.floor(rest / value);
    rest %= value;
    if (group === 0) continue;
    // Only the thousands take the "se-" form: "seribu", but "satu juta".
    if (group === 1 && value === 1e3) words.push('seribu');
    else words.push(...belowThousand(group), scale);
  }
  words.push(...belowThousand(rest));
  return words.join(' ');
}
