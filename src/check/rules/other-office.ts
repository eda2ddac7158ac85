/**
 * Rule 1: a text names the KPU/KIP of another region or level where the issuing office is meant
 * (Sumbawa Barat 35/2022, Menimbang a.: "Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat").
 * Also: the office's own region must be a real province, regency or city.
 */
import { findingAt, typedTexts, type Finding, type Rule } from '../finding';
import { findRegion, meantRegion, officeMentions, sameRegion } from '../regions';

/**
 * Words after which another office is named on purpose: its instruments ("Keputusan Komisi Pemilihan
 * Umum Provinsi …") and the office that receives a report ("kepada KPU Provinsi …").
 */
const CITES_ANOTHER_OFFICE = /\b(peraturan|keputusan|surat|edaran|instruksi|nota|kepada)\s*$/i;

export const checkOtherOffice: Rule = (context) => {
  const { kantor } = context.decree;
  const findings: Finding[] = [];
  // An office's own region that is not a real one is said first, with the closest real one, and the
  // texts are compared with that one: telling the clerk to copy the typo into them would spread it.
  const meant = meantRegion(kantor.wilayah);
  if (!findRegion(kantor.wilayah)) {
    findings.push(findingAt(context, 'error', 'unknown-region', ['kantor', 'wilayah'], kantor.wilayah, meant ? { suggestion: meant.wilayah } : undefined));
  }
  if (!meant) return findings;

  for (const { path, text } of typedTexts(context.decree)) {
    for (const mention of officeMentions(text)) {
      if (sameRegion(mention.region, meant.region) || CITES_ANOTHER_OFFICE.test(text.slice(0, mention.index))) continue;
      findings.push(
        findingAt(context, 'error', 'other-office', path, mention.text, {
          office: `${kantor.lembaga} ${meant.wilayah}`,
          expected: `${mention.institution} ${meant.wilayah}`,
        }),
      );
    }
  }
  return findings;
};
