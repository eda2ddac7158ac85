/**
 * The renderer shares the cells of ruled tables across renders, so a render must give the same bytes
 * whatever the process rendered before it.
 */
import { isCovered, type LayoutDocument, type Table, type TableCell } from '../../src/layout/model';
import { renderDocx } from '../../src/render/docx';
import { loadSample } from './model';

function scheduleOf(doc: LayoutDocument): Table {
  const table = doc.sections.flatMap((section) => section.blocks).find((block): block is Table => block.kind === 'table');
  if (!table) throw new Error('the sample has no table');
  return table;
}

/** The sample with a schedule that shares most of its cells with the sample's, but not their XML. */
function variantOfSample(): LayoutDocument {
  const doc = loadSample();
  const schedule = scheduleOf(doc);
  schedule.fontSize = 9;
  schedule.widths = schedule.widths.map((width, column) => (column === 2 ? width + 10 : width));
  for (const slot of schedule.rows[schedule.headerRows]) if (!isCovered(slot)) slot.shaded = !slot.shaded;
  return doc;
}

/** A schedule of more distinct cells than the renderer keeps, so that it starts its cells over. */
function largeSchedule(): LayoutDocument {
  const doc = loadSample();
  const schedule = scheduleOf(doc);
  const columns = schedule.widths.length;
  schedule.headerRows = 1;
  schedule.rows = Array.from({ length: 200 }, (_, row) =>
    Array.from({ length: columns }, (__, column): TableCell => ({ runs: [{ text: `${row}.${column}` }], align: 'left' })),
  );
  return doc;
}

async function renderAlone(doc: LayoutDocument): Promise<Buffer> {
  let docx: Buffer | undefined;
  await jest.isolateModulesAsync(async () => {
    const isolated = (await import('../../src/render/docx')) as typeof import('../../src/render/docx');
    docx = await isolated.renderDocx(doc);
  });
  if (!docx) throw new Error('no DOCX rendered');
  return docx;
}

test('a DOCX does not depend on the documents the process rendered before it', async () => {
  const sample = loadSample();
  const variant = variantOfSample();
  const [sampleAlone, variantAlone] = [await renderAlone(sample), await renderAlone(variant)];
  expect(sampleAlone.equals(variantAlone)).toBe(false);

  expect((await renderDocx(variant)).equals(variantAlone)).toBe(true);
  expect((await renderDocx(sample)).equals(sampleAlone)).toBe(true);
  expect((await renderDocx(variant)).equals(variantAlone)).toBe(true);
  const large = largeSchedule();
  expect((await renderDocx(large)).equals(await renderAlone(large))).toBe(true);
  expect((await renderDocx(sample)).equals(sampleAlone)).toBe(true);
});
