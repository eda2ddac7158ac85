import { findingsOf } from './support';

const TAIL = ', perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa Barat tentang Rencana Kerja;';

describe('letters referred to without their own "huruf" (letter-reference, R18)', () => {
  test.each<[string, string, { found: string; expected: string }[]]>([
    // The last consideration of KPU Kota Bandung 3/2023.
    ['"huruf a dan b", as Bandung 3/2023 wrote it', 'huruf a dan b', [{ found: 'huruf a dan b', expected: 'huruf a dan huruf b' }]],
    ['three letters, the last two bare', 'huruf a, b, dan c', [{ found: 'huruf a, b, dan c', expected: 'huruf a, huruf b, dan huruf c' }]],
    ['one bare letter among three', 'huruf a, huruf b, dan c', [{ found: 'huruf a, huruf b, dan c', expected: 'huruf a, huruf b, dan huruf c' }]],
    ['"huruf a dan huruf b"', 'huruf a dan huruf b', []],
    ['"huruf a, huruf b, dan huruf c"', 'huruf a, huruf b, dan huruf c', []],
    ['one letter', 'huruf a', []],
  ])('%s', (_, reference, reported) => {
    const findings = findingsOf('letter-reference', (data) => {
      data.menimbang[1] = `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam ${reference}${TAIL}`;
    });
    expect(findings.map((f) => ({ found: f.found, expected: f.params?.expected }))).toEqual(reported);
    for (const finding of findings) expect(finding).toMatchObject({ severity: 'warning', path: ['menimbang', 1] });
  });

  test('a word after "dan" is no letter ("huruf a dan bahwa …")', () => {
    expect(
      findingsOf('letter-reference', (data) => {
        data.diktum[1] = 'Ketentuan huruf a dan bahwa hal lain diatur kemudian.';
      }),
    ).toEqual([]);
  });
});
