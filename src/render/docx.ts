/**
 * The DOCX renderer: the layout model through the docx library's API.
 * Word breaks the pages itself with the office's real typeface, so the DOCX carries no catchwords
 * (a catchword computed here would be wrong there). Only a table broken by the PDF's pages is broken
 * at the same rows, where the PDF was laid out beside it, so that each of its pages names its groups.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { ImageAssets, LayoutDocument, Section } from '../layout/model';
import type { TableBreaks } from '../layout/table-breaks';
import { drawingIds, halfPoints, renderBlocks, textParagraph, twips, type BlockContext } from './docx-blocks';
import { setCoreDates } from './docx-stable';
import { packDocx } from './docx-package';
import { outlinedWatermark } from './docx-watermark';

interface DocxOptions {
  /** The bytes of the model's images (src/layout/assets.ts); required when it has any. */
  images?: ImageAssets;
  /** Where the PDF of the same model breaks its tables (renderPdfPlaced); without, Word breaks them itself. */
  tableBreaks?: TableBreaks;
}

export async function renderDocx(doc: LayoutDocument, options: DocxOptions = {}): Promise<Buffer> {
  return packDocx(docxDocument(doc, options), doc.meta.created);
}

/** The docx library's document for `doc`, before its XML is written and zipped. */
export function docxDocument(doc: LayoutDocument, options: DocxOptions = {}): Document {
  // Word can leave the number off the first page only ("different first page").
  if (doc.pageNumbers.fromPage > 2) throw new Error('DOCX: page numbers can start on page 1 or 2 only');
  const nextDrawingId = drawingIds();
  const firstBlocks = doc.sections.map((_, index) => doc.sections.slice(0, index).reduce((sum, section) => sum + section.blocks.length, 0));
  const file = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    ...(doc.meta.keywords ? { keywords: doc.meta.keywords } : {}),
    lastModifiedBy: doc.meta.author,
    compatabilityModeVersion: 15,
    styles: {
      default: {
        document: {
          run: { font: doc.font.family, size: halfPoints(doc.font.size), language: { value: doc.meta.language } },
          paragraph: {
            spacing: { before: 0, after: 0, line: Math.round(240 * doc.font.lineSpacing), lineRule: LineRuleType.AUTO },
          },
        },
      },
    },
    sections: doc.sections.map((section, index) =>
      sectionOptions(doc, section, index, {
        nextDrawingId,
        images: options.images ?? new Map(),
        // The breaks are by block over the whole document; each section looks up its own blocks.
        tableBreaks: (block) => options.tableBreaks?.get(firstBlocks[index] + block) ?? [],
      }),
    ),
  });
  setCoreDates(file, `${doc.meta.created}T00:00:00Z`);
  return file;
}

function sectionOptions(
  doc: LayoutDocument,
  section: Section,
  index: number,
  context: BlockContext,
): ISectionOptions {
  const { page } = doc;
  const landscape = section.orientation === 'landscape';
  const contentHeight = (landscape ? page.width : page.height) - page.margins.top - page.margins.bottom;
  const watermarkWidth = Math.min(section.contentWidth, contentHeight);
  const numberlessFirstPage = index === 0 && doc.pageNumbers.fromPage === 2;
  return {
    properties: {
      titlePage: numberlessFirstPage || undefined,
      page: {
        // docx swaps width and height itself for a landscape orientation.
        size: {
          width: twips(page.width),
          height: twips(page.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twips(page.margins.top),
          bottom: twips(page.margins.bottom),
          left: twips(page.margins.left),
          right: twips(page.margins.right),
          header: twips(doc.pageNumbers.top),
          footer: twips(doc.footer?.bottom ?? page.margins.bottom / 2),
        },
        pageNumbers: section.restartPageNumbers ? { start: 1 } : undefined,
      },
    },
    headers: {
      default: pageHeader(doc, watermarkWidth, { withNumber: true, id: 2 * index + 1 }),
      first: numberlessFirstPage ? pageHeader(doc, watermarkWidth, { withNumber: false, id: 2 * index + 2 }) : undefined,
    },
    ...(doc.footer ? { footers: { default: pageFooter(doc), first: numberlessFirstPage ? pageFooter(doc) : undefined } } : {}),
    children: renderBlocks(section.blocks, section.contentWidth, context),
  };
}

/** The model's footer on every page (the first page of the first section has a footer of its own in Word). */
function pageFooter(doc: LayoutDocument): Footer {
  const footer = doc.footer!;
  return new Footer({ children: footer.paragraphs.map((paragraph) => textParagraph({ runs: paragraph.runs, align: paragraph.align, fontSize: footer.fontSize })) });
}

/**
 * The page number centred in the top margin, between its prefix and suffix, and the watermark if
 * any, as wide as the shorter side of the content area so that it stays on the page when it is
 * turned diagonally; `id` tells the headers apart.
 */
function pageHeader(doc: LayoutDocument, watermarkWidth: number, { withNumber, id }: { withNumber: boolean; id: number }): Header {
  const children: TextRun[] = [];
  if (doc.watermark) children.push(outlinedWatermark(doc.watermark, doc.font.family, watermarkWidth, id));
  if (withNumber) {
    children.push(new TextRun({ children: [doc.pageNumbers.prefix, PageNumber.CURRENT, doc.pageNumbers.suffix] }));
  }
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}
