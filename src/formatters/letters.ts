/** Item markers of lettered and numbered lists (R16 Menimbang "a.", R19 Mengingat "1."). */
import { requireWholeNumber } from './range';

/**
 * 0-based index → lower-case letter label: 0 "a" … 25 "z", then 26 "aa", 27 "ab" … 51 "az", 52 "ba".
 * The drafting rules stop at "z"; past it we continue like spreadsheet columns (bijective base 26),
 * which never repeats a label and keeps alphabetical order, rather than the doubled "aa, bb, cc".
 */
export function itemLetter(index: number): string {
  requireWholeNumber(index, 0, Number.MAX_SAFE_INTEGER, 'itemLetter');
  let label = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(97 + ((rest - 1) % 26)) + label;
  }
  return label;
}

/** 0-based index → marker with its period: ('letter', 0) → "a.", ('number', 0) → "1.". */
export function itemMarker(style: 'letter' | 'number', index: number): string {
  requireWholeNumber(index, 0, Number.MAX_SAFE_INTEGER, 'itemMarker');
  return `${style === 'letter' ? itemLetter(index) : index + 1}.`;
}
