/** Citations of an appendix in a dictum, read by the composer and by the check (which needs nothing else of composing). */
import type { Decree } from '../data/schema';

/** `{{lampiran 2}}` or `{{lampiran pedoman}}` (by its `kunci`) in a dictum: the only template text data may hold. */
export const APPENDIX_CITATION = /\{\{\s*lampiran\s+([a-z0-9-]+)\s*\}\}/g;

/** The index of the appendix a citation names (a number from 1, or a `kunci`), or -1 when there is none such. */
export function citedAppendix(appendices: Decree['lampiran'], reference: string): number {
  if (/^\d+$/.test(reference)) {
    const index = Number(reference) - 1;
    return index < appendices.length ? index : -1;
  }
  return appendices.findIndex((appendix) => appendix.kunci === reference);
}
