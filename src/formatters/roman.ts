/** Roman numerals, for annex numbers (LAMPIRAN II, R36) and months in classification codes (…/KPU/I/2019, R11). */
import { requireWholeNumber } from './range';

const NUMERALS: [value: number, numeral: string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'],
  [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'],
  [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

const DIGIT_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** 1…3999 → standard upper-case numeral with subtractive pairs: 4 → "IV", 2019 → "MMXIX". */
export function toRoman(n: number): string {
  requireWholeNumber(n, 1, 3999, 'toRoman');
  let rest = n;
  let numeral = '';
  for (const [value, symbols] of NUMERALS) {
    for (; rest >= value; rest -= value) numeral += symbols;
  }
  return numeral;
}

/** A standard upper-case numeral "I"…"MMMCMXCIX" → its value; anything else ("IIII", "IC", "iv", "") throws a RangeError. */
export function fromRoman(s: string): number {
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const digit = DIGIT_VALUES[s[i]];
    if (digit === undefined) return notRoman(s);
    const next = DIGIT_VALUES[s[i + 1]] ?? 0;
    value += digit < next ? -digit : digit;
  }
  // Summing accepts non-standard forms such as "IIII" or "IC"; only the standard spelling round-trips.
  if (value < 1 || value > 3999 || toRoman(value) !== s) return notRoman(s);
  return value;
}

function notRoman(s: string): never {
  throw new RangeError(`fromRoman: "${s}" is not a standard Roman numeral from I to MMMCMXCIX`);
}
