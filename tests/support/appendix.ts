/** The sample's single appendix, a schedule, as the tests of the schedule read it. */
import type { Decree, DecreeInput, ScheduleAppendix, ScheduleInput } from '../../src/data/schema';

export function scheduleOf(decree: Decree): ScheduleAppendix {
  const [appendix] = decree.lampiran;
  if (appendix?.jenis !== 'jadwal') throw new Error('the decree has no schedule as its first appendix');
  return appendix;
}

/** The appendix of data written as one object (as the sample is). */
export function scheduleInputOf(data: DecreeInput): ScheduleInput {
  if (!data.lampiran || Array.isArray(data.lampiran) || !('kegiatan' in data.lampiran)) throw new Error('the data has no single schedule');
  return data.lampiran;
}
