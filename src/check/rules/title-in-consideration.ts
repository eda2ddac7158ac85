/**
 * Rule 9: the last consideration names the decree being enacted, "… perlu menetapkan Keputusan
 * {institution} {region} tentang {title};", with the title word for word as in keputusan.tentang (R18).
 * The national office names its decrees without the region ("Keputusan Komisi Pemilihan Umum tentang …", R14).
 */
import { findingAt, type Finding, type Rule } from '../finding';
import { meantRegion } from '../regions';
import { normaliseForComparison, plainText } from '../words';

export const checkTitleInConsideration: Rule = (context) => {
  const { menimbang, keputusan, kantor } = context.decree;
  const index = menimbang.length - 1;
  const consideration = menimbang[index];
  const path = ['menimbang', index];
  const findings: Finding[] = [];

  // A region that is not a real one is reported by itself: the consideration names the one meant.
  const meant = meantRegion(kantor.wilayah);
  const office = `${kantor.lembaga} ${meant?.wilayah ?? kantor.wilayah}`;
  const names = [`Keputusan ${office}`];
  if (/^republik indonesia$/i.test(kantor.wilayah.trim())) names.push(`Keputusan ${kantor.lembaga} tentang`);
  // The title may name the office too ("… di Lingkungan Komisi …"): look for the decree's own name.
  const plain = normaliseForComparison(consideration);
  if (meant && !names.some((name) => plain.includes(normaliseForComparison(name)))) {
    findings.push(findingAt(context, 'warning', 'consideration-office', path, consideration, { office }));
  }
  if (!normaliseForComparison(consideration).includes(normaliseForComparison(keputusan.tentang))) {
    const written = titleAsWritten(consideration);
    if (written) {
      const { found, expected } = differingSpan(written, keputusan.tentang);
      findings.push(findingAt(context, 'warning', 'consideration-title', path, found, { expected }));
    } else {
      findings.push(findingAt(context, 'warning', 'consideration-title', path, '', { expected: keputusan.tentang }));
    }
  }
  return findings;
};

/** The title the consideration gives: what follows "menetapkan Keputusan … tentang", or else the first "tentang". */
function titleAsWritten(consideration: string): string | undefined {
  const match = /\bmenetapkan\s+Keputusan\b.*?\btentang\s+(.+)$/isu.exec(consideration) ?? /\btentang\s+(.+)$/isu.exec(consideration);
  return match?.[1].replace(/[\s.;:,]+$/, '');
}

/**
 * Where two texts part, as written, with a word of the shared text around it:
 * "… Bebas dari Korupsi …" against "… Bebas Korupsi …".
 */
export function differingSpan(written: string, title: string): { found: string; expected: string } {
  const a = written.split(/\s+/);
  const b = title.trim().split(/\s+/);
  const same = (x: string, y: string) => plainText(x).toLocaleLowerCase('id') === plainText(y).toLocaleLowerCase('id');
  let start = 0;
  while (start < a.length && start < b.length && same(a[start], b[start])) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && same(a[a.length - 1 - end], b[b.length - 1 - end])) end++;
  const excerpt = (words: string[]) => {
    const from = Math.max(0, start - 1);
    const to = Math.min(words.length, words.length - end + 1);
    return `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
  };
  return { found: excerpt(a), expected: excerpt(b) };
}
