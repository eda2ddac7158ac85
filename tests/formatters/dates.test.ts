import { formatDateId, isRealIsoDate, monthNameId } from '../../src/formatters';

describe('monthNameId', () => {
  test.each<[number, string]>([
    [1, 'Januari'],
    [2, 'Februari'],
    [3, 'Maret'],
    [4, 'April'],
    [5, 'Mei'],
    [6, 'Juni'],
    [7, 'Juli'],
    [8, 'Agustus'],
    [9, 'September'],
    [10, 'Oktober'],
    [11, 'November'],
    [12, 'Desember'],
  ])('%d → %s', (n, name) => {
    expect(monthNameId(n)).toBe(name);
  });

  test.each([0, 13, 1.5, NaN])('%p is refused', (n) => {
    expect(() => monthNameId(n)).toThrow(RangeError);
  });
});

describe('isRealIsoDate', () => {
  test.each<[string, boolean]>([
    ['2022-02-02', true],
    ['2022-01-31', true],
    ['2022-12-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2022-04-30', true],
    ['2022-02-30', false],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2022-04-31', false],
    ['2022-00-10', false],
    ['2022-13-01', false],
    ['2022-01-00', false],
    ['2022-01-32', false],
    ['2022-2-2', false],
    ['02-02-2022', false],
    ['2022/02/02', false],
    ['2022-02-02T00:00:00Z', false],
    [' 2022-02-02', false],
    ['2022-02-02\n', false],
    ['', false],
    ['２０２２-０２-０２', false],
  ])('%j → %p', (s, real) => {
    expect(isRealIsoDate(s)).toBe(real);
  });
});

describe('formatDateId', () => {
  test.each<[string, string]>([
    ['2022-02-02', '2 Februari 2022'],
    ['2019-01-10', '10 Januari 2019'],
    ['2023-12-31', '31 Desember 2023'],
    ['2024-02-29', '29 Februari 2024'],
    ['2022-05-01', '1 Mei 2022'],
  ])('%s → %s', (iso, text) => {
    expect(formatDateId(iso)).toBe(text);
  });

  test('the day does not move with the time zone of the machine', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Jakarta']) {
        process.env.TZ = tz;
        expect(formatDateId('2022-01-01')).toBe('1 Januari 2022');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test.each(['2022-02-30', '2022-2-2', 'kemarin', ''])('%j is refused', (iso) => {
    expect(() => formatDateId(iso)).toThrow(new RangeError(`formatDateId: "${iso}" is not a calendar date written YYYY-MM-DD`));
  });
});
