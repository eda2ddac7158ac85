/**
 * Signs a built PDF: a signature field at the signature area with a visible mark (who signed, when), and a
 * PAdES signature over the whole file, placed by @signpdf through pdf-lib.
 */
import fontkit from '@pdf-lib/fontkit';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import {
  beginText,
  endText,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  showText,
  stroke,
  moveText,
  type PDFFont,
} from 'pdf-lib';
import { localTimestamp, monthNameId } from '../formatters';
import { chooseFont, fontBytes } from '../layout/fonts';
import { CadesSigner, signerName, type Credentials } from './cades';
import type { SignatureArea } from './area';

/** Room for the CMS signature: the certificates of a national CA chain fit with plenty to spare. */
const SIGNATURE_BYTES = 32_768;

interface SignOptions {
  area: SignatureArea;
  /** The place of signing, in the signature dictionary. */
  location: string;
  signingTime: Date;
}

export class AreaOutsideError extends Error {}

export async function signPdf(pdf: Buffer, credentials: Credentials, options: SignOptions): Promise<Buffer> {
  // The document's metadata stays as built (a PDF/A file's XMP and Info must agree).
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.registerFontkit(fontkit);
  const { area } = options;
  if (area.page > doc.getPageCount()) throw new AreaOutsideError(`page ${area.page} of ${doc.getPageCount()}`);
  const page = doc.getPage(area.page - 1);
  const name = signerName(credentials);
  pdflibAddPlaceholder({
    pdfPage: page,
    reason: 'Penandatanganan elektronik',
    contactInfo: '',
    name,
    location: options.location,
    signingTime: options.signingTime,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: [area.x, area.y, area.x + area.width, area.y + area.height],
  });
  const font = await doc.embedFont(fontBytes(chooseFont('Noto Serif', { bundled: true })).normal, { subset: false });
  setAppearance(doc, page.node.lookup(PDFName.of('Annots'), PDFArray), visibleMark(doc, font, area, name, options.signingTime));
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  return signpdf.sign(prepared, new CadesSigner(credentials), options.signingTime);
}

/** The signer's mark in the field: a thin frame and who signed when, wrapped to the field, in the embedded font. */
function visibleMark(doc: PDFDocument, font: PDFFont, area: SignatureArea, name: string, when: Date): PDFRef {
  const { size, lines } = markLines(font, ['Ditandatangani secara elektronik oleh', name, `pada ${timestamp(when)}`], area);
  const padding = size * MARK_PADDING;
  const operators = [
    pushGraphicsState(),
    setLineWidth(0.5),
    setStrokingGrayscaleColor(0.3),
    rectangle(0.25, 0.25, area.width - 0.5, area.height - 0.5),
    stroke(),
    beginText(),
    setFontAndSize('F0', size),
    moveText(padding, area.height - padding - size),
    ...lines.flatMap((line, i) => [...(i > 0 ? [moveText(0, -size * MARK_LEADING)] : []), showText(font.encodeText(line))]),
    endText(),
    popGraphicsState(),
  ];
  const stream = doc.context.formXObject(operators, { BBox: [0, 0, area.width, area.height], Resources: { Font: { F0: font.ref } } });
  return doc.context.register(stream);
}

const MARK_SIZES = { largest: 8, smallest: 4 };
/** Space inside the frame and between baselines, as multiples of the type size. */
const MARK_PADDING = 0.8;
const MARK_LEADING = 1.3;

/**
 * The mark's texts broken into lines at spaces to the field's width, in the largest size at which they fit
 * its height; only a word wider than the field is cut, with an ellipsis.
 */
export function markLines(font: PDFFont, texts: string[], field: { width: number; height: number }): { size: number; lines: string[] } {
  for (let size = MARK_SIZES.largest; ; size -= 0.5) {
    const padding = size * MARK_PADDING;
    const lines = texts.flatMap((text) => wrapped(font, text, size, field.width - 2 * padding));
    const height = 2 * padding + size + (lines.length - 1) * size * MARK_LEADING;
    if (height <= field.height || size <= MARK_SIZES.smallest) return { size, lines };
  }
}

function wrapped(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = lines.length > 0 ? `${lines[lines.length - 1]} ${word}` : '';
    if (joined && font.widthOfTextAtSize(joined, size) <= width) lines[lines.length - 1] = joined;
    else lines.push(fitted(font, word, size, width));
  }
  return lines;
}

/** A word cut with an ellipsis where it would run past the field. */
function fitted(font: PDFFont, text: string, size: number, width: number): string {
  let line = text;
  while (line.length > 1 && font.widthOfTextAtSize(line, size) > width) line = `${line.slice(0, -2)}…`;
  return line;
}

/** The widget the placeholder has just added is the page's last annotation. */
function setAppearance(doc: PDFDocument, annotations: PDFArray, appearance: PDFRef): void {
  const widget = doc.context.lookup(annotations.get(annotations.size() - 1), PDFDict);
  widget.set(PDFName.of('AP'), doc.context.obj({ N: appearance }));
}

/** "3 Desember 2026 09:12 (UTC+08:00)": the signer's clock, in Indonesian. */
function timestamp(date: Date): string {
  const [day, time] = localTimestamp(date).split('T');
  const [year, month] = day.split('-').map(Number);
  return `${date.getDate()} ${monthNameId(month)} ${year} ${time.slice(0, 5)} (UTC${time.slice(8)})`;
}
