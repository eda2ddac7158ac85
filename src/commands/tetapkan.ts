/**
 * Finalising a draft (`naskah tetapkan`): the number and the date of enactment filled in and their
 * `# ISI` marks removed, the file renamed from its draft name (2023-konsep.yaml) to the decree's own
 * (2023-012.yaml), and the number's use recorded in the office's register of numbers (which data file
 * used which number); refused while the check finds errors in the result, so a finalised file always
 * builds. The file is edited in the YAML parser's concrete syntax tree, as `next` does, so everything
 * else stays as the office wrote it.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Composer, CST, Parser, type Scalar } from 'yaml';
import { checkDecree, type Finding } from '../check';
import { parseYamlText, readYamlText } from '../data/load';
import type { Decree } from '../data/schema';
import { validateDecree } from '../data/validate';
import { writeFilesAtomically, writeNewFileAtomically } from '../output/files';
import { NaskahError } from '../problems/problem';
import { recordNumberUse } from '../register/register';
import { CheckFailed, errorCount } from './build';

interface Enactment {
  nomor: string;
  /** YYYY-MM-DD */
  tanggal: string;
}

interface Finalised {
  target: string;
  /** The check's warnings on the finalised decree. */
  findings: Finding[];
}

const FIELDS: [keyof Enactment, (string | number)[]][] = [
  ['nomor', ['keputusan', 'nomor']],
  ['tanggal', ['ditetapkan', 'tanggal']],
];

/** "2023-012.yaml": the year and the sequence number (the first digits of a classification code). */
function decreeFileName(decree: Decree): string {
  const sequence = /^\d+/.exec(decree.keputusan.nomor ?? '')?.[0] ?? 'x';
  return `${decree.keputusan.tahun}-${sequence.padStart(3, '0')}.yaml`;
}

export function finaliseDraft(dataFile: string, enactment: Enactment): Finalised {
  const text = readYamlText(dataFile);
  validateDecree(parseYamlText(dataFile, text), { draft: true });
  const tokens = [...new Parser().parse(text)];
  const [doc] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  for (const [name, field] of FIELDS) {
    const token = (doc.getIn(field, true) as Scalar | undefined)?.srcToken as CST.FlowScalar | undefined;
    if (!token) throw new NaskahError([{ file: dataFile, path: field, key: 'missing' }]);
    CST.setScalarValue(token, enactment[name]);
    token.end = withoutFillMark(token.end);
  }
  const finalText = tokens.map((token) => CST.stringify(token)).join('');

  const source = parseYamlText(dataFile, finalText);
  const decree = validateDecree(source);
  const findings = checkDecree(source, decree);
  if (errorCount(findings) > 0) throw new CheckFailed(dataFile, findings, 'finalise-refused');

  const target = path.join(path.dirname(dataFile), decreeFileName(decree));
  const bytes = Buffer.from(finalText);
  if (path.resolve(target) === path.resolve(dataFile)) {
    writeFilesAtomically([{ target, bytes }]);
    recordNumberUse(target, decree);
    return { target, findings };
  }
  writeNewFileAtomically(target, bytes);
  // The draft goes only once the register has taken the number: a number another file uses already
  // leaves the draft as it was and no finalised file beside it.
  try {
    recordNumberUse(target, decree);
  } catch (error) {
    rmSync(target);
    throw error;
  }
  rmSync(dataFile);
  return { target, findings };
}

/** The tokens after a value without its "# ISI …" comment and the space before it. */
function withoutFillMark(end: CST.SourceToken[] | undefined): CST.SourceToken[] | undefined {
  if (!end) return end;
  const mark = end.findIndex((token) => token.type === 'comment' && /^#\s*ISI\b/.test(token.source));
  if (mark < 0) return end;
  const from = mark > 0 && end[mark - 1].type === 'space' ? mark - 1 : mark;
  return [...end.slice(0, from), ...end.slice(mark + 1)];
}
