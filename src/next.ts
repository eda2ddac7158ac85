/**
 * Next year's data file from this year's: the year moved on wherever it is the decree's own year, the
 * number and date of signing emptied and marked, everything else (comments included) carried over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, parseDocument, Scalar, visit } from 'yaml';
import { parseYamlText } from './data/load';
import { UNFILLED_FIELDS, validateDecree } from './data/validate';
import { NaskahError } from './errors';
import { writeNewFileAtomically } from './output';

/** Texts that speak of the decree's own year. Legal bases keep theirs: they cite laws by their years. */
const YEAR_BEARING = [['keputusan', 'tentang'], ['menimbang'], ['diktum'], ['lampiran']];

export function nextYearFileName(dataFile: string, year: number): string {
  return path.join(path.dirname(dataFile), `${year}-konsep.yaml`);
}

export function draftNextYear(dataFile: string, year: number, target = nextYearFileName(dataFile, year)): string {
  const text = readFileSync(dataFile, 'utf8');
  const decree = validateDecree(parseYamlText(dataFile, text), { draft: true });
  const oldYear = decree.keputusan.tahun;
  const doc = parseDocument(text);

  doc.setIn(['keputusan', 'tahun'], year);
  for (const field of UNFILLED_FIELDS) {
    const empty = new Scalar(null);
    empty.comment = ` ISI: belum ditetapkan untuk tahun ${year}`;
    doc.setIn(field, empty);
  }
  const oldYearWord = new RegExp(`\\b${oldYear}\\b`, 'g');
  for (const field of YEAR_BEARING) {
    const node = doc.getIn(field, true);
    if (isScalar(node) && typeof node.value === 'string') node.value = node.value.replace(oldYearWord, String(year));
    else if (node)
      visit(node as Parameters<typeof visit>[0], {
        Scalar(_key, scalar) {
          if (typeof scalar.value === 'string') scalar.value = scalar.value.replace(oldYearWord, String(year));
        },
      });
  }
  const note = ` Konsep keputusan tahun ${year}, disusun dari ${path.basename(dataFile)}.\n Isi nomor dan tanggal penetapan (tanda ISI) sebelum membuat naskah asli.`;
  // After the file's own opening comment, which may name the JSON Schema for editors.
  doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n\n${note}` : note;

  try {
    writeNewFileAtomically(target, Buffer.from(doc.toString({ lineWidth: 0 })));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NaskahError([{ file: target, key: code === 'EEXIST' ? 'never-overwrite' : 'output-unwritable', detail: code }]);
  }
  return target;
}
