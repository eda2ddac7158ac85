/**
 * The Indonesian Hunspell dictionary (Debian's hunspell-id) through nspell, with the KPU word list
 * shipped with naskah (data/kamus/istilah.txt), and each office's own list, `kamus.txt` beside its data
 * files. nspell takes a second or more to expand the dictionary's affixes, so the build does it once and
 * keeps the result (dist/kamus/, see dictionary-file.ts); a process loads that in milliseconds as long as
 * it was made from the installed dictionary and word list, and otherwise loads the dictionary itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { ownFile } from '../own-files';
import { readDictionaryFile, writeDictionaryFile, type AffixState, type DictionaryState, type PreparedDictionary } from './dictionary-file';

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
/** Made by the build (prepare-dictionary.ts). */
export const PREPARED_DICTIONARY = ownFile('dist', 'kamus', `${DICTIONARY_NAME}.bin`);

/**
 * Words that get suggestions: shorter ones are mostly abbreviations, on which nspell's own search
 * spends the longest; the cap bounds the search on long ones.
 */
const SUGGESTED_LENGTH = { min: 5, max: 20 };
const MAX_SUGGESTIONS = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The installed dictionary's files with the shipped word list, and a digest of all three. */
export interface DictionarySource {
  aff: Buffer;
  dic: Buffer;
  terms: string;
  digest: string;
}

/** The dictionary in the first of `dirs` that holds one. */
export function findDictionary(dirs: string[]): DictionarySource | null {
  const dir = dirs.find((candidate) => existsSync(path.join(candidate, `${DICTIONARY_NAME}.dic`)) && existsSync(path.join(candidate, `${DICTIONARY_NAME}.aff`)));
  if (!dir) return null;
  const aff = readFileSync(path.join(dir, `${DICTIONARY_NAME}.aff`));
  const dic = readFileSync(path.join(dir, `${DICTIONARY_NAME}.dic`));
  const terms = readFileSync(TERMS_FILE);
  const digest = createHash('sha256').update(`${aff.length} ${dic.length} ${terms.length}\n`).update(aff).update(dic).update(terms).digest('hex');
  return { aff, dic, terms: terms.toString('utf8'), digest };
}

/** nspell's own loading: the affixes of every word expanded. */
function expandDictionary({ aff, dic, terms }: DictionarySource): nspell {
  // The affix file names the encoding of both files (hunspell-id uses ISO8859-1).
  const encoding: BufferEncoding = /^SET\s+UTF-?8\s*$/im.test(aff.toString('latin1')) ? 'utf8' : 'latin1';
  const spell = nspell(aff.toString(encoding), dic.toString(encoding));
  spell.personal(termsOf(terms).join('\n'));
  return spell;
}

/** nspell's checking and suggesting, reading the prepared dictionary where its own loading would have filled `data`. */
function nspellOver(dictionary: PreparedDictionary): nspell {
  const data = new Proxy(Object.create(null) as object, { get: (_, word) => (typeof word === 'string' ? dictionary.flagsOf(word) : undefined) });
  const state: AffixState & { data: object } = {
    data,
    flags: dictionary.flags,
    replacementTable: dictionary.replacementTable,
    conversion: dictionary.conversion,
    compoundRules: dictionary.compoundRules,
  };
  return Object.assign(Object.create(nspell.prototype) as nspell, state);
}

/** Expands the dictionary found in `dirs` into `file`; false when there is none. */
export function prepareDictionary(dirs: string[], file = PREPARED_DICTIONARY): boolean {
  const source = findDictionary(dirs);
  if (!source) return false;
  const spell = expandDictionary(source) as unknown as AffixState & { data: DictionaryState['words'] };
  writeDictionaryFile(file, { words: spell.data, flags: spell.flags, replacementTable: spell.replacementTable, conversion: spell.conversion, compoundRules: spell.compoundRules }, source.digest);
  return true;
}

/** Whether the dictionary may hold a lower-case word, or a word starting with a text: true where unknown. */
interface DictionaryHas {
  word(word: string): boolean;
  start(prefix: string): boolean;
}

