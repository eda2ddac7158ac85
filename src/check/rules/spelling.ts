/**
 * Rule 4: words in the typed texts that neither the Indonesian dictionary nor naskah's list of terms
 * knows (Sumbawa Barat 35/2022: "Interitas", "endorong", "Pelaksaannya", "Pencanaan").
 */
import { fromRoman } from '../../formatters';
import { findingAt, typedTexts, type CheckContext, type Finding } from '../finding';
import { isRegionWord } from '../regions';
import { getSpeller, officeWordsFile, readOfficeWords, type Speller } from '../speller';
import { wordsOf } from '../words';

/** `speller` null: the dictionary is not installed, which is said once instead of checking. */
export function checkSpelling(context: CheckContext, speller: Speller | null = getSpeller()): Finding[] {
  if (!speller) return [findingAt(context, 'warning', 'spelling-unavailable', [], '')];
  const { kantor } = context.decree;
  // The office's own names (its seat, say) are right wherever they appear.
  const officeWords = new Set(wordsOf(`${kantor.lembaga} ${kantor.wilayah} ${kantor.kedudukan}`).map((word) => word.toLocaleLowerCase('id')));
  const listFile = officeWordsFile(context.source.file);
  const officeList = readOfficeWords(listFile);
  const isKnown = (word: string) =>
    speller.correct(word) || officeWords.has(word.toLocaleLowerCase('id')) || isRegionWord(word) || officeList?.has(word) === true;

  const findings: Finding[] = [];
  for (const { path, text } of typedTexts(context.decree)) {
    const reported = new Set<string>();
    for (const word of wordsOf(withoutNumberCodes(text)).flatMap((word) => unknownParts(word, isKnown))) {
      if (reported.has(word)) continue;
      reported.add(word);
      const suggestion = speller.suggest(word).join(', ');
      findings.push(findingAt(context, 'warning', 'misspelling', path, word, { list: listFile, ...(suggestion && { suggestion }) }));
    }
  }
  return findings;
}

/** Letters in a decree's number ("123/PL.02-Kpt/01/KPU/IV/2023") are codes of its classification, not words. */
function withoutNumberCodes(text: string): string {
  return text.replace(/\S*\/\S*/g, (token) => (/\p{N}/u.test(token) ? ' ' : token));
}

/** The word, or the parts of a hyphenated word, that are not known; numbers, letters and Roman numerals pass. */
function unknownParts(word: string, isKnown: (word: string) => boolean): string[] {
  if (isKnown(word)) return [];
  const parts = word.split(/['’-]/);
  // "se-Kabupaten Sumbawa": the prefix "se" is written with a hyphen before a capital.
  if (parts.length > 1 && /^se$/i.test(parts[0]) && /^\p{Lu}/u.test(parts[1])) return unknownParts(parts.slice(1).join('-'), isKnown);
  if (parts.length > 1) return parts.flatMap((part) => unknownParts(part, isKnown));
  if (word.length < 2 || /\p{N}/u.test(word) || isRomanNumeral(word)) return [];
  return [word];
}

function isRomanNumeral(word: string): boolean {
  try {
    return fromRoman(word) > 0;
  } catch {
    return false;
  }
}
