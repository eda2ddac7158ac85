/** Layout models for the PDF tests: the shared sample and variants that force page breaks. */
import fs from 'node:fs';
import path from 'node:path';
import type { Grid, LayoutDocument, Table, TableCell, TableSlot } from '../../src/layout/model';

const SAMPLE = path.join(__dirname, '..', 'fixtures', 'layout', 'sample.json');

export function sample(): LayoutDocument {
  return JSON.parse(fs.readFileSync(SAMPLE, 'utf8')) as LayoutDocument;
}

export const MONTHS = 12;

/** Month columns shaded for sub-activity `index` (0-based) of the long-span fixture. */
export function scheduledMonths(index: number): number[] {
  return [index % MONTHS, (index * 5 + 3) % MONTHS].filter((month, i, all) => all.indexOf(month) === i);
}

export function subActivityText(index: number): string {
  return `${index + 1}) Langkah kerja nomor ${index + 1} pembangunan zona integritas;`;
}

/**
 * The sample with its appendix table replaced by one activity of `count` sub-activities (a row
 * span over many pages) and a second activity of two.
 */
export function longSpan(count = 40): LayoutDocument {
  const doc = sample();
  const appendix = doc.sections[1];
  const table = appendix.blocks.find((block): block is Table => block.kind === 'table');
  if (!table) throw new Error('the sample has no table');
  const empty = (align: TableCell['align'] = 'left'): TableCell => ({ runs: [], align });
  const row = (index: number, first: TableCell[] | number, text: string): TableSlot[] => {
    const months = scheduledMonths(index);
    // A number: the row of the activity this row continues.
    const activityCells = typeof first === 'number' ? [0, 1].map((column) => ({ coveredBy: { row: first, column } })) : first;
    return [
      ...activityCells,
      { runs: [{ text }], align: 'left' },
      ...Array.from({ length: MONTHS }, (_, month) => ({ ...empty('center'), shaded: months.includes(month) })),
      empty(),
    ];
  };
  const activity = (number: string, name: string, rowSpan: number): TableCell[] => [
    { runs: [{ text: number }], align: 'center', rowSpan },
    { runs: [{ text: name }], align: 'left', rowSpan },
  ];
  const first = table.headerRows;
  const body = Array.from({ length: count }, (_, index) =>
    row(index, index === 0 ? activity('1', 'Tim Kerja Zona Integritas', count) : first, subActivityText(index)),
  );
  body.push(
    row(count, activity('2', 'Perubahan Pola Pikir', 2), 'a. Keterlibatan pimpinan;'),
    row(count + 1, first + count, 'b. Pembentukan agen perubahan.'),
  );
  table.rows = [...table.rows.slice(0, table.headerRows), ...body];
  return doc;
}

/** A body section of one long Mengingat grid of one-line items, so that pages start with an item. */
export function longList(count = 120): LayoutDocument {
  const doc = sample();
  const grid: Grid = {
    kind: 'grid',
    columns: { label: 76.54, colon: 11.34, marker: 34 },
    separator: ':',
    rows: Array.from({ length: count }, (_, index) => ({
      label: index === 0 ? 'Mengingat' : '',
      marker: `${index + 1}.`,
      runs: [{ text: `Peraturan Menteri Nomor ${index + 1} Tahun 2020;` }],
      align: 'justify',
    })),
  };
  doc.sections = [{ orientation: 'portrait', contentWidth: doc.sections[0].contentWidth, catchwords: true, blocks: [grid] }];
  return doc;
}
