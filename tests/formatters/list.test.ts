import { hurufList } from '../../src/formatters';

describe('hurufList', () => {
  test.each<[string[], string]>([
    [['a'], 'huruf a'],
    [['a', 'b'], 'huruf a dan huruf b'],
    [['a', 'b', 'c'], 'huruf a, huruf b, dan huruf c'],
    [['a', 'b', 'c', 'd'], 'huruf a, huruf b, huruf c, dan huruf d'],
  ])('%j → %s', (letters, text) => {
    expect(hurufList(letters)).toBe(text);
  });

  test('an empty list is refused', () => {
    expect(() => hurufList([])).toThrow(new RangeError('hurufList: expected at least one letter'));
  });
});
