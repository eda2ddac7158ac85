/** Rule 5: a title naming another year than the decree's, or a date of enactment outside it. */
import { findingAt, type Finding, type Rule } from '../finding';

/** "Tahun 2021", or a span "Tahun 2020-2024"; a year after "Nomor 5" cites another instrument and is skipped. */
const YEAR = /(Nomor\s+\S+\s+)?\bTahun\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?\b/giu;

export const checkYears: Rule = (context) => {
  const { keputusan, lampiran, ditetapkan } = context.decree;
  const titles: { path: (string | number)[]; text: string }[] = [{ path: ['keputusan', 'tentang'], text: keputusan.tentang }];
  lampiran.forEach((appendix, i) => titles.push({ path: ['lampiran', i, 'judul'], text: appendix.judul }));

  const findings: Finding[] = [];
  for (const { path, text } of titles) {
    for (const [mention, citation, from, to = from] of text.matchAll(YEAR)) {
      if (citation || (Number(from) <= keputusan.tahun && keputusan.tahun <= Number(to))) continue;
      findings.push(findingAt(context, 'error', 'year-mismatch', path, mention, { year: keputusan.tahun }));
    }
  }
  if (ditetapkan.tanggal && Number(ditetapkan.tanggal.slice(0, 4)) !== keputusan.tahun) {
    findings.push(findingAt(context, 'error', 'date-outside-year', ['ditetapkan', 'tanggal'], ditetapkan.tanggal, { year: keputusan.tahun }));
  }
  return findings;
};
