/**
 * Months as people write them in a schedule: numbers and ranges ("1-3, 6"), Indonesian month names and
 * their short forms ("Januari-Maret", "Jan–Mar", "Juli, Desember"), with a hyphen, an en or em dash or
 * "s.d." between the ends of a range.
 */
const NAMES = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
/** Short forms in use besides the beginnings of the names (Jan, Sept, Okt). */
const SHORT_FORMS: Record<string, number> = { peb: 2, agt: 8, ags: 8, nop: 11 };

const RANGE = /\s*(?:[-–—]|\bs\.?\s?d\.?|\bs\/d\b|\bsampai\b)\s*/iu;
const LIST = /\s*(?:[,;]|\bdan\b)\s*/iu;

/** A month written as a number (any size: the caller says when it is out of 1 to 12) or a name; undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  const written = word.trim().toLocaleLowerCase('id').replace(/\.$/, '');
  if (/^\d{1,2}$/.test(written)) return Number(written);
  const begun = written.length >= 3 ? NAMES.findIndex((name) => name.startsWith(written)) : -1;
  return begun >= 0 ? begun + 1 : SHORT_FORMS[written];
}

/** The months of a written list, in order; or the part that is not a month (or a range that runs backwards). */
export function readMonths(text: string): { months: number[] } | { invalid: string } {
  const months: number[] = [];
  for (const part of text.trim().split(LIST).filter(Boolean)) {
    const ends = part.split(RANGE).filter(Boolean);
    const [from, to = from] = ends.map(monthNumber);
    if (ends.length > 2 || from === undefined || to === undefined || from < 1 || to > 12 || from > to) return { invalid: part };
    for (let month = from; month <= to; month++) months.push(month);
  }
  return months.length > 0 ? { months } : { invalid: text };
}

/** The months of the parts that read, without those that do not: what a month grid can show of a mistyped list. */
export function readableMonths(text: string): number[] {
  return text.split(LIST).flatMap((part) => {
    const read = readMonths(part);
    return 'months' in read ? read.months : [];
  });
}

/** [1, 2, 3, 6] → "1-3, 6", or with `named` "Januari-Maret, Juni": the months as readMonths reads them back. */
export function writeMonths(months: number[], named = false): string {
  const word = (month: number) => (named ? NAMES[month - 1].replace(/^./, (first) => first.toUpperCase()) : String(month));
  const runs: string[] = [];
  for (let i = 0; i < months.length; i++) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === months[j] + 1) j++;
    runs.push(j > i ? `${word(months[i])}-${word(months[j])}` : word(months[i]));
    i = j;
  }
  return runs.join(', ');
}
