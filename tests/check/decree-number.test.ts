import { findingsOf } from './support';

describe('the decree number (number-form)', () => {
  test.each<[string | number, string | undefined]>([
    // [nomor as written, suggestion; undefined: nothing reported]
    [35, undefined],
    ['035', undefined],
    ['203/PL.02-Kpt/01/KPU/I/2019', undefined],
    ['47/Kpts/KPU-Prov-029/2013', undefined],
    ['dua belas', '12'],
    ['Tiga Puluh Lima', '35'],
    ['Nomor 12', '12'],
    ['12 (dua belas)', '12'],
    ['-', ''],
  ])('%j', (nomor, suggestion) => {
    const findings = findingsOf('number-form', (data) => {
      data.keputusan.nomor = nomor;
    });
    if (suggestion === undefined) return expect(findings).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: ['keputusan', 'nomor'], found: String(nomor) })]);
    expect(findings[0].params?.suggestion ?? '').toBe(suggestion);
  });
});
