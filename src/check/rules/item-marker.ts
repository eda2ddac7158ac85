/**
 * An item that starts with its own bullet ("• ", "▪ ", "– ") or marker ("a. ", "2) "), pasted from
 * another document: naskah prints letters and numbers itself, so the item would carry two.
 */
import { findingAt, typedTexts, type Rule } from '../finding';

/** A bullet or a letter or number of a list, then a space; exported for `check --perbaiki`. */
export const PASTED_MARKER = /^\s*(?:[•▪◦‣●■□·*–—-]|\(?(?:[a-z]|\d{1,2})[.)])\s+/u;

export const checkItemMarkers: Rule = (context) =>
  typedTexts(context.decree)
    .filter(({ path, text }) => path[0] !== 'keputusan' && PASTED_MARKER.test(text))
    .map(({ path, text }) => findingAt(context, 'error', 'pasted-marker', path, PASTED_MARKER.exec(text)![0].trim()));
