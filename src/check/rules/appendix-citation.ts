/**
 * Rule 11: a dictum citing an appendix the decree does not have — "Lampiran III" when there are two,
 * any Lampiran when there is none — so the signed decree points its readers at nothing. Such a
 * citation is left behind when an appendix is dropped or the appendices are renumbered by hand;
 * {{lampiran 2}} or {{lampiran KUNCI}} lets naskah write the citation, and is checked here too.
 */
import { APPENDIX_CITATION, citedAppendix } from '../../compose/compose';
import { fromRoman } from '../../formatters';
import { findingAt, type Finding, type Rule } from '../finding';

/**
 * "Lampiran", "Lampiran II", "LAMPIRAN IV" as typed; the appendix of another instrument ("Lampiran
 * Peraturan …") is skipped, but not "Lampiran Keputusan ini".
 */
const TYPED_CITATION = /\bLampiran(?:\s+([IVXLC]+)\b)?(?!\s+(?:Keputusan|Peraturan|Undang|Instruksi|Surat)\b(?!\s+ini\b))/giu;

export const checkAppendixCitations: Rule = (context) => {
  const appendices = context.decree.lampiran;
  const findings: Finding[] = [];
  context.decree.diktum.forEach((dictum, i) => {
    const path = ['diktum', i];
    for (const [citation, reference] of dictum.matchAll(APPENDIX_CITATION)) {
      if (citedAppendix(appendices, reference) < 0) findings.push(findingAt(context, 'error', 'appendix-citation', path, citation, { count: appendices.length }));
    }
    for (const [citation, numeral] of dictum.replace(APPENDIX_CITATION, '').matchAll(TYPED_CITATION)) {
      const number = numeral ? romanValue(numeral.toUpperCase()) : 1;
      if (number > appendices.length) findings.push(findingAt(context, 'error', 'appendix-citation', path, citation, { count: appendices.length }));
    }
  });
  return findings;
};

function romanValue(numeral: string): number {
  try {
    return fromRoman(numeral);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
