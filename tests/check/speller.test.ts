import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDictionaryFile } from '../../src/check/dictionary-file';
import { dictionaryDirs, findDictionary, loadSpeller, PREPARED_DICTIONARY, prepareDictionary } from '../../src/check/speller';
import { describeWithDictionary } from './support';

const NO_PREPARED = path.join(os.tmpdir(), 'no-such-prepared-dictionary.bin');

describeWithDictionary('the dictionary prepared at build time', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'naskah-kamus-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('the build prepared the installed dictionary with the shipped word list', () => {
    const source = findDictionary(dictionaryDirs());
    expect(readDictionaryFile(PREPARED_DICTIONARY, source!.digest)).not.toBeNull();
  });

  test('answers and suggests as nspell does after loading the dictionary itself', () => {
    const prepared = loadSpeller(dictionaryDirs(), PREPARED_DICTIONARY)!;
    const expanded = loadSpeller(dictionaryDirs(), NO_PREPARED)!;
    const words = [
      // Misspellings of the sample, corrected by restoring letters, by nspell's own search, or not at all.
      'Interitas', 'endorong', 'Pelaksaannya', 'Pencanaan', 'karir', 'Efektifitas', 'meminimalisir', 'terintegritas', 'lanjtan', 'Panitai', 'Kabupatem',
      // Known words in every case, the shipped list's terms, forms made by affixes, and abbreviations.
      'pelayanan', 'Pelayanan', 'PELAYANAN', 'penanggungjawab', 'PENANGGUNGJAWAB', 'Penanggungjawab', 'SPBE', 'Spbe', 'pemutakhiran', 'ditetapkan', 'kpu', 'se',
    ];
    for (const word of words) {
      expect([word, prepared.correct(word), prepared.suggest(word)]).toEqual([word, expanded.correct(word), expanded.suggest(word)]);
    }
    expect(prepared.suggest('Pencanaan')).toContain('Perencanaan');
  });

  test('a file prepared from another dictionary is not used: the installed one is loaded', () => {
    const dir = path.join(scratch, 'changed');
    const file = path.join(scratch, 'changed.bin');
    const installed = dictionaryDirs().find((candidate) => existsSync(path.join(candidate, 'id_ID.dic')))!;
    mkdirSync(dir);
    for (const name of ['id_ID.aff', 'id_ID.dic']) copyFileSync(path.join(installed, name), path.join(dir, name));
    expect(prepareDictionary([dir], file)).toBe(true);
    appendFileSync(path.join(dir, 'id_ID.dic'), 'zzkatabaru\n');
    expect(readDictionaryFile(file, findDictionary([dir])!.digest)).toBeNull();
    expect(loadSpeller([dir], file)!.correct('zzkatabaru')).toBe(true);
  });
});
