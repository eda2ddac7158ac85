import { findingsOf, lampiranOf } from './support';

describe('truncated sub-activity (truncated-task)', () => {
  test.each<[string, string | null]>([
    // [sub-activity, word reported]
    ['Implementasi Standar Kompetensi Jabatan (SKJ) pada seluruh jabatan sesuai', 'sesuai'],
    ['Monitoring dan evaluasi atas pelaksanaan aturan disiplin/kode etik/kode', 'kode'],
    ['Koordinasi dengan', 'dengan'],
    ['Penyusunan laporan dan', 'dan'],
    ['Evaluasi atau', 'atau'],
    ['Pelaksanaan pelatihan yang', 'yang'],
    // Closing punctuation says the sentence is whole.
    ['Pengembangan pegawai sesuai.', null],
    ['Monitoring dan evaluasi atas pelaksanaan aturan disiplin/kode etik/kode perilaku', null],
    ['Pengembangan pegawai berbasis kompetensi sesuai dengan rencana dan kebutuhan', null],
    ['Inovasi yang telah direplikasi oleh instansi lain', null],
  ])('%j', (uraian, word) => {
    const findings = findingsOf('truncated-task', (data) => {
      lampiranOf(data).kegiatan[0].sub_kegiatan[1].uraian = uraian;
    });
    if (!word) return expect(findings).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['lampiran', 'kegiatan', 0, 'sub_kegiatan', 1, 'uraian'], found: word }),
    ]);
  });
});
