/** The imported decree as a data file: YAML built node by node, with every guess as a comment at its place. */
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { Lang } from '../messages/catalogue';
import { formatFieldPath } from '../problems/messages';
import type { AppendixInput } from '../data/schema';
import type { ImportedDecree, Note } from './assemble';
import { GUESS, importedFrom, noteMessages } from './messages';

/** Texts longer than this are written as folded blocks (`>-`), as in a hand-written data file. */
const FOLD_FROM = 80;
const LINE_WIDTH = 100;

/** [2, 3, 4, 5] → "2-5": a run of months reads better as a range. */
function monthsValue(months: number[]): number[] | string {
  const run = months.length >= 3 && months.every((month, i) => i === 0 || month === months[i - 1] + 1);
  return run ? `${months[0]}-${months[months.length - 1]}` : months;
}

function withMonthRanges(data: ImportedDecree): ImportedDecree {
  const ranged = (appendix: AppendixInput): AppendixInput => {
    if (!('kegiatan' in appendix)) return appendix;
    const kegiatan = appendix.kegiatan.map((activity) => ({
      ...activity,
      sub_kegiatan: activity.sub_kegiatan.map((task) => ({ ...task, bulan: monthsValue((task.bulan ?? []) as number[]) })),
    }));
    return { ...appendix, kegiatan };
  };
  if (!data.lampiran) return data;
  return { ...data, lampiran: Array.isArray(data.lampiran) ? data.lampiran.map(ranged) : ranged(data.lampiran) };
}

function attachNote(doc: Document, note: Note, text: string): void {
  const parentPath = note.path.slice(0, -1);
  const key = note.path[note.path.length - 1];
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  let keyNode: Node | undefined;
  let valueNode: Node | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    keyNode = pair?.key as Node | undefined;
    valueNode = pair?.value as Node | undefined;
  } else if (isSeq(parent)) {
    keyNode = valueNode = parent.items[key as number] as Node | undefined;
  }
  if (!keyNode || !valueNode) return;
  if (note.trailing) valueNode.comment = ` ${text}`;
  else keyNode.commentBefore = keyNode.commentBefore ? `${keyNode.commentBefore}\n ${text}` : ` ${text}`;
}

/** "tebakan: …" on the comment of a guess, so that a search for the word finds every one. */
function guessComment(note: Note, lang: Lang): string {
  const text = noteMessages[note.key][lang];
  return note.key === 'monthsMissing' ? text : `${GUESS[lang]}: ${text}`;
}

export function decreeYaml(data: ImportedDecree, notes: Note[], sourceName: string, lang: Lang): string {
  const doc = new Document(withMonthRanges(data));
  doc.commentBefore = importedFrom(path.basename(sourceName), lang).join('\n');
  visit(doc, {
    Pair(_, pair) {
      // A month range is quoted, so that no reader takes "2-12" for anything but text.
      if (isScalar(pair.key) && pair.key.value === 'bulan' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
    },
    Scalar(_, node) {
      // A text appendix keeps its lines (`|`): its markup is read line by line.
      if (typeof node.value === 'string' && node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
      else if (typeof node.value === 'string' && node.value.length > FOLD_FROM) node.type = Scalar.BLOCK_FOLDED;
    },
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && typeof item.value === 'number')) node.flow = true;
    },
  });
  // A blank line between the parts of the decree, as in a hand-written data file.
  if (isMap(doc.contents)) doc.contents.items.slice(1).forEach((pair) => ((pair.key as Node).spaceBefore = true));
  for (const note of notes) attachNote(doc, note, guessComment(note, lang));
  return doc.toString({ lineWidth: LINE_WIDTH, flowCollectionPadding: false });
}

/** The guesses as lines for the user: one per place, the months of a schedule that had none as one line. */
export function guessList(notes: Note[], lang: Lang): string[] {
  const months = notes.filter((note) => note.key === 'monthsMissing');
  const lines = notes.filter((note) => note.key !== 'monthsMissing').map((note) => `${formatFieldPath(note.path, lang)}: ${guessComment(note, lang)}`);
  if (months.length > 0) lines.push(`lampiran › kegiatan › sub_kegiatan › bulan (${months.length}): ${noteMessages.monthsMissing[lang]}`);
  return lines;
}
