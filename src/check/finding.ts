/** What a rule reports, and the context every rule reads. */
import type { Decree, ScheduleAppendix } from '../data/schema';
import { pathAsWritten, type FieldPath, type LoadedSource } from '../data/load';
import type { FindingRule } from './messages';

/** What completes a finding's message. */
export interface FindingValues {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  path: (string | number)[];
  /** The offending text as the office wrote it. */
  found: string;
  /** Values that complete the message: the expected text, a suggestion, an item number. */
  params?: Record<string, string | number>;
}

export interface Finding extends FindingValues {
  /** Which rule found it; also the key of its message. */
  rule: FindingRule;
}

export interface CheckContext {
  source: LoadedSource;
  decree: Decree;
}

export type Rule = (context: CheckContext) => Finding[];

export function findingAt(
  { source }: CheckContext,
  severity: Finding['severity'],
  rule: FindingRule,
  path: FieldPath,
  found: string,
  params?: Finding['params'],
): Finding {
  // The found text's own line where it stands in the field as written, else the field's start.
  return { severity, rule, file: source.file, ...source.locate(path, found || undefined), path: pathAsWritten(source.data, path), found, ...(params && { params }) };
}

interface TypedText {
  path: FieldPath;
  text: string;
}

/** The texts the office types itself: everything but names of people, offices and places. */
export function typedTexts(decree: Decree): TypedText[] {
  const texts: TypedText[] = [{ path: ['keputusan', 'tentang'], text: decree.keputusan.tentang }];
  for (const section of ['menimbang', 'mengingat', 'memperhatikan', 'diktum'] as const) {
    decree[section].forEach((text, i) => texts.push({ path: [section, i], text }));
  }
  decree.lampiran.forEach((appendix, i) => texts.push({ path: ['lampiran', i, 'judul'], text: appendix.judul }));
  for (const { schedule, path } of schedulesOf(decree)) {
    schedule.kegiatan.forEach((activity, a) => {
      texts.push({ path: [...path, 'kegiatan', a, 'nama'], text: activity.nama });
      activity.sub_kegiatan.forEach((task, t) => {
        const taskPath = [...path, 'kegiatan', a, 'sub_kegiatan', t];
        texts.push({ path: [...taskPath, 'uraian'], text: task.uraian });
        if (task.ket) texts.push({ path: [...taskPath, 'ket'], text: task.ket });
      });
    });
  }
  return texts;
}

/** Every sub-activity with its path, for the rules on the appendix schedule. */
export function tasksOf(decree: Decree) {
  return schedulesOf(decree).flatMap(({ schedule, path }) =>
    schedule.kegiatan.flatMap((activity, a) =>
      activity.sub_kegiatan.map((task, t) => ({ activity, activityIndex: a, task, taskIndex: t, path: [...path, 'kegiatan', a, 'sub_kegiatan', t] })),
    ),
  );
}

/** The schedules among the appendices, each with its path in the data. */
export function schedulesOf(decree: Decree): { schedule: ScheduleAppendix; path: FieldPath }[] {
  return decree.lampiran.flatMap((appendix, i) => (appendix.jenis === 'jadwal' ? [{ schedule: appendix, path: ['lampiran', i] }] : []));
}
