/**
 * The decree's number is digits ("35") or a classification code that starts with them
 * ("203/PL.02-Kpt/01/KPU/I/2019"); a clerk who types "dua belas" or "Nomor 12" would have it printed as such.
 */
import { numberInWords } from '../../formatters';
import { findingAt, type Rule } from '../finding';

const DIGITS = /^\d+$/;
const CLASSIFICATION_CODE = /^\d+\/[\p{L}\p{N}.\-/]+$/u;
/** Numbers written out are looked up among the numbers a year's decrees reach. */
const LARGEST_NUMBER = 9999;

export const checkDecreeNumber: Rule = (context) => {
  const { nomor } = context.decree.keputusan;
  if (nomor === null || DIGITS.test(nomor) || CLASSIFICATION_CODE.test(nomor)) return [];
  const digits = inWordsToDigits(nomor) ?? /\d+/.exec(nomor)?.[0];
  return [findingAt(context, 'error', 'number-form', ['keputusan', 'nomor'], nomor, digits ? { suggestion: digits } : undefined)];
};

function inWordsToDigits(text: string): string | undefined {
  const words = text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
  for (let n = 1; n <= LARGEST_NUMBER; n++) if (numberInWords(n) === words) return String(n);
  return undefined;
}
