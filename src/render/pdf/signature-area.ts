/**
 * The signature area in the PDF: drawn as a picture at its top-left corner (the QR code, or one white
 * pixel where there is none) so that the laid-out page tells where it landed.
 */
import type { Block, LayoutDocument, SignatureArea } from '../../layout/model';
import type { PlacedArea } from '../../sign/area';
import { blankPng, qrPng } from '../qr-png';
import type { LaidOutPage, PdfNode, Tag } from './engine';

function imageKey(area: SignatureArea): string {
  return area.qr ? `qr:${area.qr.size}:${area.qr.text}` : 'signature-area';
}

function areasOf(blocks: Block[]): SignatureArea[] {
  return blocks.flatMap((block) => (block.kind === 'signature-area' ? [block] : block.kind === 'columns' ? areasOf(block.columns.flatMap((column) => column.blocks)) : []));
}

/** The pictures of the document's signature areas, by the names their nodes use. */
export function signatureAreaImages(doc: LayoutDocument): Record<string, Buffer> {
  const areas = areasOf(doc.sections.flatMap((section) => section.blocks));
  return Object.fromEntries(areas.map((area) => [imageKey(area), area.qr ? qrPng(area.qr) : blankPng()]));
}

export function signatureAreaNode(area: SignatureArea, tag: Tag): PdfNode {
  const side = area.qr?.size ?? 1;
  return { image: imageKey(area), width: side, height: side, margin: [0, area.spaceBefore ?? 0, 0, area.height - side], naskahTag: tag };
}

/** The first signature area on the laid-out pages: the original's, in the body. */
export function placeSignatureArea(doc: LayoutDocument, pages: LaidOutPage[]): PlacedArea | undefined {
  const [area] = areasOf(doc.sections.flatMap((section) => section.blocks));
  if (!area) return undefined;
  for (const [index, page] of pages.entries()) {
    const found = page.items.find(({ type, item }) => type === 'image' && item.naskahTag?.part === 'signature-area');
    if (!found) continue;
    const size = page.pageSize ?? doc.page;
    return { page: index + 1, left: found.item.x, top: found.item.y, width: area.width, height: area.height, qrWidth: area.qr?.size ?? 0, pageWidth: size.width, pageHeight: size.height };
  }
  return undefined;
}
