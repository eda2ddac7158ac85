/**
 * One layout of the whole document by pdfmake's engine: sections with their page numbers and
 * catchwords, each block translated under the current keep-with-next plan.
 */
import type { Block, Image, LayoutDocument, Table } from '../../layout/model';
import { continuedParts, pageStarts } from '../../layout/table-breaks';
import { catchwordOf } from './catchwords';
import { LayoutEngine, type LaidOutPage, type PdfKitDocument, type PdfNode } from './engine';
import { splitRows } from './keep-with-next';
import { cacheMeasurements, type MeasuredLeaf } from './measure-cache';
import type { Plan, TableMeasures } from './plan';
import { signatureAreaNode } from './signature-area';
import { measuringRows, openSpansKey, type TableHeights, type Unmeasured } from './table-pages';
import { TAG_ID, Tags, type Tag } from './tags';
import { columnsNode, FAMILY, gridNode, itemNode, paragraphNode, tableNode } from './translate';

const NO_ROWS: ReadonlySet<number> = new Set();

/** A layout's pages, and the names of the model's places its lines and images carry. */
export interface LaidOut {
  pages: LaidOutPage[];
  tags: Tags;
}

/** A page tall enough for any table, for measuring rows that are never drawn. */
const MEASURING_PAGE_HEIGHT = 1e7;

/** A table block's part as handed to pdfmake, to read the heights of its rows off the layout. */
interface TablePart {
  node: PdfNode;
  block: number;
  rows: number[];
  continued: ReadonlySet<number>;
}

export class DocumentLayout implements TableMeasures {
  /** The number of each section's first page, as its header function first sees it. */
  private readonly sectionStarts: (number | undefined)[] = [];
  /** The pages (from 0) whose bottom margin begins with catchwords, in the last layout. */
  readonly catchwordPages = new Set<number>();
  private engine: LayoutEngine | undefined;
  private tags = new Tags();
  private parts: TablePart[] = [];
  /** What the layouts so far measured of each table block. */
  private readonly tableHeights = new Map<number, TableHeights>();

  constructor(
    private readonly doc: LayoutDocument,
    private readonly pdf: PdfKitDocument,
    private readonly images: Map<string, string>,
    readonly measured: Map<string, MeasuredLeaf>,
  ) {}

  layOut(plan: Plan): LaidOut {
    const { doc } = this;
    const { margins } = doc.page;
    const engine = this.newEngine();
    const tags = new Tags();
    this.engine = engine;
    this.tags = tags;
    this.parts = [];
    this.sectionStarts.length = 0;
    this.catchwordPages.clear();
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
    const pages = engine.layoutDocument({ stack: sections }, this.pdf, {}, this.defaultStyle(), undefined, undefined, undefined, watermark);
    this.readTableHeights(engine);
    // The engine holds these pages and every node with pdfmake's measurements of every cell: let go at once,
    // not kept beside the next layout.
    this.parts = [];
    this.engine = undefined;
    return { pages, tags };
  }

  private newEngine(): LayoutEngine {
    const { page } = this.doc;
    return new LayoutEngine({ width: page.width, height: page.height, orientation: 'portrait' }, page.margins, (measure) =>
      cacheMeasurements(measure, this.pdf, FAMILY, this.measured),
    );
  }

  private defaultStyle(): object {
    const { font } = this.doc;
    return { font: FAMILY, fontSize: font.size, lineHeight: font.lineSpacing };
  }

  // --- the heights of table rows --------------------------------------------------------------

  heights(block: number): TableHeights | undefined {
    const heights = this.tableHeights.get(block);
    const table = this.table(block);
    // A table of header rows only has nothing to break.
    if (table.rows.length <= table.headerRows) return undefined;
    for (let row = table.headerRows; row < table.rows.length; row++) if (heights?.rows[row] === undefined) return undefined;
    return heights;
  }

  private table(block: number): Table {
    return this.doc.sections.flatMap((section) => section.blocks)[block] as Table;
  }

  private readTableHeights(engine: LayoutEngine): void {
    const begun = new Set<number>();
    for (const { node, block, rows, continued } of this.parts) {
      const report = engine.tables.get(node);
      if (!report) continue;
      const table = this.table(block);
      const { padding } = table.style;
      let heights = this.tableHeights.get(block);
      if (!heights) {
        heights = { rows: [], header: 0, available: 0, pageBody: 0, groupLines: new Map(), continuedTexts: new Map() };
        this.tableHeights.set(block, heights);
      }
      const headerRows = Math.min(table.headerRows, rows.length);
      if (!begun.has(block) && rows.length > headerRows) {
        begun.add(block);
        // The part's first block holds the top rule, the header rows and the first body row, from 0 down.
        heights.header = report.rows[headerRows].top - padding.y;
        heights.available = report.available;
        heights.pageBody = report.pageBody;
      }
      rows.forEach((row, i) => {
        const { top, bottom } = report.rows[i];
        if (i < headerRows || continued.has(row)) return;
        if (row < table.rows.length) heights.rows[row] = bottom - top;
        else heights.groupLines.set(row - table.rows.length, bottom - top);
      });
    }
  }

  /** Lays out, on a page of its own, rows that show the continuation lines of a table block, to measure them. */
  measure(block: number, unmeasured: Unmeasured): void {
    const table = this.table(block);
    const heights = this.tableHeights.get(block)!;
    const measuring = measuringRows(table, unmeasured);
    const node = tableNode(measuring.table, block, measuring.rows, measuring.pageStarts, new Tags());
    const { page } = this.doc;
    const { margins } = page;
    const section = {
      section: { stack: [node] },
      pageSize: { width: Math.max(page.width, page.height), height: MEASURING_PAGE_HEIGHT },
      pageOrientation: 'portrait',
      pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    };
    const engine = this.newEngine();
    engine.layoutDocument({ stack: [section] }, this.pdf, {}, this.defaultStyle(), undefined, undefined, undefined, undefined);
    const measured = engine.tables.get(node)!.rows.map(({ top, bottom }) => bottom - top);
    unmeasured.spanRows.forEach((row, i) => heights.continuedTexts.set(openSpansKey(table, row)!, measured[i]));
    unmeasured.groups.forEach((group, i) => heights.groupLines.set(group, measured[unmeasured.spanRows.length + i]));
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
      text: paragraph.runs.map((run) => ({ text: run.text, italics: run.italic ?? false, bold: run.bold ?? false })),
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
    const words = catchwordOf(next, this.tags);
    if (!words) return null;
    this.catchwordPages.add(pageNumber - 1);
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
        nodes = [paragraphNode(block, { block: index, row: 0, part: 'text' }, this.tags)];
        break;
      case 'grid':
        nodes = splitRows(block.rows.length, 0, breakAt).map((rows) => gridNode(block, index, rows, contentWidth, this.tags));
        break;
      case 'table': {
        const { table, parts } = continuedParts(block, pageStarts(plan.cuts.get(index) ?? [], breakAt));
        const continued = plan.continued.get(index) ?? NO_ROWS;
        nodes = parts.map((rows) => {
          const node = tableNode(table, index, rows, continued, this.tags);
          this.parts.push({ node, block: index, rows, continued });
          return node;
        });
        break;
      }
      case 'item':
        nodes = [itemNode(block, index, this.tags)];
        break;
      case 'columns':
        nodes = [columnsNode(block, index, this.tags)];
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
      [TAG_ID]: this.tags.id({ block: index, row: 0, part: 'text' } satisfies Tag),
    };
  }
}
