/** Rule 2: the same sub-activity twice under one activity (Sumbawa Barat 35/2022, activity 17). */
import { findingAt, schedulesOf, type Finding, type Rule } from '../finding';
import { normaliseForComparison } from '../words';

export const checkDuplicateTasks: Rule = (context) => {
  const findings: Finding[] = [];
  for (const { schedule, path } of schedulesOf(context.decree)) {
    schedule.kegiatan.forEach((activity, a) => {
    const firstIndex = new Map<string, number>();
    activity.sub_kegiatan.forEach((task, t) => {
      const key = normaliseForComparison(task.uraian);
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, t);
      else findings.push(findingAt(context, 'error', 'duplicate-task', [...path, 'kegiatan', a, 'sub_kegiatan', t, 'uraian'], task.uraian, { first: first + 1 }));
    });
    });
  }
  return findings;
};
