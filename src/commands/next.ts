/**
 * Next year's data file from this year's: the year moved on wherever it is the decree's own year, the
 * number and date of signing emptied and marked, everything else carried over. The file is edited
 * token by token in the YAML parser's concrete syntax tree, so comments, quoting and line folding stay
 * exactly as the office wrote them.
 */
import path from 'node:path';
import { Composer, CST, isScalar, Parser, visit, type Node, type Scalar } from 'yaml';
import { checkDecree, type Finding } from '../check';
import { loadYamlFile, parseYamlText, readYamlText } from '../data/load';
import { UNFILLED_FIELDS, validateDecree } from '../data/validate';
import { writeNewFileAtomically } from '../output/files';

/** Texts that speak of the decree's own year. Legal bases keep theirs: they cite laws by their years. */
const YEAR_BEARING = [['keputusan', 'tentang'], ['menimbang'], ['diktum'], ['lampiran']];

function nextYearFileName(dataFile: string, year: number): string {
  return path.join(path.dirname(dataFile), `${year}-konsep.yaml`);
}

export function draftNextYear(dataFile: string, year: number, target = nextYearFileName(dataFile, year)): string {
  const text = readYamlText(dataFile);
  const oldYear = validateDecree(parseYamlText(dataFile, text), { draft: true }).keputusan.tahun;
  const tokens = [...new Parser().parse(text)];
  const [doc] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const tokenAt = (field: (string | number)[]) => (doc.getIn(field, true) as Scalar).srcToken as CST.FlowScalar;

  CST.setScalarValue(tokenAt(['keputusan', 'tahun']), String(year));
  for (const field of UNFILLED_FIELDS) {
    const token = tokenAt(field);
    CST.setScalarValue(token, 'null');
    const comment = `# ISI: ${field.join('.')} tahun ${year}; wajib diisi sebelum membuat naskah asli`;
    token.end = [{ type: 'space', offset: token.offset, indent: token.indent, source: ' ' }, { type: 'comment', offset: token.offset, indent: token.indent, source: comment }, ...(token.end ?? [])];
  }
  // A year is four digits in any scalar style, so replacing it in the raw token cannot break quoting or folding.
  const oldYearWord = new RegExp(`\\b${oldYear}\\b`, 'g');
  const moveYear = (scalar: Scalar) => {
    const token = scalar.srcToken as { source: string } | undefined;
    if (token && typeof scalar.value === 'string') token.source = token.source.replace(oldYearWord, String(year));
  };
  for (const field of YEAR_BEARING) {
    const node = doc.getIn(field, true) as Node | undefined;
    if (isScalar(node)) moveYear(node);
    else if (node) visit(node, { Scalar: (_key, scalar) => moveYear(scalar) });
  }

  writeNewFileAtomically(target, Buffer.from(tokens.map((token) => CST.stringify(token)).join('')));
  return target;
}

/**
 * The findings of last year's file that the draft carries over (the same rule at the same field): what
 * was wrong then is wrong in the draft too until someone corrects it. Placeholders are the draft's own.
 */
export function carriedFindings(dataFile: string, draftFile: string): Finding[] {
  const findingsOf = (file: string) => {
    const source = loadYamlFile(file);
    return checkDecree(source, validateDecree(source, { draft: true }));
  };
  const key = (finding: Finding) => `${finding.rule} ${JSON.stringify(finding.path)}`;
  const before = new Set(findingsOf(dataFile).map(key));
  return findingsOf(draftFile).filter((finding) => finding.rule !== 'placeholder' && before.has(key(finding)));
}
