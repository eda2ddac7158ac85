/**
 * Where the signing service stamps its mark: written beside each PDF built for an electronic signature
 * (`NAME.tte.json`) and read by `naskah tandatangani`. Every signature block has its area (the decree's,
 * and each appendix's own); one of them, the decree's, is the one the signature's visible mark goes to.
 * In PDF points, origin at the bottom-left corner of the page, y upwards: the PDF's own user space, as
 * signing clients and their APIs take it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlacedArea } from '../render/pdf/signature-area';

const areaSchema = z.strictObject({
  /** Whose signature block it is: the decree's, or an appendix's (`lampiran`, from 1). */
  of: z.enum(['keputusan', 'lampiran']),
  lampiran: z.number().int().positive().optional(),
  /** The area `naskah tandatangani` puts the visible signature at; exactly one has it. */
  stamp: z.boolean(),
  /** 1-based. */
  page: z.number().int().positive(),
  x: z.number().min(0),
  y: z.number().min(0),
  width: z.number().positive(),
  height: z.number().positive(),
  /** The size of that page (an appendix's page may be landscape). */
  pageWidth: z.number().positive(),
  pageHeight: z.number().positive(),
});

const signatureAreasSchema = z.strictObject({
  unit: z.literal('pt'),
  origin: z.literal('bottom-left'),
  areas: z
    .array(areaSchema)
    .min(1)
    .refine((areas) => areas.filter((area) => area.stamp).length === 1, { message: 'exactly one area has "stamp": true' }),
});

export type SignatureArea = z.output<typeof areaSchema>;
type SignatureAreas = z.output<typeof signatureAreasSchema>;

/** "kpu-…-asli.pdf" → "kpu-…-asli.tte.json". */
export function areaFileOf(pdfFile: string): string {
  return pdfFile.replace(/\.pdf$/i, '') + '.tte.json';
}

/** The area the signature's visible mark goes to. */
export function readSignatureArea(file: string): SignatureArea {
  return signatureAreasSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).areas.find((area) => area.stamp)!;
}

/** Space between the QR code and the stamp. */
const QR_GAP = 6;

/**
 * The areas in the signing clients' terms: each the part beside its QR code, origin bottom-left, y up. One
 * signature covers the whole file, appendices included, so its visible mark goes to the decree's own
 * signature block, where the decree is enacted; the appendices' areas are listed for a client that stamps
 * every signature block.
 */
export function signatureAreas(placed: PlacedArea[]): SignatureAreas {
  const stamped = Math.max(0, placed.findIndex((area) => area.appendix === undefined));
  return { unit: 'pt', origin: 'bottom-left', areas: placed.map((area, i) => stampArea(area, i === stamped)) };
}

function stampArea(placed: PlacedArea, stamp: boolean): SignatureArea {
  const offset = placed.qrWidth > 0 ? placed.qrWidth + QR_GAP : 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    ...(placed.appendix === undefined ? { of: 'keputusan' as const } : { of: 'lampiran' as const, lampiran: placed.appendix }),
    stamp,
    page: placed.page,
    x: round(placed.left + offset),
    y: round(placed.pageHeight - placed.top - placed.height),
    width: round(placed.width - offset),
    height: round(placed.height),
    pageWidth: round(placed.pageWidth),
    pageHeight: round(placed.pageHeight),
  };
}
