/** Letter case of headings and titles, with the Indonesian locale rules. */

/** Any text → capitals, as headings print it (R10): "Kabupaten Sumbawa Barat" → "KABUPATEN SUMBAWA BARAT". */
export function upperId(s: string): string {
  return s.toLocaleUpperCase('id');
}

/** A classification code such as 203/PL.02-Kpt/01/KPU/I/2019: digits and slashes, printed as written. */
function isCode(word: string): boolean {
  return /\d/.test(word) && word.includes('/');
}

/**
 * A title in capitals for a heading, keeping the case of the codes inside it (a decree number cited in
 * the title must not turn "-Kpt/" into "-KPT/"). Line breaks the office put into the title stay.
 */
export function upperTitleId(s: string): string {
  return s
    .split(/(\s+)/)
    .map((part) => (isCode(part) ? part : upperId(part)))
    .join('');
}

/**
 * Function words that stay lower case inside a title unless they open it (PUEBI: "kata tugas").
 * Beyond the usual list, "atas" and "sebagai" are lower case in real titles:
 * "Perubahan atas Peraturan …", "… sebagai Hari Libur Nasional".
 */
const FUNCTION_WORDS = new Set([
  'dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dalam', 'tentang', 'terhadap',
  'oleh', 'dengan', 'serta', 'bagi', 'antara', 'atas', 'sebagai',
]);

function capitaliseFirstLetter(s: string): string {
  return s.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase('id'));
}

/** "undang-undang" → "Undang-Undang" (full reduplication), but "perundang-undangan" → "Perundang-undangan" (PUEBI). */
function capitaliseWord(lowerWord: string): string {
  return lowerWord
    .split('-')
    .map((part, i, parts) => (i === 0 || part === parts[i - 1] ? capitaliseFirstLetter(part) : part))
    .join('-');
}

/** The letters and digits of a word, without surrounding punctuation: "(dan," → "dan". */
function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * A title in any case → title case as in the last Menimbang item (R18):
 * every word capitalised except the function words above, which stay lower case unless first;
 * parts around "/" are words of their own ("Kabupaten/Kota", "dan/atau"); runs of white space become one space.
 *
 * Acronyms: in a title that has lower-case letters, a word with a capital after its first character
 * (KPU, SPBE, RI, PMPRB, a Roman numeral such as II, e-KTP, Undang-Undang) was written that way
 * on purpose and is kept as written, whatever its length. A title written all in capitals carries no
 * such information, so every word gets title case there ("KPU" → "Kpu"): keep titles in the data in
 * title case and derive the capitals with upperId, never the other way round.
 */
export function titleCaseId(s: string): string {
  const allCapitals = !/\p{Ll}/u.test(s);
  const words = s.split(/\s+/).filter((word) => word !== '');
  return words
    .map((word, wordIndex) => {
      if (!allCapitals && /\p{Lu}/u.test(word.slice(1))) return word;
      return word
        .toLocaleLowerCase('id')
        .split('/')
        .map((part, partIndex) => {
          const opensTitle = wordIndex === 0 && partIndex === 0;
          return !opensTitle && FUNCTION_WORDS.has(bareWord(part)) ? part : capitaliseWord(part);
        })
        .join('/');
    })
    .join(' ');
}
