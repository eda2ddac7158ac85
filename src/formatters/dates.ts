/** Calendar dates written the Indonesian way (R27: "pada tanggal 2 Februari 2022"). */
import { z } from 'zod';
import { requireWholeNumber } from './range';

const ISO_DATE = z.iso.date();
// Formatted in UTC from the date's own digits: a machine's time zone must not move the day.
const MONTH_NAME = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read the years 0…99 as 1900…1999.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** 1…12 → Indonesian month name with a capital: 2 → "Februari". */
export function monthNameId(n: number): string {
  requireWholeNumber(n, 1, 12, 'monthNameId');
  return MONTH_NAME.format(utcDay(2000, n, 1));
}

/** Any string → whether it is exactly YYYY-MM-DD naming a day of the (proleptic Gregorian) calendar. */
export function isRealIsoDate(s: string): boolean {
  return ISO_DATE.safeParse(s).success;
}

/** A real YYYY-MM-DD date → "2 Februari 2022" (day without leading zero); anything else throws a RangeError. */
export function formatDateId(iso: string): string {
  if (!isRealIsoDate(iso)) {
    throw new RangeError(`formatDateId: "${iso}" is not a calendar date written YYYY-MM-DD`);
  }
  const [year, month, day] = iso.split('-').map(Number);
  return DAY_MONTH_YEAR.format(utcDay(year, month, day));
}

/** A moment on this machine's clock as "2023-01-05T09:12:33+08:00": local time with its offset, unambiguous. */
export function localTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
}
