/**
 * Rule 1: a text names the KPU/KIP of another region or level where the issuing office is meant
 * (Sumbawa Barat 35/2022, Menimbang a.: "Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat").
 * Also: the office's own region must be a real province, regency or city.
 */
import { findingAt, typedTexts, type Finding, type Rule } from '../finding';
import { findRegion, nearestRegionName, officeMentions, sameRegion, type Region } from '../regions';

/**
 * Words after which another office is named on purpose: its instruments ("Keputusan Komisi Pemilihan
 * Umum Provinsi …") and the office that receives a report ("kepada KPU Provinsi …").
 */
const CITES_ANOTHER_OFFICE = /\b(peraturan|keputusan|surat|edaran|instruksi|nota|kepada)\s*$/i;

export const checkOtherOffice: Rule = (context) => {
  const { kantor } = context.decree;
  const office = findRegion(kantor.wilayah);
  const findings: Finding[] = [];
  if (!office) {
    const suggestion = nearestRegionName(kantor.wilayah);
    findings.push(findingAt(context, 'warning', 'unknown-region', ['kantor', 'wilayah'], kantor.wilayah, suggestion ? { suggestion } : undefined));
  }
  const isIssuingOffice = (region: Region) =>
    office ? sameRegion(region, office) : `${region.level} ${region.name}`.toLocaleLowerCase('id') === kantor.wilayah.toLocaleLowerCase('id');

  for (const { path, text } of typedTexts(context.decree)) {
    for (const mention of officeMentions(text)) {
      if (isIssuingOffice(mention.region) || CITES_ANOTHER_OFFICE.test(text.slice(0, mention.index))) continue;
      findings.push(
        findingAt(context, 'error', 'other-office', path, mention.text, {
          office: `${kantor.lembaga} ${kantor.wilayah}`,
          expected: `${mention.institution} ${kantor.wilayah}`,
        }),
      );
    }
  }
  return findings;
};
