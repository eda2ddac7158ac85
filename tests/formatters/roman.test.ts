import { fromRoman, toRoman } from '../../src/formatters';

describe('toRoman / fromRoman', () => {
  test.each<[number, string]>([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [9, 'IX'],
    [12, 'XII'],
    [14, 'XIV'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [900, 'CM'],
    [1994, 'MCMXCIV'],
    [2019, 'MMXIX'],
    [3999, 'MMMCMXCIX'],
  ])('%d ↔ %s', (n, numeral) => {
    expect(toRoman(n)).toBe(numeral);
    expect(fromRoman(numeral)).toBe(n);
  });

  test('every number from 1 to 3999 survives the round trip', () => {
    for (let n = 1; n <= 3999; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });

  test('the month in a classification code reads back', () => {
    const month = '203/PL.02-Kpt/01/KPU/I/2019'.split('/')[4];
    expect(fromRoman(month)).toBe(1);
  });

  test.each([0, -1, 4000, 1.5, NaN])('toRoman refuses %p', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });

  test.each(['', 'IIII', 'IC', 'VX', 'IIV', 'MMMM', 'iv', ' I', 'I ', 'XIIII', 'A', 'LL'])('fromRoman refuses %p', (s) => {
    expect(() => fromRoman(s)).toThrow(new RangeError(`fromRoman: "${s}" is not a standard Roman numeral from I to MMMCMXCIX`));
  });
});