/** The speller, or null when no directory holds the dictionary. */
export function loadSpeller(dirs: string[], prepared = PREPARED_DICTIONARY): Speller | null {
  const source = findDictionary(dirs);
  if (!source) return null;
  const dictionary = readDictionaryFile(prepared, source.digest);
  const spell = dictionary ? nspellOver(dictionary) : expandDictionary(source);
  // nspell knows a word in lower case only if the dictionary holds it as written, unless it converts the
  // input (ICONV) or has compound rules: then what neither is nor starts a word needs no asking nspell.
  const prunable = dictionary && dictionary.conversion.in.length === 0 && dictionary.compoundRules.length === 0;
  const dictionaryHas: DictionaryHas = prunable
    ? { word: (word) => dictionary.flagsOf(word) !== undefined, start: (prefix) => dictionary.startsWord(prefix) }
    : { word: () => true, start: () => true };

  const suggestions = new Map<string, string[]>();
  return {
    correct: (word) => spell.correct(word),
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        found = suggestFor(spell, dictionaryHas, word).slice(0, MAX_SUGGESTIONS);
        suggestions.set(word, found);
      }
      return found;
    },
  };
}

function suggestFor(spell: nspell, dictionaryHas: DictionaryHas, word: string): string[] {
  const lower = word.toLocaleLowerCase('id');
  if (word.length < SUGGESTED_LENGTH.min || word.length > SUGGESTED_LENGTH.max || !/\p{Ll}/u.test(word)) return [];
  const capitalised = word !== lower;
  const corrections = restoreLeftOutLetters(lower, (candidate) => dictionaryHas.word(candidate) && spell.correct(candidate), dictionaryHas.start);
  const found = corrections.length > 0 ? corrections : spell.suggest(lower);
  return capitalised ? found.map((suggestion) => suggestion.charAt(0).toLocaleUpperCase('id') + suggestion.slice(1)) : found;
}

/**
 * Most typing errors leave letters out ("Interitas", "Pelaksaannya", "Pencanaan"): put one or two
 * letters back before asking nspell, whose own search finds other words as often ("Memaksaannya").
 * Of the tens of thousands of two-letter candidates, those whose start no word begins with are skipped
 * unchecked; the order of the corrections stays that of trying them all.
 */
function restoreLeftOutLetters(word: string, isCorrect: (candidate: string) => boolean, startsWord: (prefix: string) => boolean): string[] {
  const found = new Set<string>();
  for (let at = 0; at <= word.length; at++) {
    for (const letter of LETTERS) {
      const candidate = word.slice(0, at) + letter + word.slice(at);
      if (isCorrect(candidate)) found.add(candidate);
    }
  }
  // Two letters at positions first ≤ second of the word as written.
  for (let first = 0; first <= word.length; first++) {
    const reach = [...LETTERS].map((a) => reachAfter(word, first, a, startsWord));
    for (let second = first; second <= word.length; second++) {
      [...LETTERS].forEach((a, letter) => {
        if (second > reach[letter]) return;
        const head = word.slice(0, first) + a + word.slice(first, second);
        for (const b of LETTERS) {
          const candidate = head + b + word.slice(second);
          if (isCorrect(candidate)) found.add(candidate);
        }
      });
    }
  }
  return [...found];
}

/**
 * With `a` put in at `first`, the last place for the second letter at which some word still starts as the
 * candidate does up to there (first - 1: none); a start that no word has is not had by any longer one.
 */
function reachAfter(word: string, first: number, a: string, startsWord: (prefix: string) => boolean): number {
  let second = first - 1;
  while (second < word.length && startsWord(word.slice(0, first) + a + word.slice(first, second + 1))) second++;
  return second;
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
  return termsOf(readFileSync(file, 'utf8'));
}

function termsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

let defaultSpeller: Speller | null | undefined;

export function getSpeller(): Speller | null {
  if (defaultSpeller === undefined) defaultSpeller = loadSpeller(dictionaryDirs());
  return defaultSpeller;
}
