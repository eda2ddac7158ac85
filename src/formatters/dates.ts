/** Calendar dates written the Indonesian way (R27: "pada tanggal 2 Februari 2022"). */
import { requireWholeNumber } from './range';

const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

// The digits are read directly: going through Date would shift the day with the machine's time zone.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 1…12 → Indonesian month name with a capital: 2 → "Februari". */
export function monthNameId(n: number): string {
  requireWholeNumber(n, 1, 12, 'monthNameId');
  return MONTHS[n - 1];
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Any string → whether it is exactly YYYY-MM-DD naming a day of the (proleptic Gregorian) calendar. */
export function isRealIsoDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real YYYY-MM-DD date → "2 Februari 2022" (day without leading zero); anything else throws a RangeError. */
export function formatDateId(iso: string): string {
  if (!isRealIsoDate(iso)) {
    throw new RangeError(`formatDateId: "${iso}" is not a calendar date written YYYY-MM-DD`);
  }
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${monthNameId(Number(month))} ${year}`;
}

/** A moment on this machine's clock as "2023-01-05T09:12:33+08:00": local time with its offset, unambiguous. */
export function localTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
}
