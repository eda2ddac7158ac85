/**
 * Indonesia's provinces, regencies and cities from the idn-area-data package, and the offices
 * ("Komisi Pemilihan Umum Kabupaten Sumbawa Barat") that a text names.
 * The package's own code needs a newer Node than naskah supports, so its CSV files are read directly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

type Level = 'provinsi' | 'kabupaten' | 'kota' | 'pusat';

export interface Region {
  level: Level;
  /** Without the level word: "Sumbawa Barat", "Nusa Tenggara Barat". */
  name: string;
}

interface Gazetteer {
  /** Lower-case "level name" → the region as the data writes it. */
  byKey: Map<string, Region>;
  /** Names by level, longest first, so that "Sumbawa Barat" is tried before "Sumbawa". */
  namesByLevel: Record<Level, string[]>;
  /** Every word of every place name down to districts, lower case: place names are not in the spelling dictionary. */
  words: Set<string>;
}

/** Names in common use beside the official ones. */
const PROVINCE_ALIASES: Record<string, string> = {
  'DKI Jakarta': 'Daerah Khusus Ibukota Jakarta',
  'Daerah Khusus Jakarta': 'Daerah Khusus Ibukota Jakarta',
  'DI Yogyakarta': 'Daerah Istimewa Yogyakarta',
};

const NATION: Region = { level: 'pusat', name: 'Republik Indonesia' };

let gazetteer: Gazetteer | undefined;

