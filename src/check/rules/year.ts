/**
 * Rule 5: a title naming another year than the decree's, or a date of enactment outside it. The year of
 * an election the title names ("… Pemilihan Umum Tahun 2024" in a 2023 decree, a regional election of
 * next year) is that election's, not the decree's, and may differ.
 */
import { findingAt, type Finding, type Rule } from '../finding';

/** "Tahun 2021", or a span "Tahun 2020-2024"; a year after "Nomor 5" cites another instrument and is skipped. */
const YEAR = /(Nomor\s+\S+\s+)?\bTahun\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?\b/giu;
/** Words that name an election: "Pemilihan Umum", "Pemilu", "Pemilihan Bupati dan Wakil Bupati", "Pilkada". */
const ELECTION = /\b(?:Pemilihan|Pemilu|Pilkada)\b/iu;

export const checkYears: Rule = (context) => {
  const { keputusan, lampiran, ditetapkan } = context.decree;
  const titles: { path: (string | number)[]; text: string }[] = [{ path: ['keputusan', 'tentang'], text: keputusan.tentang }];
  lampiran.forEach((appendix, i) => titles.push({ path: ['lampiran', i, 'judul'], text: appendix.judul }));

  const findings: Finding[] = [];
  for (const { path, text } of titles) {
    let phraseStart = 0;
    for (const match of text.matchAll(YEAR)) {
      const [mention, citation, from, to = from] = match;
      // The words since the year before name what this year belongs to.
      const ofElection = ELECTION.test(text.slice(phraseStart, match.index));
      phraseStart = match.index + mention.length;
      if (citation || ofElection || (Number(from) <= keputusan.tahun && keputusan.tahun <= Number(to))) continue;
      findings.push(findingAt(context, 'error', 'year-mismatch', path, mention, { year: keputusan.tahun }));
    }
  }
  if (ditetapkan.tanggal && Number(ditetapkan.tanggal.slice(0, 4)) !== keputusan.tahun) {
    findings.push(findingAt(context, 'error', 'date-outside-year', ['ditetapkan', 'tanggal'], ditetapkan.tanggal, { year: keputusan.tahun }));
  }
  return findings;
};
