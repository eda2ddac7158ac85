import { findingsOf, lampiranOf } from './support';

describe('a bullet or marker pasted at the start of an item (pasted-marker)', () => {
  test.each<[string, string | undefined]>([
    ['• bahwa untuk melaksanakan tugas;', '•'],
    ['– bahwa untuk melaksanakan tugas;', '–'],
    ['- bahwa untuk melaksanakan tugas;', '-'],
    ['a. bahwa untuk melaksanakan tugas;', 'a.'],
    ['b) bahwa untuk melaksanakan tugas;', 'b)'],
    ['bahwa untuk melaksanakan tugas a. dan b.;', undefined],
  ])('%j', (text, marker) => {
    const findings = findingsOf('pasted-marker', (data) => {
      data.menimbang[0] = text;
    });
    if (marker === undefined) return expect(findings).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: ['menimbang', 0], found: marker })]);
  });

  test('numbers in legal bases, dictums and the schedule', () => {
    const findings = findingsOf('pasted-marker', (data) => {
      data.mengingat[0] = `1. ${data.mengingat[0]}`;
      data.diktum[0] = `(1) ${data.diktum[0]}`;
      lampiranOf(data).kegiatan[0].sub_kegiatan[0].uraian = '• Rapat koordinasi';
    });
    expect(findings.map((f) => [f.path, f.found])).toEqual([
      [['mengingat', 0], '1.'],
      [['diktum', 0], '(1)'],
      [['lampiran', 'kegiatan', 0, 'sub_kegiatan', 0, 'uraian'], '•'],
    ]);
  });
});
