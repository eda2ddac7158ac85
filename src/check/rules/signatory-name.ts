/**
 * Rule: the name under a signature is a person's name, not a title. A signature block typed "Ketua,"
 * above the name was read with "Ketua," as the name, and a decree would have been signed by "Ketua,".
 */
import { findingAt, type Finding, type Rule } from '../finding';

/** Titles that head a signature block, not a name: "Ketua,", "Plt. Sekretaris", "KETUA KOMISI …". */
const TITLE = /^(?:(?:Plt|Plh|Pj)\.?\s+)?(?:Ketua|Wakil\s+Ketua|Anggota|Sekretaris|Kepala|Kasubbag|Kabag|Kasubag|Komisi)\b/iu;

export const checkSignatoryNames: Rule = (context) => {
  const { penandatangan, kantor } = context.decree;
  const findings: Finding[] = [];
  for (const [path, official] of [
    [['penandatangan'], penandatangan],
    [['kantor', 'pengesah_salinan'], kantor.pengesah_salinan],
  ] as const) {
    const name = official.nama.trim();
    const isTitle = TITLE.test(name) || name.endsWith(',') || name.toLocaleLowerCase('id') === official.jabatan.trim().toLocaleLowerCase('id');
    if (isTitle) findings.push(findingAt(context, 'error', 'signatory-title', [...path, 'nama'], name, { jabatan: official.jabatan }));
  }
  return findings;
};
