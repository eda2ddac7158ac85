/** Months as offices write them in a schedule, read into month numbers; what is not a month is refused. */
import { readMonths, readableMonths, writeMonths } from '../../src/data/months';

test.each<[string, number[]]>([
  ['1-3, 6', [1, 2, 3, 6]],
  ['1–3', [1, 2, 3]],
  ['Januari-Maret', [1, 2, 3]],
  ['Jan–Mar', [1, 2, 3]],
  ['Juli, Desember', [7, 12]],
  ['Jan–Mar, Jul', [1, 2, 3, 7]],
  ['Juli dan Agustus', [7, 8]],
  ['Januari s.d. April', [1, 2, 3, 4]],
  ['sept - nop', [9, 10, 11]],
  ['Agt', [8]],
])('%j', (written, months) => {
  expect(readMonths(written)).toEqual({ months });
});

test.each([
  ['Maret-Januari', 'Maret-Januari'],
  ['Jnauari', 'Jnauari'],
  ['1-13', '1-13'],
  ['Juli, Ju', 'Ju'],
])('%j is not a month list: the part %j is named', (written, part) => {
  expect(readMonths(written)).toEqual({ invalid: part });
});

test.each<[string, number[]]>([
  ['Jan-Mar, Jnuli', [1, 2, 3]],
  ['Jnuli, 6', [6]],
  ['Maret-Januari', []],
])('%j: the parts that read give %j, for a grid to show while the field is marked', (written, months) => {
  expect(readableMonths(written)).toEqual(months);
});

test.each<[number[], boolean, string]>([
  [[1, 2, 3, 6], false, '1-3, 6'],
  [[1, 2, 3, 5], true, 'Januari-Maret, Mei'],
  [[7, 12], true, 'Juli, Desember'],
  [[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], false, '2-12'],
])('%j written (names: %s) as %j, which reads back as the same months', (months, named, written) => {
  expect(writeMonths(months, named)).toBe(written);
  expect(readMonths(written)).toEqual({ months });
});
