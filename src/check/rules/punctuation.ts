/**
 * Rule 8: every Menimbang and Mengingat item ends with ";" (R17, the last one too), every dictum
 * with "."; every consideration starts with "bahwa" (R16).
 */
import { findingAt, type Finding, type Rule } from '../finding';

const ENDINGS = { menimbang: ';', mengingat: ';', diktum: '.' } as const;

export const checkPunctuation: Rule = (context) => {
  const findings: Finding[] = [];
  for (const [section, expected] of Object.entries(ENDINGS) as [keyof typeof ENDINGS, string][]) {
    context.decree[section].forEach((text, i) => {
      const trimmed = text.trimEnd();
      if (trimmed.endsWith(expected)) return;
      const ending = /\S+$/.exec(trimmed)?.[0] ?? '';
      findings.push(findingAt(context, 'warning', 'item-end', [section, i], ending, { expected, section }));
    });
  }
  context.decree.menimbang.forEach((text, i) => {
    const firstWord = text.trim().split(/\s+/)[0];
    if (firstWord !== 'bahwa') findings.push(findingAt(context, 'warning', 'consideration-start', ['menimbang', i], firstWord));
  });
  return findings;
};
