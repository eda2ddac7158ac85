/** The rows of a schedule appendix (activities, sub-activities, the months shaded or marked) into its data. */
import { UNFILLED } from '../compose/template';
import type { ScheduleInput } from '../data/schema';
import type { FieldPath } from '../data/load';
import { itemMarker } from '../formatters';
import type { NoteKey } from './messages';
import { collapseSpace, isTableFurniture, type SourceLine } from './source';

export type Row = Extract<SourceLine, { kind: 'row' }>;
export type NoteAt = (path: FieldPath, key: NoteKey, trailing?: boolean) => void;
type SubActivity = ScheduleInput['kegiatan'][number]['sub_kegiatan'][number];

const TYPED_MARKER = /^\(?([a-z]{1,2}|\d{1,3})[.)]\s+(.*)$/;

const expectedLetter = (index: number) => itemMarker('letter', index).slice(0, -1);

/** Whether a table's rows (their cells' texts) are a schedule's: a header of number and activity, and months. */
export function isSchedule(rows: string[][]): boolean {
  const [header = []] = rows;
  const months = rows.some((cells) => cells.some((cell, i) => cell === '1' && cells[i + 1] === '2' && cells[i + 11] === '12'));
  return /^NO\.?$/i.test(header[0] ?? '') && header.some((cell) => /KEGIATAN/i.test(cell)) && (months || header.some((cell) => /BULAN/i.test(cell)));
}

interface Columns {
  number: number;
  activity: number;
  task: number;
  note: number;
  months: number[];
}

/** Where the columns are, from the header's titles and its row of month numbers. */
function scheduleColumns(rows: Row[]): Columns {
  const header = rows.find((row) => /^NO\.?$/i.test(row.cells[0] ?? ''))?.cells ?? [];
  const find = (pattern: RegExp, fallback: number) => {
    const index = header.findIndex((cell) => pattern.test(cell));
    return index === -1 ? fallback : index;
  };
  const monthsStart = find(/PELAKSANAAN|BULAN/i, 3);
  const monthRow = rows.find((row) => row.cells.some((cell, i) => cell === '1' && row.cells[i + 11] === '12' && row.cells[i + 1] === '2'));
  const first = monthRow ? monthRow.cells.indexOf('1') : monthsStart;
  return {
    number: 0,
    activity: find(/^KEGIATAN$/i, 1),
    task: find(/SUB\s*KEGIATAN|URAIAN/i, 2),
    note: find(/^KET/i, first + 12),
    months: Array.from({ length: 12 }, (_, i) => first + i),
  };
}

/**
 * The schedule's rows into activities. A numbered row opens an activity (unless it names the open one
 * again, at the top of a page it continues on); a row without a number adds
 * a sub-activity when it is a whole table row or carries the next letter, and otherwise continues the
 * row before it (a row broken over a page). Letters are stripped where the activity has several.
 * `at` is where the schedule stands in the data, for the notes.
 */
export function readSchedule(rows: Row[], judul: string, note: NoteAt, at: FieldPath): ScheduleInput {
  const columns = scheduleColumns(rows);
  const activities: { nama: string; tasks: (SubActivity & { bulan: number[]; ket: string })[] }[] = [];
  let anyMonth = false;
  for (const row of rows) {
    if (isTableFurniture(row.cells)) continue;
    const cell = (index: number) => row.cells[index] ?? '';
    const months = columns.months.flatMap((column, i) => (row.marked[column] || cell(column) ? [i + 1] : []));
    anyMonth ||= months.length > 0;
    const task = cell(columns.task);
    const numbered = /^(\d+)\.?$/.exec(cell(columns.number));
    // An activity that runs onto a new page is numbered and named again there ("… (lanjutan)"): it opens nothing.
    const namedAgain = numbered !== null && activities.length > 0 && Number(numbered[1]) === activities.length;
    if (numbered && !namedAgain) activities.push({ nama: cell(columns.activity), tasks: [] });
    const activity = activities[activities.length - 1];
    if (!activity) continue;
    if (!numbered && cell(columns.activity)) activity.nama = collapseSpace(`${activity.nama} ${cell(columns.activity)}`);
    const last = activity.tasks[activity.tasks.length - 1];
    const typed = TYPED_MARKER.exec(task);
    const opensTask = !last || row.whole || typed?.[1] === expectedLetter(activity.tasks.length);
    if (opensTask && (task || months.length || cell(columns.note))) activity.tasks.push({ uraian: task, bulan: months, ket: cell(columns.note) });
    else if (last) {
      last.uraian = collapseSpace(`${last.uraian} ${task}`);
      last.bulan = [...new Set([...last.bulan, ...months])].sort((a, b) => a - b);
      last.ket = collapseSpace(`${last.ket} ${cell(columns.note)}`);
    }
  }
  // An empty cell where the data needs a text is filled with dots and pointed out.
  const filled = (text: string, path: FieldPath) => {
    if (text) return text;
    note(path, 'cellEmpty');
    return UNFILLED;
  };
  const kegiatan = activities.map((activity, a) => {
    const tasks = activity.tasks.length > 0 ? activity.tasks : [{ uraian: '', bulan: [], ket: '' }];
    return {
      nama: filled(activity.nama, [...at, 'kegiatan', a, 'nama']),
      sub_kegiatan: tasks.map((task, t) => {
        const path = [...at, 'kegiatan', a, 'sub_kegiatan', t];
        const typed = TYPED_MARKER.exec(task.uraian);
        const uraian = typed && tasks.length > 1 && typed[1] === expectedLetter(t) ? typed[2] : task.uraian;
        if (!anyMonth) note([...path, 'bulan'], 'monthsMissing', true);
        return { uraian: filled(uraian, [...path, 'uraian']), bulan: task.bulan, ...(task.ket ? { ket: task.ket } : {}) };
      }),
    };
  });
  return { judul, kegiatan };
}
