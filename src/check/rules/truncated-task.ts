/**
 * Rule 10: a sub-activity cut off in the middle of its sentence, as where a table row broke in the
 * source: "… pada seluruh jabatan sesuai", "… aturan disiplin/kode etik/kode" (Sumbawa Barat 35/2022).
 */
import { findingAt, tasksOf, type Finding, type Rule } from '../finding';
import { CONNECTIVES, endsWithClosingPunctuation, lastWord, normaliseForComparison } from '../words';

/** Words that need a complement, beyond the conjunctions and prepositions. */
const NEEDS_COMPLEMENT = new Set(['sesuai', 'berdasarkan', 'misalnya', 'yaitu', 'meliputi', 'antara']);

export const checkTruncatedTasks: Rule = (context) => {
  const findings: Finding[] = [];
  for (const { task, path } of tasksOf(context.decree)) {
    if (endsWithClosingPunctuation(task.uraian)) continue;
    const last = lastWord(task.uraian).toLocaleLowerCase('id');
    if (CONNECTIVES.has(last) || NEEDS_COMPLEMENT.has(last) || endsWithCutAlternative(task.uraian)) {
      findings.push(findingAt(context, 'warning', 'truncated-task', [...path, 'uraian'], lastWord(task.uraian)));
    }
  }
  return findings;
};

/** "disiplin/kode etik/kode": the last of the alternatives repeats the start of an earlier one and stops. */
function endsWithCutAlternative(text: string): boolean {
  const alternatives = text.split('/').map(normaliseForComparison);
  const last = alternatives.pop();
  return !!last && alternatives.some((alternative) => alternative.startsWith(`${last} `));
}
