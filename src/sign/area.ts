/**
 * Where the signing service stamps its mark: written beside each PDF built for an electronic signature
 * (`NAME.tte.json`) and read by `naskah tandatangani`. In PDF points, origin at the bottom-left corner of
 * the page, y upwards: the PDF's own user space, as signing clients and their APIs take it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PlacedArea } from '../render/pdf/signature-area';

const signatureAreaSchema = z.strictObject({
  /** 1-based. */
  page: z.number().int().positive(),
  x: z.number().min(0),
  y: z.number().min(0),
  width: z.number().positive(),
  height: z.number().positive(),
  unit: z.literal('pt'),
  origin: z.literal('bottom-left'),
  pageWidth: z.number().positive(),
  pageHeight: z.number().positive(),
});

export type SignatureArea = z.output<typeof signatureAreaSchema>;

/** "kpu-…-asli.pdf" → "kpu-…-asli.tte.json". */
export function areaFileOf(pdfFile: string): string {
  return pdfFile.replace(/\.pdf$/i, '') + '.tte.json';
}

export function readSignatureArea(file: string): SignatureArea {
  return signatureAreaSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Space between the QR code and the stamp. */
const QR_GAP = 6;

/** The stamp's rectangle in the signing clients' terms: beside the QR code, origin bottom-left, y up. */
export function stampArea(placed: PlacedArea): SignatureArea {
  const offset = placed.qrWidth > 0 ? placed.qrWidth + QR_GAP : 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    page: placed.page,
    x: round(placed.left + offset),
    y: round(placed.pageHeight - placed.top - placed.height),
    width: round(placed.width - offset),
    height: round(placed.height),
    unit: 'pt',
    origin: 'bottom-left',
    pageWidth: round(placed.pageWidth),
    pageHeight: round(placed.pageHeight),
  };
}
