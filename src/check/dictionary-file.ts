/**
 * The spelling dictionary as nspell holds it once loaded, written to one file at build time so that a
 * process reads it in milliseconds instead of expanding Hunspell's affixes for a second or more.
 *
 * nspell keeps every form of every word (some 450,000) as a key of one object, mapped to the word's
 * Hunspell flags. The file keeps those words sorted, in UTF-16 code units, with a hash table to find
 * one (each slot holding the word's hash beside its number, so that most misses read no word), and the
 * flag lists once each; it is read into typed arrays without building a string per word.
 * The sorted order also answers whether any word starts with a given text, which the suggestions use
 * to skip the letters no word continues with.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What nspell's checking and suggesting read, besides its words (nspell 2.1's field names). */
export interface AffixState {
  flags: Record<string, unknown>;
  replacementTable: [string, string][];
  conversion: { in: [RegExp, string][]; out: [RegExp, string][] };
  compoundRules: RegExp[];
}

/** A word's flags: flag names, and `false` where nspell marks a personal word as forbidden. */
type FlagList = (string | false)[];

export interface DictionaryState extends AffixState {
  /** nspell's `data`: each known form with its flags. */
  words: Record<string, FlagList>;
}

export interface PreparedDictionary extends AffixState {
  /** The flags of a word, or undefined when the dictionary does not hold it. */
  flagsOf(word: string): FlagList | undefined;
  /** Whether some word of the dictionary starts with `prefix` (or is it). */
  startsWord(prefix: string): boolean;
}

/** Changes whenever the layout of the file does, so that an older file is not misread. */
const FORMAT = 'naskah-kamus-2';

interface Header {
  format: string;
  /** Of the dictionary files the state was made from: a file made from others is not used. */
  digest: string;
  flags: Record<string, unknown>;
  replacementTable: [string, string][];
  conversion: { in: [string, string, string][]; out: [string, string, string][] };
  compoundRules: [string, string][];
  flagLists: FlagList[];
  wordCount: number;
  charCount: number;
  slotCount: number;
}

/** FNV-1a over the UTF-16 code units: the same for a JavaScript string and its stored copy. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Byte lengths of the typed sections, in file order; each starts at a multiple of 4. */
function sectionSizes(header: Header): number[] {
  const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;
  return [padded(header.charCount * 2), (header.wordCount + 1) * 4, header.wordCount * 4, header.slotCount * 8];
}

export function writeDictionaryFile(file: string, state: DictionaryState, digest: string): void {
  const words = Object.keys(state.words).sort();
  const charCount = words.reduce((sum, word) => sum + word.length, 0);
  // Twice as many slots as words keeps the probes short.
  let slotCount = 1;
  while (slotCount < words.length * 2) slotCount *= 2;
  const flagListIndex = new Map<string, number>();
  const flagLists: FlagList[] = [];
  const header: Header = {
    format: FORMAT,
    digest,
    flags: state.flags,
    replacementTable: state.replacementTable,
    conversion: {
      in: state.conversion.in.map(([pattern, to]) => [pattern.source, pattern.flags, to]),
      out: state.conversion.out.map(([pattern, to]) => [pattern.source, pattern.flags, to]),
    },
    compoundRules: state.compoundRules.map((rule) => [rule.source, rule.flags]),
    flagLists,
    wordCount: words.length,
    charCount,
    slotCount,
  };
  const [charBytes, offsetBytes, listBytes, slotBytes] = sectionSizes(header);
  const body = new ArrayBuffer(charBytes + offsetBytes + listBytes + slotBytes);
  const chars = new Uint16Array(body, 0, charCount);
  const offsets = new Uint32Array(body, charBytes, words.length + 1);
  const lists = new Uint32Array(body, charBytes + offsetBytes, words.length);
  const slots = new Uint32Array(body, charBytes + offsetBytes + listBytes, slotCount * 2);
  let at = 0;
  words.forEach((word, index) => {
    offsets[index] = at;
    for (let i = 0; i < word.length; i++) chars[at++] = word.charCodeAt(i);
    const key = JSON.stringify(state.words[word]);
    let list = flagListIndex.get(key);
    if (list === undefined) {
      list = flagLists.push(state.words[word]) - 1;
      flagListIndex.set(key, list);
    }
    lists[index] = list;
    const hash = hashOf(word);
    let slot = hash & (slotCount - 1);
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & (slotCount - 1);
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = index + 1;
  });
  offsets[words.length] = at;
  const headerBytes = Buffer.from(JSON.stringify(header));
  const lead = Buffer.alloc(Math.ceil((4 + headerBytes.length) / 4) * 4);
  lead.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(lead, 4);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, Buffer.concat([lead, Buffer.from(body)]));
  renameSync(`${file}.tmp`, file);
}

/** The dictionary in `file`, or null when there is none, or it was made from other dictionary files or by another format. */
export function readDictionaryFile(file: string, digest: string): PreparedDictionary | null {
  let bytes: Uint8Array;
  try {
    const fd = openSync(file, 'r');
    try {
      // Read into a buffer of its own, so that the typed arrays below start where they must (multiples of 4).
      bytes = new Uint8Array(fstatSync(fd).size);
      readSync(fd, bytes, 0, bytes.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const headerLength = new DataView(bytes.buffer).getUint32(0, true);
  const header = JSON.parse(Buffer.from(bytes.buffer, 4, headerLength).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.digest !== digest) return null;
  const [charBytes, offsetBytes, listBytes] = sectionSizes(header);
  const start = Math.ceil((4 + headerLength) / 4) * 4;
  const chars = new Uint16Array(bytes.buffer, start, header.charCount);
  const offsets = new Uint32Array(bytes.buffer, start + charBytes, header.wordCount + 1);
  const lists = new Uint32Array(bytes.buffer, start + charBytes + offsetBytes, header.wordCount);
  const slots = new Uint32Array(bytes.buffer, start + charBytes + offsetBytes + listBytes, header.slotCount * 2);
  const mask = header.slotCount - 1;

  /** The stored word `index` against `text`, as the sort ordered them; with `prefixOnly`, only its first text.length units. */
  const compare = (index: number, text: string, prefixOnly: boolean): number => {
    const from = offsets[index];
    const length = offsets[index + 1] - from;
    const shared = Math.min(length, text.length);
    for (let i = 0; i < shared; i++) {
      const difference = chars[from + i] - text.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return prefixOnly && length >= text.length ? 0 : length - text.length;
  };

  return {
    // nspell's flags have no prototype, so that only its own keys are `in` them.
    flags: Object.assign(Object.create(null) as Record<string, unknown>, header.flags),
    replacementTable: header.replacementTable,
    conversion: {
      in: header.conversion.in.map(([source, flags, to]) => [new RegExp(source, flags), to]),
      out: header.conversion.out.map(([source, flags, to]) => [new RegExp(source, flags), to]),
    },
    compoundRules: header.compoundRules.map(([source, flags]) => new RegExp(source, flags)),
    flagsOf(word) {
      const hash = hashOf(word);
      for (let slot = hash & mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
        const index = slots[slot * 2 + 1] - 1;
        if (slots[slot * 2] === hash && compare(index, word, false) === 0) return header.flagLists[lists[index]];
      }
      return undefined;
    },
    startsWord(prefix) {
      // The first word not sorted before the prefix starts with it if any word does.
      let low = 0;
      let high = header.wordCount;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compare(middle, prefix, false) < 0) low = middle + 1;
        else high = middle;
      }
      return low < header.wordCount && compare(low, prefix, true) === 0;
    },
  };
}
