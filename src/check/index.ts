/**
 * `naskah check`: the office's own mistakes in a valid decree, which the schema cannot see — another
 * office named, repeated or cut-off rows, typing errors, wrong years, punctuation, order of legal bases.
 */
import type { LoadedSource } from '../data/load';
import type { Decree } from '../data/schema';
import type { Finding, Rule } from './finding';
import { checkAppendixCitations } from './rules/appendix-citation';
import { checkCommentsInText } from './rules/comment-in-text';
import { checkDecreeNumber } from './rules/decree-number';
import { checkDuplicateTasks } from './rules/duplicate-task';
import { checkFragmentActivities } from './rules/fragment-activity';
import { checkLetterReferences } from './rules/letter-reference';
import { checkItemMarkers } from './rules/item-marker';
import { checkLegalBasisOrder } from './rules/legal-basis-order';
import { checkMonthsGiven } from './rules/no-months';
import { checkOfficials } from './rules/officials';
import { checkOtherOffice } from './rules/other-office';
import { checkPlaceholders } from './rules/placeholder';
import { checkPunctuation } from './rules/punctuation';
import { checkSignatoryNames } from './rules/signatory-name';
import { checkSpelling } from './rules/spelling';
import { checkTitleInConsideration } from './rules/title-in-consideration';
import { checkTruncatedTasks } from './rules/truncated-task';
import { checkYears } from './rules/year';

export type { Finding } from './finding';
export { explainFinding, formatFinding } from './messages';

const RULES: Rule[] = [
  checkOtherOffice,
  checkDuplicateTasks,
  checkFragmentActivities,
  checkSpelling,
  checkYears,
  checkMonthsGiven,
  checkLegalBasisOrder,
  checkPunctuation,
  checkTitleInConsideration,
  checkTruncatedTasks,
  checkAppendixCitations,
  checkLetterReferences,
  checkSignatoryNames,
  checkPlaceholders,
  checkDecreeNumber,
  checkOfficials,
  checkItemMarkers,
  checkCommentsInText,
];

/** Every finding, in the order of the file. */
export function checkDecree(source: LoadedSource, decree: Decree): Finding[] {
  const context = { source, decree };
  return RULES.flatMap((rule) => rule(context)).sort((a, b) => a.line - b.line || a.column - b.column);
}
