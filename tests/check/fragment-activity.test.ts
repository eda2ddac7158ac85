import { findingsOf, lampiranOf } from './support';

describe('fragment activity name (fragment-activity)', () => {
  test.each<[string, { edge: string; word: string } | null]>([
    ['dan Prosedur Operasional tetap (SOP)', { edge: 'start', word: 'dan' }],
    ['Penilaian kepuasan terhadap', { edge: 'end', word: 'terhadap' }],
    ['serta Pengelolaan Arsip', { edge: 'start', word: 'serta' }],
    ['Koordinasi dengan', { edge: 'end', word: 'dengan' }],
    ['Pelaporan kepada Pimpinan dan', { edge: 'end', word: 'dan' }],
    ['Standar Operasional Prosedur (SOP)', null],
    ['Penilaian kepuasan terhadap pelayanan', null],
    // A capitalised first word can open a real name.
    ['Dari Desa ke Kota', null],
    ['_Whistle Blowing System_', null],
  ])('%j', (name, expected) => {
    const findings = findingsOf('fragment-activity', (data) => {
      lampiranOf(data).kegiatan[1].nama = name;
    });
    if (!expected) return expect(findings).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['lampiran', 'kegiatan', 1, 'nama'], found: name, params: expected }),
    ]);
  });
});
