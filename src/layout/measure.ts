/**
 * How wide a text is printed, so that the layout can size columns to what they hold (a label column as
 * wide as its widest label). The PDF embeds a stand-in for the office's typeface and Word uses the
 * typeface itself, so a text is measured in every face it may be printed in and the widest counts.
 */
import { create, type Font } from 'fontkit';
import { chooseFont, fontBytes } from './fonts';

const faces = new Map<string, Font[]>();

/** The regular faces a body text of `family` may be printed in: the installed stand-in and the bundled one. */
function facesFor(family: string): Font[] {
  let found = faces.get(family);
  if (!found) {
    const choices = [chooseFont(family), chooseFont(family, { bundled: true })];
    const files = [...new Set(choices.map((choice) => choice.files.normal))];
    found = files.map((file) => create(fontBytes(choices.find((choice) => choice.files.normal === file)!).normal));
    faces.set(family, found);
  }
  return found;
}

/** Widths of one em of each text measured, by family: labels are few and recur in every decree. */
const measured = new Map<string, number>();
const MEASURED_LIMIT = 1_000;

/** Width in points of `text` set in `family` at `size`, in the widest of its faces. */
export function textWidth(text: string, family: string, size: number): number {
  const key = `${family}\u0000${text}`;
  let em = measured.get(key);
  if (em === undefined) {
    em = Math.max(...facesFor(family).map((font) => font.layout(text).advanceWidth / font.unitsPerEm));
    if (measured.size >= MEASURED_LIMIT) measured.clear();
    measured.set(key, em);
  }
  return em * size;
}
