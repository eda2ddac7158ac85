/**
 * A decree as import can give it back: what the pages never show is left out or written as they show it —
 * an appendix's key (its citations written out, "Lampiran II"), the case of an appendix title printed in
 * capitals, and a text appendix's markup as the structure it stands for rather than its line breaks.
 */
import { APPENDIX_CITATION, citedAppendix } from '../../src/compose/compose';
import { parseMarkup } from '../../src/compose/markup';
import type { Decree, tableColumnSchema } from '../../src/data/schema';
import { toRoman, upperId } from '../../src/formatters';
import type { z } from 'zod';

export type TableColumnInput = z.input<typeof tableColumnSchema>;

/** A dictum's appendix citations as the page prints them ("Lampiran II"). */
export function citationsWritten(text: string, appendices: Decree['lampiran']): string {
  return text.replace(APPENDIX_CITATION, (_, reference: string) => {
    const index = citedAppendix(appendices, reference);
    return appendices.length > 1 ? `Lampiran ${toRoman(index + 1)}` : 'Lampiran';
  });
}

export function comparable(decree: Decree): unknown {
  return {
    ...decree,
    diktum: decree.diktum.map((text) => citationsWritten(text, decree.lampiran)),
    lampiran: decree.lampiran.map(({ kunci: _key, ...appendix }) => ({
      ...appendix,
      judul: upperId(appendix.judul),
      ...(appendix.jenis === 'teks' ? { isi: parseMarkup(appendix.isi).map(({ line: _line, ...node }) => node) } : {}),
    })),
  };
}