function readCsv(dataDir: string, file: string): Record<string, string>[] {
  const text = readFileSync(path.join(dataDir, file), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const key = (level: Level, name: string) => `${level} ${name}`.toLocaleLowerCase('id');

/** Read once per process, on first use. */
function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const dataDir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  const regions: Region[] = [NATION];
  for (const { name } of readCsv(dataDir, 'provinces.csv')) regions.push({ level: 'provinsi', name });
  for (const [alias, name] of Object.entries(PROVINCE_ALIASES)) regions.push({ level: 'provinsi', name: alias }, { level: 'provinsi', name });
  for (const { name } of readCsv(dataDir, 'regencies.csv')) {
    const match = /^(Kabupaten|Kota)\s+(?:Administrasi\s+)?(.+)$/.exec(name);
    if (match) regions.push({ level: match[1].toLowerCase() as Level, name: match[2] });
  }
  const byKey = new Map(regions.map((region) => [key(region.level, region.name), region]));
  const namesByLevel: Record<Level, string[]> = { provinsi: [], kabupaten: [], kota: [], pusat: [] };
  for (const region of byKey.values()) namesByLevel[region.level].push(region.name);
  for (const names of Object.values(namesByLevel)) names.sort((a, b) => b.length - a.length);
  // Committees' decrees name districts too ("PPK Kecamatan Brang Rea"); villages are too many to rule out typing errors.
  const placeNames = [...regions.map((region) => region.name), ...readCsv(dataDir, 'districts.csv').map((row) => row.name)];
  const words = new Set(placeNames.flatMap((name) => name.toLocaleLowerCase('id').split(/[\s-]+/)));
  gazetteer = { byKey, namesByLevel, words };
  return gazetteer;
}

export function isRegionWord(word: string): boolean {
  return loadGazetteer().words.has(word.toLocaleLowerCase('id'));
}

/**
 * "Kabupaten Sumbawa Barat", "Kota Administrasi Jakarta Selatan", "Provinsi Aceh", "Aceh" (a province
 * named bare, as the Komisi Independen Pemilihan Aceh does), "Republik Indonesia" → the real region;
 * undefined when there is no such region.
 */
export function findRegion(wilayah: string): Region | undefined {
  const { byKey } = loadGazetteer();
  const text = wilayah.trim().replace(/\s+/g, ' ');
  if (byKey.has(key('pusat', text))) return NATION;
  const match = /^(Provinsi|Kabupaten|Kota)\s+(?:Administrasi\s+)?(.+)$/i.exec(text);
  if (match) return byKey.get(key(match[1].toLowerCase() as Level, match[2]));
  return byKey.get(key('provinsi', text));
}

/**
 * The region the office means: its own when `wilayah` is real, else the closest real one (a typing
 * error), else none; `wilayah` is that region as the office should write it.
 */
export function meantRegion(wilayah: string): { region: Region; wilayah: string } | undefined {
  const own = findRegion(wilayah);
  if (own) return { region: own, wilayah };
  const nearest = nearestRegionName(wilayah);
  const region = nearest === undefined ? undefined : findRegion(nearest);
  return region && { region, wilayah: nearest! };
}

export function sameRegion(a: Region, b: Region): boolean {
  return key(a.level, a.name) === key(b.level, b.name);
}

const MAX_TYPING_ERRORS = 2;

/** The real region closest in spelling to `wilayah`, written with its level word, if one is close. */
function nearestRegionName(wilayah: string): string | undefined {
  const target = wilayah.toLocaleLowerCase('id');
  let best: { name: string; distance: number } | undefined;
  for (const region of loadGazetteer().byKey.values()) {
    const name = region.level === 'pusat' ? region.name : `${region.level[0].toUpperCase()}${region.level.slice(1)} ${region.name}`;
    const distance = editDistance(target, name.toLocaleLowerCase('id'));
    if (!best || distance < best.distance) best = { name, distance };
  }
  // A misspelling is a letter or two away; further off is another name.
  return best && best.distance <= MAX_TYPING_ERRORS ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

interface OfficeMention {
  /** As written: "Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat". */
  text: string;
  /** "Komisi Pemilihan Umum" or "KPU", as written. */
  institution: string;
  /** The region named; its name is as written when it is not a real region. */
  region: Region;
  /** Offset of the mention in the text. */
  index: number;
}

const MENTION = /\b(Komisi Pemilihan Umum|Komisi Independen Pemilihan|KPU|KIP)\s+(Provinsi|Kabupaten|Kota)\s+(?:Administrasi\s+)?/giu;

/** Words that continue a region name: "Sumbawa Timur" is not "Sumbawa" followed by a word. */
const NAME_CONTINUES = /^(barat|timur|utara|selatan|tengah|tenggara|daya|laut|raya|hulu|hilir|pusat)$/i;

/** Words that end a region name written in title case: "… Kabupaten Sumbawa Barat Tahun 2022". */
const AFTER_NAME = /^(tahun|nomor|tentang|dan|atau|serta|yang|di|ke|dari|pada|untuk|dengan|sebagai)$/i;

/** The offices of a province, regency or city that a text names. */
export function officeMentions(text: string): OfficeMention[] {
  const { namesByLevel } = loadGazetteer();
  const mentions: OfficeMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const level = match[2].toLowerCase() as Level;
    const rest = text.slice(match.index + match[0].length);
    const lowerRest = rest.toLocaleLowerCase('id');
    const known = namesByLevel[level].find(
      (name) => lowerRest.startsWith(name.toLocaleLowerCase('id')) && !/[\p{L}\p{N}]/u.test(rest.charAt(name.length)),
    );
    const nextWord = rest.slice(known?.length ?? 0).trim().split(/[^\p{L}]/u)[0];
    const name = known && !NAME_CONTINUES.test(nextWord) ? rest.slice(0, known.length) : nameAsWritten(rest);
    if (!name) continue;
    mentions.push({ text: `${match[0]}${name}`, institution: match[1], region: { level, name }, index: match.index });
  }
  return mentions;
}

/** An unknown region's name: the capitalised words that follow the level word. */
function nameAsWritten(rest: string): string {
  const words: string[] = [];
  for (const word of rest.split(' ')) {
    const bare = word.replace(/[^\p{L}\p{N}-]+$/u, '');
    if (!/^\p{Lu}/u.test(bare) || AFTER_NAME.test(bare)) break;
    words.push(bare);
    if (bare !== word) break;
  }
  return words.join(' ');
}

