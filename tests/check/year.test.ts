import { findingsOf, lampiranOf } from './support';

describe('year mismatch (year-mismatch, date-outside-year)', () => {
  test.each<[string, string, string[]]>([
    // [case, title, years reported]
    ['the decree year', 'Rencana Kerja Tahun 2022', []],
    ['last year', 'Rencana Kerja Tahun 2021', ['Tahun 2021']],
    ['in capitals', 'RENCANA KERJA TAHUN 2023', ['TAHUN 2023']],
    ['a span that holds the year', 'Rencana Strategis Tahun 2020-2024', []],
    ['a span that does not', 'Rencana Strategis Tahun 2015-2019', ['Tahun 2015-2019']],
    ['a cited instrument', 'Perubahan atas Keputusan Nomor 5 Tahun 2019 tentang Rencana Kerja Tahun 2022', []],
    ['no year at all', 'Rencana Kerja', []],
    // KPU RI 2023 decrees on the 2024 general election; a 2022 decree preparing the 2024 regional elections.
    ['the year of the election it prepares', 'Pedoman Teknis Pencalonan Anggota DPRD dalam Penyelenggaraan Pemilihan Umum Tahun 2024', []],
    ['a regional election of another year', 'Tahapan Pemilihan Bupati dan Wakil Bupati Tahun 2024', []],
    ['an election year after a stale own year', 'Rencana Kerja Tahun 2021 dalam rangka Pemilu Tahun 2024', ['Tahun 2021']],
  ])('title: %s', (_, title, reported) => {
    for (const path of [['keputusan', 'tentang'], ['lampiran', 'judul']]) {
      const findings = findingsOf('year-mismatch', (data) => {
        if (path[0] === 'keputusan') data.keputusan.tentang = title;
        else lampiranOf(data).judul = title;
      });
      expect(findings.map((f) => f.found)).toEqual(reported);
      for (const finding of findings) expect(finding).toMatchObject({ severity: 'error', path, params: { year: 2022 } });
    }
  });

  test.each<[string, boolean]>([
    ['2022-02-02', false],
    ['2022-12-31', false],
    ['2021-12-31', true],
    ['2023-01-02', true],
  ])('date of enactment %s', (date, reported) => {
    const findings = findingsOf('date-outside-year', (data) => {
      data.ditetapkan.tanggal = date;
    });
    expect(findings).toEqual(reported ? [expect.objectContaining({ severity: 'error', path: ['ditetapkan', 'tanggal'], found: date })] : []);
  });

  test('an undecided date is not checked', () => {
    expect(
      findingsOf('date-outside-year', (data) => {
        data.ditetapkan.tanggal = null;
      }),
    ).toEqual([]);
  });
});
