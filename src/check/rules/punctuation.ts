/**
 * Rule 8: every Menimbang and Mengingat item ends with ";" (R17, the last one too, unless the office
 * ends its last consideration with "."), every dictum with "."; every consideration starts with "bahwa" (R16).
 */
import { findingAt, type Finding, type Rule } from '../finding';

const ENDINGS = { menimbang: ';', mengingat: ';', diktum: '.' } as const;

export const checkPunctuation: Rule = (context) => {
  const findings: Finding[] = [];
  for (const [section, expected] of Object.entries(ENDINGS) as [keyof typeof ENDINGS, string][]) {
    const items = context.decree[section];
    items.forEach((text, i) => {
      // Some offices end the last consideration with a full stop (R17): their setting says so.
      const officeStop = section === 'menimbang' && i === items.length - 1 && context.decree.kantor.tata_letak.akhir_menimbang === '.';
      const wanted = officeStop ? '.' : expected;
      const trimmed = text.trimEnd();
      if (trimmed.endsWith(wanted)) return;
      const ending = /\S+$/.exec(trimmed)?.[0] ?? '';
      findings.push(findingAt(context, 'warning', 'item-end', [section, i], ending, { expected: wanted, section: officeStop ? 'menimbang_akhir' : section }));
    });
  }
  context.decree.menimbang.forEach((text, i) => {
    const firstWord = text.trim().split(/\s+/)[0];
    if (firstWord !== 'bahwa') findings.push(findingAt(context, 'warning', 'consideration-start', ['menimbang', i], firstWord));
  });
  return findings;
};
