/**
 * The PDF renderer: lays the layout model out through pdfmake's engine, again while keep-with-next
 * asks for other page breaks, settles the finished pages and draws them.
 */
import type { ImageAssets, LayoutDocument } from '../../layout/model';
import type { TableBreaks } from '../../layout/table-breaks';
import { chooseFont, fontBytes, type FontOptions } from '../../layout/fonts';
import { DocumentLayout, type LaidOut } from './document-layout';
import { drawPages, PdfDocument, toBuffer } from './engine';
import { shareParsedFont } from './font-sharing';
import { letGoOfLongTables, measurementsFor } from './measure-cache';
import { FIRST_PLAN, revisePlan, tableBreaksOf, type Plan } from './plan';
import { centreHeaderSpans, joinRules, joinWords, settleFooters } from './post-layout';
import { placedAreas, type PlacedArea } from './signature-area';
import { FAMILY } from './translate';

interface PdfOptions extends FontOptions {
  /** The bytes of the model's images (src/layout/assets.ts); required when it has any. */
  images?: ImageAssets;
  /** Deflate the page contents and fonts (default); a preview shown on the same computer is quicker without. */
  compress?: boolean;
}

export async function renderPdf(doc: LayoutDocument, options: PdfOptions = {}): Promise<Buffer> {
  return (await renderPdfPlaced(doc, options)).bytes;
}

/**
 * The PDF, where its signature areas landed (for the signing client; none without an electronic
 * signature), and where its pages break the tables (for the DOCX, to break them there too).
 */
export async function renderPdfPlaced(doc: LayoutDocument, options: PdfOptions = {}): Promise<{ bytes: Buffer; signatureAreas: PlacedArea[]; tableBreaks: TableBreaks }> {
  const { pdf, layout } = preparePdf(doc, options);
  const laidOut = settledLayout(doc, layout);
  const { pages } = laidOut;
  joinRules(pages);
  joinWords(pages);
  centreHeaderSpans(doc, laidOut);
  settleFooters(doc, pages, layout.catchwordPages);
  const signatureAreas = placedAreas(doc, pages);
  letGoOfLongTables(layout.measured);
  drawPages(pdf, pages, doc.watermark?.outline);
  return { bytes: await toBuffer(pdf), signatureAreas, tableBreaks: tableBreaksOf(doc, laidOut.plan) };
}

/** pdfmake's document for `doc` (fonts and images handed over as bytes), and its layout with the measurements kept for its typeface. */
export function preparePdf(doc: LayoutDocument, options: PdfOptions = {}): { pdf: PdfDocument; layout: DocumentLayout } {
  const fontChoice = chooseFont(doc.font.family, options);
  const blocks = doc.sections.flatMap((section) => section.blocks);
  const images = new Map<string, string>();
  const imageBytes: Record<string, Buffer> = {};
  for (const block of blocks) {
    if (block.kind === 'image' && !images.has(block.path)) {
      const asset = options.images?.get(block.path);
      if (!asset) throw new Error(`PDF: the image ${block.path} was not loaded before rendering`);
      const key = `image${images.size}`;
      images.set(block.path, key);
      imageBytes[key] = asset.data;
    }
  }
  const created = new Date(`${doc.meta.created}T00:00:00Z`);
  const pdf = new PdfDocument(
    (font, style) => shareParsedFont(font, fontChoice.files[style]),
    { [FAMILY]: fontBytes(fontChoice) },
    imageBytes,
    {},
    {},
    {
      size: [doc.page.width, doc.page.height],
      // PDF/A-2 is built on PDF 1.7; pdfkit then adds its XMP identification and the sRGB output intent.
      ...(doc.meta.archival ? { pdfVersion: '1.7', subset: doc.meta.archival.conformance } : { pdfVersion: '1.4' }),
      compress: options.compress ?? true,
      autoFirstPage: false,
      font: null,
      lang: doc.meta.language,
      fontLayoutCache: true,
      info: {
        Title: doc.meta.title,
        Subject: doc.meta.subject,
        Author: doc.meta.author,
        ...(doc.meta.keywords ? { Keywords: doc.meta.keywords } : {}),
        Creator: 'naskah',
        Producer: 'naskah (pdfmake)',
        CreationDate: created,
        // pdfkit's XMP has no modification date, and PDF/A wants the two to agree: an archival PDF leaves it out.
        ...(doc.meta.archival ? {} : { ModDate: created }),
      },
    },
    null,
    // Fonts and images are handed over as bytes: pdfmake needs no file and no URL.
    () => false,
  );
  return { pdf, layout: new DocumentLayout(doc, pdf, images, measurementsFor(fontChoice.files)) };
}

/** Lays the document out again while keep-with-next or a table's pages ask for another plan: the last layout, and its plan. */
export function settledLayout(doc: LayoutDocument, layout: DocumentLayout): LaidOut & { plan: Plan } {
  const blockCount = doc.sections.reduce((sum, section) => sum + section.blocks.length, 0);
  let plan = FIRST_PLAN;
  let laidOut = layout.layOut(plan);
  // Each revision moves a kept block, so there are at most as many as blocks.
  for (let pass = 0; pass <= blockCount; pass++) {
    const revised = revisePlan(doc, plan, laidOut, layout);
    if (!revised) break;
    plan = revised;
    // The old layout is let go before the next is made: a long table's pages take hundreds of megabytes.
    laidOut.pages = [];
    laidOut = layout.layOut(plan);
  }
  return { ...laidOut, plan };
}
