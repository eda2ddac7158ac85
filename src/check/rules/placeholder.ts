/**
 * Placeholders left in a decree: the number or the date of enactment still empty, dots where `import`
 * found nothing ("........."), and the `# ISI` marks that `next` leaves on what must be filled again.
 * A final decree cannot carry any of them.
 */
import { UNFILLED_FIELDS, valueAt } from '../../data/validate';
import { findingAt, type Finding, type Rule } from '../finding';

/** A value made only of dots, ellipses or underscores, or holding a run of them as long as a fill-in. */
const FILL_IN = /^[\s._…]+$|\.{5,}|…{2,}|_{5,}/u;
const MARK = /#\s*ISI\b.*$/u;

export const checkPlaceholders: Rule = (context) => {
  const findings: Finding[] = [];
  for (const path of UNFILLED_FIELDS) {
    if (valueAt(context.decree, path) === null) findings.push(findingAt(context, 'error', 'placeholder', path, '', { kind: 'empty' }));
  }
  const visit = (value: unknown, path: (string | number)[]) => {
    // Layout settings are no fill-ins: the continuation word's ending is ". . ." by design.
    if (path.join('.') === 'kantor.tata_letak') return;
    if (typeof value === 'string') {
      if (FILL_IN.test(value)) findings.push(findingAt(context, 'error', 'placeholder', path, value.trim(), { kind: 'dots' }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  visit(context.decree, []);
  // A mark on a line already reported (an empty number with its "# ISI") is the same placeholder.
  const reported = new Set(findings.map((finding) => finding.line));
  context.source.text.split('\n').forEach((line, index) => {
    const mark = MARK.exec(line);
    if (!mark || reported.has(index + 1) || !isComment(line, mark.index)) return;
    findings.push({ severity: 'error', rule: 'placeholder', file: context.source.file, line: index + 1, column: mark.index + 1, path: [], found: mark[0].trim(), params: { kind: 'mark' } });
  });
  return findings;
};

/** Whether the "#" at `at` starts a comment: at the line's start or after a space, outside quotes. */
function isComment(line: string, at: number): boolean {
  if (at > 0 && !/\s/.test(line[at - 1])) return false;
  const before = line.slice(0, at);
  return (before.match(/"/g) ?? []).length % 2 === 0 && (before.match(/'/g) ?? []).length % 2 === 0;
}
