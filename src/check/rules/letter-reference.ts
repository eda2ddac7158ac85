/**
 * Rule: a reference to several letters repeats "huruf" before each (R18): "huruf a dan huruf b",
 * "huruf a, huruf b, dan huruf c". Regional decrees write "huruf a dan b" (Bandung 3/2023, its last
 * consideration), which the conventions count as a deviation.
 */
import { findingAt, typedTexts, type Finding, type Rule } from '../finding';

/** "huruf a, b, dan c": the first letter after "huruf", then letters that lack their own "huruf". */
const REFERENCE = /\bhuruf\s+[a-z]\b(?:\s*,\s*(?:huruf\s+)?[a-z]\b)*,?\s+(?:dan|atau|sampai dengan)\s+(?:huruf\s+)?[a-z]\b(?![\p{L}\p{N}])/giu;
const LETTER = /(^|,\s*|\s(?:dan|atau|sampai dengan)\s+)(huruf\s+)?([a-z])\b/giu;

export const checkLetterReferences: Rule = (context) => {
  const findings: Finding[] = [];
  for (const { path, text } of typedTexts(context.decree)) {
    for (const [reference] of text.matchAll(REFERENCE)) {
      const expected = reference.replace(/^huruf\s+/i, '').replace(LETTER, (_, before: string, _huruf: string, letter: string) => `${before}huruf ${letter}`);
      if (expected !== reference) findings.push(findingAt(context, 'warning', 'letter-reference', path, reference, { expected }));
    }
  }
  return findings;
};
