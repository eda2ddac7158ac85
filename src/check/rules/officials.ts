/**
 * The officials' lines as the decree prints them: the signatory's and certifier's names without
 * degrees or ranks (R30), titles without the institution that the template adds itself, and a
 * certifier with the full title and a NIP (R33, R34).
 */
import type { Official } from '../../data/schema';
import { findingAt, type CheckContext, type Finding, type Rule } from '../finding';

/** Titles written before a name: academic, medical, religious. */
const LEADING_TITLES = /^(?:(?:Prof|Dr|dr|Drs|Dra|Ir|H|Hj|KH|K\.H|Ns)\.\s*)+/u;
/** Degrees written after a comma ("Faridah Anwar, S.H., M.H."): a name itself has no comma. */
const TRAILING_DEGREES = /\s*,.*$/u;
/** A civil servant's rank: "Penata Muda (III/a)", "IV/b". */
const RANK = /\s*\(?\b(?:Pembina|Penata|Pengatur|Juru)\b.*$|\s*\(?\b(?:I{1,3}|IV)\/[a-e]\)?.*$/u;

/** Abbreviated heads of a certifier's title and their full forms (R33 prefers "Kepala Subbagian …"). */
const ABBREVIATED_TITLES: Record<string, string> = {
  Kasubbag: 'Kepala Subbagian',
  Kasubag: 'Kepala Subbagian',
  Kabag: 'Kepala Bagian',
  Karo: 'Kepala Biro',
  Kasi: 'Kepala Seksi',
  Sekr: 'Sekretaris',
  SDM: 'Sumber Daya Manusia',
};
const ABBREVIATION = new RegExp(`\\b(${Object.keys(ABBREVIATED_TITLES).join('|')})\\b\\.?`, 'gu');

export const checkOfficials: Rule = (context) => {
  const { penandatangan, kantor } = context.decree;
  return [
    ...checkOfficial(context, penandatangan, ['penandatangan'], 'error'),
    ...checkOfficial(context, kantor.pengesah_salinan, ['kantor', 'pengesah_salinan'], 'warning'),
    ...checkCertifier(context, kantor.pengesah_salinan),
  ];
};

/** The name's degrees are an error on the signatory (R30); certifiers' names vary between offices (R34). */
function checkOfficial(context: CheckContext, official: Official, path: string[], degreeSeverity: Finding['severity']): Finding[] {
  const findings: Finding[] = [];
  const bare = official.nama.replace(LEADING_TITLES, '').replace(TRAILING_DEGREES, '').replace(RANK, '').trim();
  if (bare && bare !== official.nama.trim()) {
    findings.push(findingAt(context, degreeSeverity, 'name-with-degrees', [...path, 'nama'], official.nama, { suggestion: bare }));
  }
  const { lembaga, wilayah } = context.decree.kantor;
  const institution = [lembaga, wilayah, 'KPU', 'KIP', 'Sekretariat']
    .map((name) => official.jabatan.toLocaleLowerCase('id').search(new RegExp(`\\b${escape(name.toLocaleLowerCase('id'))}\\b`, 'u')))
    .filter((at) => at >= 0);
  if (institution.length > 0) {
    const suggestion = official.jabatan.slice(0, Math.min(...institution)).trim();
    findings.push(findingAt(context, 'error', 'office-in-title', [...path, 'jabatan'], official.jabatan, { printed: `${lembaga} ${wilayah}`, ...(suggestion && { suggestion }) }));
  }
  return findings;
}

function checkCertifier(context: CheckContext, certifier: Official): Finding[] {
  const path = ['kantor', 'pengesah_salinan'];
  const findings: Finding[] = [];
  if (/^\s*(Kasubb?ag|Kabag|Karo|Kasi|Sekr)\b/u.test(certifier.jabatan.replace(/^(Plt|Plh)\.?\s*/u, ''))) {
    const suggestion = certifier.jabatan.replace(ABBREVIATION, (word: string) => ABBREVIATED_TITLES[word.replace(/\.$/, '')]);
    findings.push(findingAt(context, 'warning', 'certifier-title', [...path, 'jabatan'], certifier.jabatan, { suggestion }));
  }
  if (!certifier.nip) findings.push(findingAt(context, 'warning', 'certifier-nip', path, certifier.nama));
  return findings;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
