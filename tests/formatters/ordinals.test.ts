import { dictumOrdinal } from '../../src/formatters';

describe('dictumOrdinal', () => {
  test.each<[number, string]>([
    [1, 'KESATU'],
    [2, 'KEDUA'],
    [3, 'KETIGA'],
    [4, 'KEEMPAT'],
    [5, 'KELIMA'],
    [6, 'KEENAM'],
    [7, 'KETUJUH'],
    [8, 'KEDELAPAN'],
    [9, 'KESEMBILAN'],
    [10, 'KESEPULUH'],
    [11, 'KESEBELAS'],
    [12, 'KEDUA BELAS'],
    [13, 'KETIGA BELAS'],
    [19, 'KESEMBILAN BELAS'],
    [20, 'KEDUA PULUH'],
    [21, 'KEDUA PULUH SATU'],
    [22, 'KEDUA PULUH DUA'],
    [30, 'KETIGA PULUH'],
    [100, 'KESERATUS'],
    [101, 'KESERATUS SATU'],
    [111, 'KESERATUS SEBELAS'],
    [999, 'KESEMBILAN RATUS SEMBILAN PULUH SEMBILAN'],
  ])('%d → %s', (n, label) => {
    expect(dictumOrdinal(n)).toBe(label);
  });

  test.each([0, -1, 1000, 2.5, NaN])('%p is refused with the allowed range in the message', (n) => {
    expect(() => dictumOrdinal(n)).toThrow(new RangeError(`dictumOrdinal: expected a whole number from 1 to 999, got ${n}`));
  });
});
