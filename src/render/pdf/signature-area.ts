/**
 * The signature area in the PDF: a drawing of the area's size (empty but for the QR code at its left),
 * named by pdfmake's node `id`, so that the laid-out pages tell where it landed.
 */
import { QR_QUIET_ZONE, type Block, type LayoutDocument, type SignatureArea } from '../../layout/model';
import type { LaidOutPage, PdfNode } from './engine';

/** The node id of every signature area. */
const SIGNATURE_AREA_ID = 'signature-area';

/** Where the renderer placed a signature area: page (1-based), its top-left corner measured from the page's top-left. */
export interface PlacedArea {
  /** The appendix (from 1) whose signature block holds it; absent for the decree's own. */
  appendix?: number;
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Width of the QR code at the area's left, which the stamp must not cover; 0 without one. */
  qrWidth: number;
  pageWidth: number;
  pageHeight: number;
}

function areasOf(blocks: Block[]): SignatureArea[] {
  return blocks.flatMap((block) => (block.kind === 'signature-area' ? [block] : block.kind === 'columns' ? areasOf(block.columns.flatMap((column) => column.blocks)) : []));
}

/** The area as a picture of its own size; the QR code's dark modules as one path of unit squares. */
export function signatureAreaNode(area: SignatureArea): PdfNode {
  const { width, height } = area;
  return { id: SIGNATURE_AREA_ID, svg: areaSvg(area), width, height, margin: [0, area.spaceBefore ?? 0, 0, 0] };
}

function areaSvg(area: SignatureArea): string {
  const numbers = (value: number) => Number(value.toFixed(3));
  let code = '';
  if (area.qr) {
    const modules = area.qr.modules.length + 2 * QR_QUIET_ZONE;
    const squares = area.qr.modules.flatMap((row, y) => [...row].flatMap((dark, x) => (dark === '1' ? [`M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h1v1h-1z`] : [])));
    const scale = numbers(area.qr.size / modules);
    code = `<path transform="scale(${scale})" fill="#000000" d="${squares.join('')}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${numbers(area.width)}" height="${numbers(area.height)}" viewBox="0 0 ${numbers(area.width)} ${numbers(area.height)}">${code}</svg>`;
}

/**
 * Every signature area of the document where it was laid out, in the document's order: the decree's, then
 * each appendix's own. pdfmake lays the pages out in that order, so the n-th area drawn is the model's n-th.
 */
export function placedAreas(doc: LayoutDocument, pages: LaidOutPage[]): PlacedArea[] {
  const areas = areasOf(doc.sections.flatMap((section) => section.blocks));
  const drawn = pages.flatMap((page, index) =>
    page.items.filter(({ type, item }) => type === 'svg' && item.id === SIGNATURE_AREA_ID).map(({ item }) => ({ item, page: index + 1, size: page.pageSize ?? doc.page })),
  );
  if (drawn.length !== areas.length) throw new Error(`PDF: ${areas.length} signature areas in the model, ${drawn.length} laid out`);
  return areas.map((area, i) => {
    const { item, page, size } = drawn[i];
    return {
      ...(area.appendix ? { appendix: area.appendix } : {}),
      page,
      left: item.x,
      top: item.y,
      width: area.width,
      height: area.height,
      qrWidth: area.qr?.size ?? 0,
      pageWidth: size.width,
      pageHeight: size.height,
    };
  });
}
