/** Rule 6: a schedule row with no month marked. */
import { findingAt, tasksOf, type Rule } from '../finding';

export const checkMonthsGiven: Rule = (context) =>
  tasksOf(context.decree)
    .filter(({ task }) => task.bulan.length === 0)
    .map(({ task, path }) => findingAt(context, 'warning', 'no-months', [...path, 'bulan'], task.uraian));
