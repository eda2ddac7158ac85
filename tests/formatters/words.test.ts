import { MAX_NUMBER_IN_WORDS, numberInWords } from '../../src/formatters';

describe('numberInWords', () => {
  test.each<[number, string]>([
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1500, 'seribu lima ratus'],
    [2000, 'dua ribu'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [2_500_000, 'dua juta lima ratus ribu'],
    [1_000_000_000, 'satu miliar'],
    [1_000_000_001, 'satu miliar satu'],
    [
      999_999_999_999,
      'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
    [1_000_000_000_000, 'satu triliun'],
    [3_000_000_000_015, 'tiga triliun lima belas'],
  ])('%d → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  test('the largest supported number ends in triliun groups', () => {
    expect(numberInWords(MAX_NUMBER_IN_WORDS)).toMatch(/^sembilan ratus sembilan puluh sembilan triliun /);
  });

  test.each([-1, 1.5, NaN, Infinity, MAX_NUMBER_IN_WORDS + 1])('%p is refused', (n) => {
    expect(() => numberInWords(n)).toThrow(RangeError);
  });
});
