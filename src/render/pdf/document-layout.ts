/**
 * One layout of the whole document by pdfmake's engine: sections with their page numbers and
 * catchwords, each block translated under the current keep-with-next plan.
 */
import type { Block, Image, LayoutDocument } from '../../layout/model';
import { catchwordOf } from './catchwords';
import { LayoutEngine, type LaidOutPage, type PdfKitDocument, type PdfNode, type Tag } from './engine';
import { splitRows } from './keep-with-next';
import { cacheMeasurements, type MeasuredLeaf } from './measure-cache';
import { continuedParts } from './group-continuation';
import type { Plan } from './plan';
import { signatureAreaNode } from './signature-area';
import { columnsNode, FAMILY, FOOTER_MARK, gridNode, itemNode, paragraphNode, tableNode } from './translate';

const NO_ROWS: ReadonlySet<number> = new Set();

export class DocumentLayout {
  /** The number of each section's first page, as its header function first sees it. */
  private readonly sectionStarts: (number | undefined)[] = [];
  private engine: LayoutEngine | undefined;

  constructor(
    private readonly doc: LayoutDocument,
    private readonly pdf: PdfKitDocument,
    private readonly images: Map<string, string>,
    private readonly measured: Map<string, MeasuredLeaf>,
  ) {}

  layOut(plan: Plan): LaidOutPage[] {
    const { doc } = this;
    const { margins } = doc.page;
    const engine = new LayoutEngine({ width: doc.page.width, height: doc.page.height, orientation: 'portrait' }, margins, (measure) =>
      cacheMeasurements(measure, this.pdf, FAMILY, this.measured),
    );
    this.engine = engine;
    this.sectionStarts.length = 0;
    let blockIndex = 0;
    const sections = doc.sections.map((section, sectionIndex) => {
      this.sectionStarts.push(undefined);
      const header = (pageNumber: number) => this.pageNumber(sectionIndex, pageNumber);
      const stack = section.blocks.flatMap((block) => this.blockNodes(block, blockIndex++, plan, section.contentWidth));
      return {
        section: { stack },
        pageSize: { width: doc.page.width, height: doc.page.height },
        pageOrientation: section.orientation,
        pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
        header,
        footer: section.catchwords || doc.footer ? (pageNumber: number) => this.pageFoot(pageNumber, section.catchwords) : null,
      };
    });
    // Its outline is drawn by the engine's renderer (drawPages); pdfmake sizes and turns it.
    const watermark = doc.watermark ? { text: doc.watermark.text, color: `#${doc.watermark.color}`, bold: true } : undefined;
    const defaultStyle = { font: FAMILY, fontSize: doc.font.size, lineHeight: doc.font.lineSpacing };
    return engine.layoutDocument({ stack: sections }, this.pdf, {}, defaultStyle, undefined, undefined, undefined, watermark);
  }

  // --- page furniture -------------------------------------------------------------------------

  private pages(): LaidOutPage[] {
    return this.engine ? this.engine.writer.context().pages : [];
  }

  /**
   * Page numbers run over the whole document and restart at sections that ask for it. pdfmake calls
   * each page's header function in page order, so a section's first call is its first page.
   */
  private pageNumber(sectionIndex: number, pageNumber: number): PdfNode | null {
    const { doc } = this;
    this.sectionStarts[sectionIndex] ??= pageNumber;
    if (pageNumber < doc.pageNumbers.fromPage) return null;
    let restartedAfter = 0;
    for (let s = 0; s <= sectionIndex; s++) {
      const start = this.sectionStarts[s];
      if (doc.sections[s].restartPageNumbers && start !== undefined) restartedAfter = start - 1;
    }
    const { margins } = doc.page;
    return {
      text: `${doc.pageNumbers.prefix}${pageNumber - restartedAfter}${doc.pageNumbers.suffix}`,
      alignment: 'center',
      margin: [margins.left, doc.pageNumbers.top, margins.right, 0],
    };
  }

  /**
   * The bottom margin's contents: the catchwords, then the footer's lines (settled at their distance from
   * the page's edge once laid out: settleFooters).
   */
  private pageFoot(pageNumber: number, catchwords: boolean): PdfNode | null {
    const nodes = [...(catchwords ? [this.catchwordNode(pageNumber)] : []), ...this.footerNodes()].filter((node) => node !== null);
    return nodes.length > 0 ? { stack: nodes } : null;
  }

  private footerNodes(): PdfNode[] {
    const { footer, page } = this.doc;
    if (!footer) return [];
    return footer.paragraphs.map((paragraph) => ({
      text: paragraph.runs.map((run) => ({ text: run.text, italics: run.italic ?? false, bold: run.bold ?? false, [FOOTER_MARK]: true })),
      fontSize: footer.fontSize,
      alignment: paragraph.align,
      margin: [page.margins.left, 0, page.margins.right, 0],
    }));
  }

  /** Called by pdfmake after the body is laid out, so the next page's first line is final. */
  private catchwordNode(pageNumber: number): PdfNode | null {
    const pages = this.pages();
    const page = pages[pageNumber - 1];
    const next = pages[pageNumber];
    if (!next || next.customProperties !== page.customProperties) return null;
    const words = catchwordOf(next);
    if (!words) return null;
    const { margins } = this.doc.page;
    return {
      text: `${words}${this.doc.catchwordSuffix}`,
      alignment: 'right',
      margin: [margins.left, 0, margins.right, 0],
    };
  }

  // --- blocks ---------------------------------------------------------------------------------

  private blockNodes(block: Block, index: number, plan: Plan, contentWidth: number): PdfNode[] {
    const breakAt = plan.breaks.get(index);
    let nodes: PdfNode[];
    switch (block.kind) {
      case 'paragraph':
        nodes = [paragraphNode(block, { block: index, row: 0, part: 'text' })];
        break;
      case 'grid':
        nodes = splitRows(block.rows.length, 0, breakAt).map((rows) => gridNode(block, index, rows, contentWidth));
        break;
      case 'table': {
        const { table, parts } = continuedParts(block, plan.cuts.get(index) ?? [], breakAt);
        nodes = parts.map((rows) => tableNode(table, index, rows, plan.continued.get(index) ?? NO_ROWS));
        break;
      }
      case 'item':
        nodes = [itemNode(block, index)];
        break;
      case 'columns':
        nodes = [columnsNode(block, index)];
        break;
      case 'image':
        nodes = [this.imageNode(block, index)];
        break;
      case 'signature-area':
        nodes = [signatureAreaNode(block)];
        break;
    }
    // A paragraph's node already has its margin (indent and space before).
    nodes[0].margin ??= [0, block.spaceBefore ?? 0, 0, 0];
    if (breakAt === 0 || block.pageBreakBefore) nodes[0].pageBreak = 'before';
    for (const node of nodes.slice(1)) node.pageBreak = 'before';
    return nodes;
  }

  private imageNode(block: Image, index: number): PdfNode {
    return {
      image: this.images.get(block.path),
      width: block.width,
      alignment: block.align,
      naskahTag: { block: index, row: 0, part: 'text' } satisfies Tag,
    };
  }
}
