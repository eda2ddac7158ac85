/** Layout models for the DOCX renderer's tests, and what a reader expects to find from them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PNG } from 'pngjs';
import { isCovered, mm, type Block, type LayoutDocument, type Run, type TableStyle } from '../../src/layout/model';

export function loadSample(): LayoutDocument {
  const file = path.join(__dirname, '..', 'fixtures', 'layout', 'sample.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as LayoutDocument;
}

/** Points to twips, as the renderer rounds them. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** The texts of the model's runs in one style, in reading order (a table's continued texts are the PDF's only). */
export function styledTexts(doc: LayoutDocument, style: 'italic' | 'bold'): string[] {
  const ofRuns = (runs: Run[]) => runs.filter((run) => run[style]).map((run) => run.text);
  const ofBlock = (block: Block): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return ofRuns(block.runs);
      case 'item':
        return ofRuns([block.marker, ...block.runs]);
      case 'grid':
        return block.rows.flatMap((row) => ofRuns(row.runs));
      case 'columns':
        return block.columns.flatMap((column) => column.blocks.flatMap(ofBlock));
      case 'table':
        return block.rows.flatMap((row) => row.flatMap((slot) => (isCovered(slot) ? [] : ofRuns(slot.runs))));
      default:
        return [];
    }
  };
  return doc.sections.flatMap((section) => section.blocks.flatMap(ofBlock));
}

/** The non-empty texts of the model's paragraphs and cells, in reading order. */
export function expectedTexts(doc: LayoutDocument): string[] {
  const join = (runs: { text: string }[]) => runs.map((run) => run.text).join('');
  const ofBlock = (block: Block): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return [join(block.runs)];
      case 'image':
      case 'signature-area':
        return [];
      case 'grid':
        return block.rows.flatMap((row) => [row.label, row.label ? block.separator : '', row.marker, join(row.runs)]);
      case 'columns':
        return block.columns.flatMap((column) => column.blocks.flatMap(ofBlock));
      case 'table':
        // A marker's tab is no text.
        return block.rows.flatMap((row) => row.map((slot) => (isCovered(slot) ? '' : `${slot.marker ?? ''}${join(slot.runs)}`)));
      case 'item':
        return [block.marker.text, join(block.runs)];
    }
  };
  return doc.sections.flatMap((section) => section.blocks.flatMap(ofBlock)).filter((text) => text !== '');
}

/** A PNG of the given pixel size, written to `file`. */
export function writePng(file: string, width: number, height: number): void {
  const png = new PNG({ width, height });
  png.data.fill(0x80);
  fs.writeFileSync(file, PNG.sync.write(png));
}

/**
 * A small two-section model: numbers on every page, a watermark, an image, a restart of the
 * numbering in the second section, a grid without markers and a table spanning both ways.
 */
const STYLE: TableStyle = { rule: 0.5, padding: { x: 4, y: 1 }, shading: 'BFBFBF', markerWidth: 12 };

export function smallModel(imagePath: string): LayoutDocument {
  return {
    meta: { title: 'Uji', subject: 'Uji renderer', author: 'Penguji', created: '2023-04-05', language: 'id-ID' },
    page: { width: mm(210), height: mm(297), margins: { top: 40, bottom: 50, left: 60, right: 30 } },
    font: { family: 'Arial', size: 11, lineSpacing: 1.5 },
    pageNumbers: { prefix: '', suffix: '', fromPage: 1, top: 15 },
    catchwordSuffix: ' . . .',
    watermark: { text: 'KONSEP', color: '8C8C8C', outline: 1 },
    sections: [
      {
        orientation: 'portrait',
        contentWidth: mm(210) - 90,
        catchwords: true,
        blocks: [
          { kind: 'image', path: imagePath, width: 72, align: 'center' },
          {
            kind: 'paragraph',
            runs: [{ text: 'Awal ' }, { text: 'miring', italic: true }, { text: ' tebal', bold: true }],
            align: 'right',
            spaceBefore: 6,
            indentLeft: 10,
          },
          {
            kind: 'grid',
            columns: { label: 80, colon: 10, marker: 0 },
            separator: ':',
            rows: [{ label: 'KESATU', marker: '', runs: [{ text: 'Isi diktum.' }], align: 'left' }],
            keepWithNext: true,
          },
          {
            kind: 'table',
            widths: [50, 50, 50],
            style: STYLE,
            headerRows: 1,
            fontSize: 9,
            rows: [
              [
                { runs: [{ text: 'A' }], align: 'center', colSpan: 2, rowSpan: 2, shaded: true },
                { coveredBy: { row: 0, column: 0 } },
                { runs: [{ text: 'B' }], align: 'left' },
              ],
              [
                { coveredBy: { row: 0, column: 0 } },
                { coveredBy: { row: 0, column: 0 } },
                { runs: [{ text: 'C' }], align: 'left', verticalAlign: 'middle', shaded: true },
              ],
            ],
          },
        ],
      },
      {
        orientation: 'landscape',
        contentWidth: mm(297) - 90,
        catchwords: false,
        restartPageNumbers: true,
        blocks: [{ kind: 'paragraph', runs: [], align: 'left' }],
      },
    ],
  };
}
