/**
 * The Indonesian Hunspell dictionary (Debian's hunspell-id) through nspell, with the KPU word list
 * shipped with naskah (data/kamus/istilah.txt), and each office's own list, `kamus.txt` beside its data
 * files. Loading the dictionary takes most of a second, so it happens once per process, on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { ownFile } from '../own-files';

export interface Speller {
  correct(word: string): boolean;
  /** A few corrections, best first; empty when none is close. */
  suggest(word: string): string[];
}

const DICTIONARY_NAME = 'id_ID';

/** Where Hunspell dictionaries are installed; $DICPATH first, as for hunspell itself. */
export function dictionaryDirs(): string[] {
  const fromEnvironment = (process.env.DICPATH ?? '').split(path.delimiter).filter(Boolean);
  return [...fromEnvironment, '/usr/share/hunspell', '/usr/share/myspell', '/usr/share/myspell/dicts'];
}

export const TERMS_FILE = ownFile('data', 'kamus', 'istilah.txt');
/** The name of an office's own word list, in the folder of its data files. */
const OFFICE_WORDS_NAME = 'kamus.txt';

/**
 * Words that get suggestions: shorter ones are mostly abbreviations, on which nspell's own search
 * spends the longest; the cap bounds the search on long ones.
 */
const SUGGESTED_LENGTH = { min: 5, max: 20 };
const MAX_SUGGESTIONS = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The speller, or null when no directory holds the dictionary. */
export function loadSpeller(dirs: string[]): Speller | null {
  const dir = dirs.find((candidate) => existsSync(path.join(candidate, `${DICTIONARY_NAME}.dic`)) && existsSync(path.join(candidate, `${DICTIONARY_NAME}.aff`)));
  if (!dir) return null;
  const affBytes = readFileSync(path.join(dir, `${DICTIONARY_NAME}.aff`));
  // The affix file names the encoding of both files (hunspell-id uses ISO8859-1).
  const encoding: BufferEncoding = /^SET\s+UTF-?8\s*$/im.test(affBytes.toString('latin1')) ? 'utf8' : 'latin1';
  const spell = nspell(affBytes.toString(encoding), readFileSync(path.join(dir, `${DICTIONARY_NAME}.dic`)).toString(encoding));
  spell.personal(readTerms(TERMS_FILE).join('\n'));

  const suggestions = new Map<string, string[]>();
  return {
    correct: (word) => spell.correct(word),
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        found = suggestFor(spell, word).slice(0, MAX_SUGGESTIONS);
        suggestions.set(word, found);
      }
      return found;
    },
  };
}

function suggestFor(spell: ReturnType<typeof nspell>, word: string): string[] {
  const lower = word.toLocaleLowerCase('id');
  if (word.length < SUGGESTED_LENGTH.min || word.length > SUGGESTED_LENGTH.max || !/\p{Ll}/u.test(word)) return [];
  const capitalised = word !== lower;
  const corrections = restoreLeftOutLetters(lower, (candidate) => spell.correct(candidate));
  const found = corrections.length > 0 ? corrections : spell.suggest(lower);
  return capitalised ? found.map((suggestion) => suggestion.charAt(0).toLocaleUpperCase('id') + suggestion.slice(1)) : found;
}

/**
 * Most typing errors leave letters out ("Interitas", "Pelaksaannya", "Pencanaan"): put one or two
 * letters back before asking nspell, whose own search finds other words as often ("Memaksaannya").
 * Checking a word takes well under a microsecond, so the tens of thousands of candidates are quick.
 */
function restoreLeftOutLetters(word: string, isCorrect: (candidate: string) => boolean): string[] {
  const found = new Set<string>();
  for (let at = 0; at <= word.length; at++) {
    for (const letter of LETTERS) {
      const candidate = word.slice(0, at) + letter + word.slice(at);
      if (isCorrect(candidate)) found.add(candidate);
    }
  }
  // Two letters at positions first ≤ second of the word as written.
  for (let first = 0; first <= word.length; first++) {
    for (let second = first; second <= word.length; second++) {
      for (const a of LETTERS) {
        for (const b of LETTERS) {
          const candidate = word.slice(0, first) + a + word.slice(first, second) + b + word.slice(second);
          if (isCorrect(candidate)) found.add(candidate);
        }
      }
    }
  }
  return [...found];
}

/** Where the office's own word list of a data file is (whether or not it exists). */
export function officeWordsFile(dataFile: string): string {
  return path.join(path.dirname(dataFile), OFFICE_WORDS_NAME);
}

/**
 * The office's words, read as the shipped list is: an entry in lower case is right in lower case, with a
 * capital and in capitals; any other only as written. The affix form "word/model" counts as the word.
 * Null when the office has no list.
 */
export function readOfficeWords(file: string): Set<string> | null {
  if (!existsSync(file)) return null;
  const words = new Set<string>();
  for (const term of readTerms(file).map((entry) => entry.split('/')[0])) {
    words.add(term);
    if (term === term.toLocaleLowerCase('id')) words.add(term.charAt(0).toLocaleUpperCase('id') + term.slice(1)).add(term.toLocaleUpperCase('id'));
  }
  return words;
}

/** One term a line, in Hunspell's personal-dictionary form; "#" starts a comment. */
function readTerms(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

let defaultSpeller: Speller | null | undefined;

export function getSpeller(): Speller | null {
  if (defaultSpeller === undefined) defaultSpeller = loadSpeller(dictionaryDirs());
  return defaultSpeller;
}
