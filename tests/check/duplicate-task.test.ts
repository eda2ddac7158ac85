import { findingsOf, lampiranOf } from './support';

describe('duplicate sub-activity (duplicate-task)', () => {
  const first = 'Pimpinan unit kerja memantau pencapaian kinerja secara berkala';

  test.each<[string, string, number[]]>([
    // [case, sub-activity added to activity 4 after the one it may repeat, sub-activities reported (from 0)]
    ['the same text (Sumbawa Barat 35/2022, activity 17)', first, [2]],
    ['other case and spacing', '  pimpinan unit KERJA memantau   pencapaian kinerja secara berkala', [2]],
    ['closing punctuation added', `${first};`, [2]],
    ['in italics', `_${first}_.`, [2]],
    ['a different text', 'Pimpinan unit kerja memantau pencapaian kinerja setiap bulan', []],
  ])('%s', (_, repeated, reported) => {
    const findings = findingsOf('duplicate-task', (data) => {
      lampiranOf(data).kegiatan[3].sub_kegiatan.push({ uraian: repeated, bulan: [12] });
    });
    expect(findings.map((f) => f.path)).toEqual(reported.map((t) => ['lampiran', 'kegiatan', 3, 'sub_kegiatan', t, 'uraian']));
    for (const finding of findings) expect(finding).toMatchObject({ severity: 'error', found: repeated.trim(), params: { first: 1 } });
  });

  test('the same text under another activity is no duplicate', () => {
    const findings = findingsOf('duplicate-task', (data) => {
      lampiranOf(data).kegiatan[0].sub_kegiatan.push({ uraian: first, bulan: [1] });
    });
    expect(findings).toEqual([]);
  });
});
