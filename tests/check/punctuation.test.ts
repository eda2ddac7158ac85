import type { DecreeInput } from '../../src/data/schema';
import { findingsOf } from './support';

describe('closing punctuation (item-end)', () => {
  test.each<[string, (data: DecreeInput) => void, [section: string, item: number, found: string, expected: string][]]>([
    ['every item as it should be', () => {}, []],
    [
      'the last consideration ends with a full stop',
      (data) => {
        data.menimbang[1] = data.menimbang[1].replace(/;$/, '.');
      },
      [['menimbang', 1, '2022.', ';']],
    ],
    [
      'a consideration without punctuation',
      (data) => {
        data.menimbang[0] = data.menimbang[0].replace(/;$/, '');
      },
      [['menimbang', 0, 'Integritas', ';']],
    ],
    [
      'the last legal basis ends with a full stop',
      (data) => {
        data.mengingat[3] = data.mengingat[3].replace(/;$/, '.');
      },
      [['mengingat', 3, '1571).', ';']],
    ],
    [
      'a dictum ends with a semicolon',
      (data) => {
        data.diktum[1] = 'Keputusan ini mulai berlaku pada tanggal ditetapkan;';
      },
      [['diktum', 1, 'ditetapkan;', '.']],
    ],
  ])('%s', (_, change, reported) => {
    const findings = findingsOf('item-end', change);
    expect(findings.map((f) => [f.path[0], f.path[1], f.found, f.params?.expected])).toEqual(reported);
  });
});

describe('consideration opening (consideration-start)', () => {
  test.each<[string, string | null]>([
    ['bahwa untuk melaksanakan tugas;', null],
    ['Bahwa untuk melaksanakan tugas;', 'Bahwa'],
    ['untuk melaksanakan tugas;', 'untuk'],
    ['a. bahwa untuk melaksanakan tugas;', 'a.'],
  ])('%j', (consideration, found) => {
    const findings = findingsOf('consideration-start', (data) => {
      data.menimbang[0] = consideration;
    });
    expect(findings).toEqual(found ? [expect.objectContaining({ severity: 'warning', path: ['menimbang', 0], found })] : []);
  });
});
