import { findingsOf, lampiranOf } from './support';

describe('schedule row with no month (no-months)', () => {
  test.each<[string, unknown, boolean]>([
    ['an empty list', [], true],
    ['no bulan at all', undefined, true],
    ['one month', [3], false],
    ['a range', '1-12', false],
  ])('%s', (_, bulan, reported) => {
    const findings = findingsOf('no-months', (data) => {
      const task = lampiranOf(data).kegiatan[2].sub_kegiatan[0] as Record<string, unknown>;
      if (bulan === undefined) delete task.bulan;
      else task.bulan = bulan;
    });
    expect(findings).toEqual(
      reported ? [expect.objectContaining({ severity: 'warning', path: ['lampiran', 'kegiatan', 2, 'sub_kegiatan', 0, 'bulan'] })] : [],
    );
  });
});
