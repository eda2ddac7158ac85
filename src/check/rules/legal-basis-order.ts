/**
 * Rule 7: Mengingat follows the hierarchy of legislation (UU 12/2011, R19), and within one kind
 * goes from older to newer.
 */
import { findingAt, type Finding, type Rule } from '../finding';

/** Kinds of instrument by rank, highest first; the first pattern that matches the item's start decides. */
const RANKS: RegExp[] = [
  /^Undang-Undang Dasar\b/i,
  /^Ketetapan (Majelis Permusyawaratan Rakyat|MPR)\b/i,
  /^(Undang-Undang|Peraturan Pemerintah Pengganti Undang-Undang|Perpp?u)\b/i,
  /^Peraturan Pemerintah\b/i,
  /^Peraturan Presiden\b/i,
  /^Peraturan Daerah\b/i,
  // Ministries, agencies and commissions (Peraturan Komisi Pemilihan Umum), and regional heads.
  /^Peraturan\b/i,
  /^(Keputusan|Instruksi|Surat Edaran)\b/i,
];

interface Standing {
  rank: number;
  /** From "Nomor 5 Tahun 2014", when the item cites one. */
  issued?: { year: number; number: number };
}

function standingOf(text: string): Standing | undefined {
  const rank = RANKS.findIndex((pattern) => pattern.test(text.trim()));
  if (rank < 0) return undefined;
  const citation = /\bNomor\s+(\d+)\S*\s+Tahun\s+(\d{4})\b/i.exec(text);
  return citation ? { rank, issued: { number: Number(citation[1]), year: Number(citation[2]) } } : { rank };
}

/** Why `later` may not follow `earlier`: its rank, its date of issue, or nothing. */
function misorder(earlier: Standing, later: Standing): 'rank' | 'year' | undefined {
  if (later.rank !== earlier.rank) return later.rank < earlier.rank ? 'rank' : undefined;
  if (!later.issued || !earlier.issued) return undefined;
  const { year, number } = later.issued;
  // In one year, a lower number was issued earlier.
  const older = year < earlier.issued.year || (year === earlier.issued.year && number < earlier.issued.number);
  return older ? 'year' : undefined;
}

export const checkLegalBasisOrder: Rule = (context) => {
  const standings = context.decree.mengingat.map(standingOf);
  const findings: Finding[] = [];
  standings.forEach((later, i) => {
    if (!later) return;
    // Named once, against the first item it should precede.
    for (let j = 0; j < i; j++) {
      const earlier = standings[j];
      const reason = earlier && misorder(earlier, later);
      if (!reason) continue;
      findings.push(findingAt(context, 'warning', 'legal-basis-order', ['mengingat', i], shortTitle(context.decree.mengingat[i]), { before: j + 1, reason }));
      break;
    }
  });
  return findings;
};

/** "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang …" → "Peraturan Pemerintah Nomor 11 Tahun 2017". */
function shortTitle(text: string): string {
  const citation = /^.*?\bTahun\s+\d{4}/i.exec(text);
  return citation ? citation[0] : text.split(/\s+/).slice(0, 8).join(' ');
}
