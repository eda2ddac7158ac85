/** Decrees for the check's tests: the clean fixture, or the clean fixture with one thing changed. */
import { readFileSync } from 'node:fs';
import { toolAvailable } from '../support/tools';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { checkDecree, type Finding } from '../../src/check';
import { parseYamlText, type LoadedSource } from '../../src/data/load';
import type { Decree, DecreeInput } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { getSpeller } from '../../src/check/speller';
import { scheduleInputOf } from '../support/appendix';

export const CLEAN_FILE = path.join(__dirname, '..', 'fixtures', 'data', 'clean.yaml');
export const SAMPLE_FILE = path.join(__dirname, '..', '..', 'data', 'kpu-sumbawa-barat', '2022-035.yaml');
export const AS_SIGNED_FILE = path.join(__dirname, '..', 'fixtures', 'data', 'sumbawa-barat-2022-035-as-signed.yaml');

/** The clean decree's data, fresh for each change. */
export function cleanData(): DecreeInput {
  return parse(readFileSync(CLEAN_FILE, 'utf8')) as DecreeInput;
}

/** The clean decree with `change` applied, loaded and validated as `naskah check` does. */
export function decreeWith(change: (data: DecreeInput) => void): { source: LoadedSource; decree: Decree } {
  const data = cleanData();
  change(data);
  const source = parseYamlText('keputusan.yaml', stringify(data));
  // A draft may leave the number and the date empty; the check reads drafts too.
  return { source, decree: validateDecree(source, { draft: true }) };
}

/** The findings of one rule on the clean decree with `change` applied. */
export function findingsOf(rule: string, change: (data: DecreeInput) => void): Finding[] {
  const { source, decree } = decreeWith(change);
  return checkDecree(source, decree).filter((finding) => finding.rule === rule);
}

export const lampiranOf = scheduleInputOf;

/** Spelling tests need Debian's hunspell-id; without it they are skipped, saying so once. */
export const hasDictionary = toolAvailable(getSpeller() !== null, 'id_ID Hunspell dictionary not installed (apt install hunspell-id): spelling tests');
export const describeWithDictionary = hasDictionary ? describe : describe.skip;
