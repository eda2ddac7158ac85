import { findingsOf } from './support';

const UUD = 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;';
const UU_1999 = 'Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara;';
const UU_2014 = 'Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;';
const UU_2014_LATER = 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;';
const PERPPU = 'Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2022 tentang Pemilihan Umum;';
const PP = 'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil;';
const PERPRES = 'Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi;';
const PERDA = 'Peraturan Daerah Provinsi Nusa Tenggara Barat Nomor 1 Tahun 2019 tentang Rencana Pembangunan;';
const PERMEN = 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Zona Integritas;';
const PKPU = 'Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja Komisi Pemilihan Umum;';
const KEPUTUSAN = 'Keputusan Komisi Pemilihan Umum Nomor 1442 Tahun 2019 tentang Pedoman Teknis;';
const NOTA = 'Nota Dinas Sekretaris tanggal 2 Januari 2022;';

describe('legal bases out of order (legal-basis-order)', () => {
  test.each<[string, string[], [item: number, before: number, reason: string][]]>([
    ['the full hierarchy in order', [UUD, UU_1999, PERPPU, PP, PERPRES, PERDA, PKPU, PERMEN, KEPUTUSAN], []],
    ['a regulation before the law it implements', [PP, UU_2014], [[1, 0, 'rank']]],
    ['the constitution last', [UU_1999, PP, UUD], [[2, 0, 'rank']]],
    ['a decision before a ministerial regulation', [UU_1999, KEPUTUSAN, PERMEN], [[2, 1, 'rank']]],
    ['a newer law first', [UU_2014, UU_1999], [[1, 0, 'year']]],
    ['one year, a higher number first', [UU_2014_LATER, UU_2014], [[1, 0, 'year']]],
    // Ministries and agencies share a rank: the older regulation comes first.
    ['an agency regulation of an older year after a ministerial one', [PERMEN, PKPU], [[1, 0, 'year']]],
    ['an item of no known kind is left alone', [UU_1999, NOTA, PP], []],
    ['one misplaced item is reported once', [UU_2014, PP, PERMEN, UU_1999], [[3, 0, 'year']]],
  ])('%s', (_, mengingat, reported) => {
    const findings = findingsOf('legal-basis-order', (data) => {
      data.mengingat = mengingat;
    });
    expect(findings.map((f) => [f.path[1], Number(f.params?.before) - 1, f.params?.reason])).toEqual(reported);
    for (const finding of findings) expect(finding.severity).toBe('warning');
  });

  test('the finding names the instrument by its number and year', () => {
    const [finding] = findingsOf('legal-basis-order', (data) => {
      data.mengingat = [PP, UU_2014];
    });
    expect(finding.found).toBe('Undang-Undang Nomor 5 Tahun 2014');
  });
});
