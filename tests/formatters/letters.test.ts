import { itemLetter, itemMarker } from '../../src/formatters';

describe('itemLetter', () => {
  test.each<[number, string]>([
    [0, 'a'],
    [1, 'b'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
    [51, 'az'],
    [52, 'ba'],
    [701, 'zz'],
    [702, 'aaa'],
  ])('%d → %s', (index, letter) => {
    expect(itemLetter(index)).toBe(letter);
  });

  test('labels past z keep alphabetical order and never repeat', () => {
    const labels = Array.from({ length: 800 }, (_, i) => itemLetter(i));
    expect(new Set(labels).size).toBe(labels.length);
    const byLengthThenAlphabet = [...labels].sort((a, b) => a.length - b.length || a.localeCompare(b));
    expect(byLengthThenAlphabet).toEqual(labels);
  });

  test.each([-1, 0.5, NaN])('%p is refused', (index) => {
    expect(() => itemLetter(index)).toThrow(RangeError);
  });
});

describe('itemMarker', () => {
  test.each<['letter' | 'number', number, string]>([
    ['letter', 0, 'a.'],
    ['letter', 2, 'c.'],
    ['letter', 26, 'aa.'],
    ['number', 0, '1.'],
    ['number', 9, '10.'],
  ])('(%s, %d) → %s', (style, index, marker) => {
    expect(itemMarker(style, index)).toBe(marker);
  });

  test.each<['letter' | 'number', number]>([
    ['letter', -1],
    ['number', -1],
    ['number', 1.5],
  ])('(%s, %p) is refused', (style, index) => {
    expect(() => itemMarker(style, index)).toThrow(RangeError);
  });
});
