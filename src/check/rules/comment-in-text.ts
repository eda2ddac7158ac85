/**
 * A text followed on its line by " #…": YAML takes everything from " #" on as a comment and drops it, so
 * "Rencana Kerja #1 Tahun 2022" prints as "Rencana Kerja" without a word of warning. Whenever a comment
 * follows an unquoted text on the same line, the clerk is told what will be printed.
 */
import { isScalar } from 'yaml';
import { pathAsWritten } from '../../data/load';
import { findingAt, typedTexts, type Rule } from '../finding';

/** The office's and the officials' texts, printed in the heading and the signature blocks. */
const OFFICE_TEXTS = [
  ['kantor', 'lembaga'],
  ['kantor', 'wilayah'],
  ['kantor', 'kedudukan'],
  ['kantor', 'pengesah_salinan', 'jabatan'],
  ['kantor', 'pengesah_salinan', 'nama'],
  ['penandatangan', 'jabatan'],
  ['penandatangan', 'nama'],
];

export const checkCommentsInText: Rule = (context) => {
  const { text, data, document: doc } = context.source;
  const officeTexts = OFFICE_TEXTS.flatMap((path) => {
    const value = doc.getIn(path);
    return typeof value === 'string' ? [{ path, text: value }] : [];
  });
  return [...officeTexts, ...typedTexts(context.decree)].flatMap(({ path, text: printed }) => {
    const node = doc.getIn(pathAsWritten(data, path), true);
    if (!isScalar(node) || node.type !== 'PLAIN' || !node.comment || !node.range) return [];
    // Only a comment on the text's own last line; one on a line of its own is the office's note.
    if (text.slice(node.range[1], node.range[2]).split('#')[0].includes('\n')) return [];
    return [findingAt(context, 'warning', 'comment-in-text', path, `#${node.comment}`, { printed })];
  });
};
