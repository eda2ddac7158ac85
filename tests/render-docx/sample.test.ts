/** The sample decree's layout model through the DOCX renderer, checked in the XML a reader of the file gets. */
import { isCovered, mm, type Grid, type LayoutDocument, type Table as ModelTable } from '../../src/layout/model';
import { renderDocx } from '../../src/render/docx';
import { attribute, cellsByColumn, elements, has, headerOf, readDocx, text, unzip, type DocxParts } from '../support/docx';
import { expectValidDocx } from '../support/validate-docx';
import { expectedTexts, loadSample, styledTexts, twips } from './model';

let model: LayoutDocument;
let docx: Buffer;
let parts: DocxParts;
let body: string;

beforeAll(async () => {
  model = loadSample();
  docx = await renderDocx(model);
  parts = readDocx(docx);
  body = parts.xml('word/document.xml');
});

function tableHolding(needle: string): string {
  const table = elements(body, 'w:tbl').find((candidate) => text(candidate).includes(needle));
  if (!table) throw new Error(`no table holding ${needle}`);
  return table;
}

function modelTable(): ModelTable {
  const table = model.sections[1].blocks.find((block): block is ModelTable => block.kind === 'table');
  if (!table) throw new Error('the sample has no table');
  return table;
}

describe('the sample decree as DOCX', () => {
  it('has one section per model section, with F4 page sizes, orientation and margins', () => {
    const sections = elements(body, 'w:sectPr');
    expect(sections).toHaveLength(2);
    const [portrait, landscape] = sections.map((section) => ({
      width: attribute(section, 'w:pgSz', 'w:w'),
      height: attribute(section, 'w:pgSz', 'w:h'),
      orientation: attribute(section, 'w:pgSz', 'w:orient'),
    }));
    expect(portrait).toEqual({ width: '12189', height: '18709', orientation: 'portrait' });
    expect(landscape).toEqual({ width: '18709', height: '12189', orientation: 'landscape' });
    const { margins } = model.page;
    for (const section of sections) {
      expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((side) => attribute(section, 'w:pgMar', side))).toEqual(
        [margins.top, margins.bottom, margins.left, margins.right].map((points) => String(twips(points))),
      );
    }
  });

  it('sets the office typeface, size, language and single line spacing as document defaults', () => {
    const styles = parts.xml('word/styles.xml');
    const defaults = elements(styles, 'w:docDefaults')[0];
    expect(attribute(defaults, 'w:rFonts', 'w:ascii')).toBe('Bookman Old Style');
    expect(attribute(defaults, 'w:rFonts', 'w:hAnsi')).toBe('Bookman Old Style');
    expect(attribute(defaults, 'w:sz', 'w:val')).toBe('24');
    expect(attribute(defaults, 'w:lang', 'w:val')).toBe('id-ID');
    expect(attribute(defaults, 'w:spacing', 'w:line')).toBe('240');
    expect(attribute(defaults, 'w:spacing', 'w:after')).toBe('0');
  });

  it('keeps the text of the body in the model order', () => {
    const paragraphs = elements(body.replace(/<w:tbl>|<\/w:tbl>|<w:tr>|<\/w:tr>|<w:tc>|<\/w:tc>/g, ''), 'w:p');
    const texts = paragraphs.map(text).filter((paragraph) => paragraph !== '');
    expect(texts).toEqual(expectedTexts(model));
  });

  it('keeps italics and bold', () => {
    const italic = elements(body, 'w:r').filter((run) => has(run, 'w:i'));
    expect(italic.map(text)).toEqual(styledTexts(model, 'italic'));
    expect(italic.map(text)).toContain('agent of change');
    const bold = elements(body, 'w:r').filter((run) => has(run, 'w:b'));
    expect(bold.map(text)).toEqual(styledTexts(model, 'bold'));
    expect(bold.map(text)).toEqual(['RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS KORUPSI DAN WILAYAH BIROKRASI BERSIH DAN MELAYANI']);
  });

  it('lays a grid out as a borderless table of label, colon, marker and hanging text', () => {
    const grid = tableHolding('Menimbang');
    const contentWidth = model.page.width - model.page.margins.left - model.page.margins.right;
    const widths = elements(grid, 'w:gridCol').map((column) => Number(attribute(column, 'w:gridCol', 'w:w')));
    // The label column is the model's, fitted to "Memperhatikan" so that no label wraps.
    const columns = model.sections[0].blocks.find((block): block is Grid => block.kind === 'grid' && block.rows[0].label === 'Menimbang')!.columns;
    expect(columns.label).toBeGreaterThan(mm(27));
    expect(widths.slice(0, 3)).toEqual([twips(columns.label), twips(columns.colon), twips(columns.marker)]);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(twips(contentWidth));
    expect(attribute(grid, 'w:tblLayout', 'w:type')).toBe('fixed');
    for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      expect(attribute(elements(grid, 'w:tblBorders')[0], side, 'w:val')).toBe('none');
    }
    const rows = elements(grid, 'w:tr').map((row) => elements(row, 'w:tc'));
    expect(rows.map((cells) => cells.slice(0, 3).map(text))).toEqual([
      ['Menimbang', ':', 'a.'],
      ['', '', 'b.'],
    ]);
    expect(rows.map((cells) => attribute(cells[3], 'w:jc', 'w:val'))).toEqual(['both', 'both']);
  });

  it('leaves the marker column out of a grid whose marker width is 0', () => {
    const grid = tableHolding('Menetapkan');
    expect(elements(grid, 'w:gridCol')).toHaveLength(3);
    expect(elements(elements(grid, 'w:tr')[0], 'w:tc').map(text).slice(0, 2)).toEqual(['Menetapkan', ':']);
  });

  it('keeps the last dictum with the signature, and the signature block in one unsplittable row', () => {
    const lastDictum = tableHolding('KEDUA');
    for (const paragraph of elements(lastDictum, 'w:p')) expect(has(paragraph, 'w:keepNext')).toBe(true);
    const signature = tableHolding('Ditetapkan di Taliwang');
    expect(elements(signature, 'w:tr')).toHaveLength(1);
    expect(has(signature, 'w:cantSplit')).toBe(true);
    expect(elements(signature, 'w:tc').map((cell) => attribute(cell, 'w:vAlign', 'w:val'))).toEqual(['top', 'top']);
  });

  it('marks the header rows of the appendix table as repeated, and no row may split', () => {
    const rows = elements(tableHolding('SUB KEGIATAN'), 'w:tr');
    expect(rows).toHaveLength(modelTable().rows.length);
    expect(rows.map((row) => has(row, 'w:tblHeader'))).toEqual(rows.map((_, index) => index < modelTable().headerRows));
    for (const row of rows) expect(has(row, 'w:cantSplit')).toBe(true);
  });

  it('draws the appendix table with fixed widths, thin rules and the table font size', () => {
    const table = tableHolding('SUB KEGIATAN');
    const widths = elements(table, 'w:gridCol').map((column) => Number(attribute(column, 'w:gridCol', 'w:w')));
    expect(widths).toEqual(modelTable().widths.map(twips));
    expect(attribute(table, 'w:tblLayout', 'w:type')).toBe('fixed');
    expect(attribute(elements(table, 'w:tblBorders')[0], 'w:insideV', 'w:val')).toBe('single');
    const sizes = new Set(elements(table, 'w:r').map((run) => attribute(run, 'w:sz', 'w:val')));
    expect([...sizes]).toEqual([String(modelTable().fontSize! * 2)]);
  });

  it('merges cells where the model spans rows or columns', () => {
    const rows = elements(tableHolding('SUB KEGIATAN'), 'w:tr').map(cellsByColumn);
    const merge = (row: number, column: number) => attribute(rows[row].get(column) ?? '', 'w:vMerge', 'w:val');
    modelTable().rows.forEach((slots, row) =>
      slots.forEach((slot, column) => {
        if (isCovered(slot)) return;
        if ((slot.rowSpan ?? 1) > 1) {
          expect(merge(row, column)).toBe('restart');
          for (let below = 1; below < slot.rowSpan!; below++) expect(merge(row + below, column)).toBe('continue');
        }
        if ((slot.colSpan ?? 1) > 1) {
          expect(attribute(rows[row].get(column) ?? '', 'w:gridSpan', 'w:val')).toBe(String(slot.colSpan));
        }
      }),
    );
    // Every row covers all the grid columns, merged or not.
    for (const row of elements(tableHolding('SUB KEGIATAN'), 'w:tr')) {
      const columns = elements(row, 'w:tc').reduce((sum, cell) => sum + Number(attribute(cell, 'w:gridSpan', 'w:val') ?? 1), 0);
      expect(columns).toBe(modelTable().widths.length);
    }
  });

  it('shades exactly the shaded slots of each row in grey', () => {
    const rows = elements(tableHolding('SUB KEGIATAN'), 'w:tr').map(cellsByColumn);
    modelTable().rows.forEach((slots, row) => {
      const expected = slots.flatMap((slot, column) => (!isCovered(slot) && slot.shaded ? [column] : []));
      const shaded = [...rows[row]].filter(([, cell]) => has(cell, 'w:shd')).map(([column]) => column);
      expect({ row, shaded }).toEqual({ row, shaded: expected });
    });
    const fills = new Set(elements(tableHolding('SUB KEGIATAN'), 'w:shd').map((shading) => attribute(shading, 'w:shd', 'w:fill')));
    expect([...fills]).toEqual(['BFBFBF']);
  });

  it('keeps the last row of the appendix table with the signature that follows', () => {
    const rows = elements(tableHolding('SUB KEGIATAN'), 'w:tr');
    for (const paragraph of elements(rows[rows.length - 1], 'w:p')) expect(has(paragraph, 'w:keepNext')).toBe(true);
  });

  it('numbers the pages "- n -" in a centred PAGE field, except on the first page', () => {
    const [first, appendix] = elements(body, 'w:sectPr');
    expect(has(first, 'w:titlePg')).toBe(true);
    expect(has(appendix, 'w:titlePg')).toBe(false);
    for (const section of [first, appendix]) {
      const header = headerOf(parts, section, 'default');
      expect(attribute(header, 'w:jc', 'w:val')).toBe('center');
      expect(text(header)).toBe('-  -');
      expect(header.indexOf('>- <')).toBeLessThan(header.indexOf('PAGE'));
      expect(header.indexOf('PAGE')).toBeLessThan(header.indexOf('> -<'));
      expect(attribute(header, 'w:instrText', 'xml:space')).toBe('preserve');
      const fieldParts = elements(header, 'w:fldChar').map((field) => attribute(field, 'w:fldChar', 'w:fldCharType'));
      expect(fieldParts).toEqual(['begin', 'separate', 'end']);
    }
    expect(has(headerOf(parts, first, 'first'), 'w:instrText')).toBe(false);
    // The numbering goes on into the appendix.
    expect(attribute(appendix, 'w:pgNumType', 'w:start')).toBeUndefined();
  });

  it('writes the core properties from the model', () => {
    const core = parts.xml('docProps/core.xml');
    const value = (tag: string) => new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(core)?.[1];
    expect(value('dc:title')).toBe(model.meta.title);
    expect(value('dc:subject')).toBe(model.meta.subject);
    expect(value('dc:creator')).toBe(model.meta.author);
    expect(value('dcterms:created')).toBe('2022-02-02T00:00:00Z');
    expect(value('dcterms:modified')).toBe('2022-02-02T00:00:00Z');
  });

  it('gives the same bytes on every render, whatever the clock says', async () => {
    // Only the clock is faked; the packer's promises run as usual.
    jest.useFakeTimers({
      now: new Date('2031-07-08T09:10:11Z'),
      doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout', 'setInterval'],
    });
    try {
      const later = await renderDocx(model);
      expect(later.equals(docx)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
    expect(new Set(unzip(docx).map((entry) => entry.modified))).toEqual(new Set(['2022-02-02 00:00:00']));
  });

  it('validates against the OOXML schemas', () => {
    expectValidDocx(docx);
  });
});
