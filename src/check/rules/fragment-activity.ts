/**
 * Rule 3: an activity name that is a fragment of a longer one, cut where a table cell broke:
 * "dan Prosedur Operasional tetap (SOP)", "Penilaian kepuasan terhadap" (Sumbawa Barat 35/2022).
 */
import { findingAt, schedulesOf, type Finding, type Rule } from '../finding';
import { CONNECTIVES, lastWord, wordsOf } from '../words';

export const checkFragmentActivities: Rule = (context) => {
  const findings: Finding[] = [];
  for (const { schedule, path: schedulePath } of schedulesOf(context.decree)) {
    schedule.kegiatan.forEach((activity, a) => {
    const path = [...schedulePath, 'kegiatan', a, 'nama'];
    const first = wordsOf(activity.nama)[0] ?? '';
    const last = lastWord(activity.nama);
    // A capitalised first word may be a name ("Dari Desa ke Kota"); a lower-case one cannot open a name.
    if (CONNECTIVES.has(first)) {
      findings.push(findingAt(context, 'warning', 'fragment-activity', path, activity.nama, { edge: 'start', word: first }));
    } else if (CONNECTIVES.has(last.toLocaleLowerCase('id'))) {
      findings.push(findingAt(context, 'warning', 'fragment-activity', path, activity.nama, { edge: 'end', word: last }));
    }
    });
  }
  return findings;
};
