/** A small model exercising what the sample does not: images, watermarks, restarted numbering, odd spans. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadImages } from '../../src/layout/assets';
import type { ImageAssets, LayoutDocument } from '../../src/layout/model';
import { renderDocx } from '../../src/render/docx';
import { attribute, cellsByColumn, elements, has, headerOf, readDocx, text, type DocxParts } from '../support/docx';
import { expectValidDocx } from '../support/validate-docx';
import { smallModel, writePng } from './model';

let dir: string;
let model: LayoutDocument;
let images: ImageAssets;
let docx: Buffer;
let parts: DocxParts;
let body: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-docx-'));
  const image = path.join(dir, 'logo.png');
  writePng(image, 200, 100);
  model = smallModel(image);
  images = loadImages(model);
  docx = await renderDocx(model, { images });
  parts = readDocx(docx);
  body = parts.xml('word/document.xml');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a small model as DOCX', () => {
  it('embeds the image at the model width, keeping its aspect ratio', () => {
    expect(parts.names.filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const drawing = elements(body, 'w:drawing')[0];
    // 72 points = 1 inch = 914400 EMU; the 200 × 100 pixel image is half as tall as wide.
    expect(attribute(drawing, 'wp:extent', 'cx')).toBe('914400');
    expect(attribute(drawing, 'wp:extent', 'cy')).toBe('457200');
    const paragraph = elements(body, 'w:p').find((candidate) => has(candidate, 'w:drawing')) ?? '';
    expect(attribute(paragraph, 'w:jc', 'w:val')).toBe('center');
  });

  it('sets alignment, indent, space above and run styles of a paragraph', () => {
    const paragraph = elements(body, 'w:p').find((candidate) => text(candidate) === 'Awal miring tebal') ?? '';
    expect(attribute(paragraph, 'w:jc', 'w:val')).toBe('right');
    expect(attribute(paragraph, 'w:ind', 'w:left')).toBe('200');
    expect(attribute(paragraph, 'w:spacing', 'w:before')).toBe('120');
    const runs = elements(paragraph, 'w:r');
    expect(runs.filter((run) => has(run, 'w:i')).map(text)).toEqual(['miring']);
    expect(runs.filter((run) => has(run, 'w:b')).map(text)).toEqual([' tebal']);
  });

  it('uses the line spacing of the model', () => {
    expect(attribute(parts.xml('word/styles.xml'), 'w:spacing', 'w:line')).toBe('360');
    expect(attribute(parts.xml('word/styles.xml'), 'w:rFonts', 'w:ascii')).toBe('Arial');
  });

  it('keeps two tables in a row apart, so Word does not join them', () => {
    expect(elements(body, 'w:tbl')).toHaveLength(2);
    expect(body).not.toMatch(/<\/w:tbl><w:tbl>/);
    const [grid] = elements(body, 'w:tbl');
    expect(elements(grid, 'w:gridCol')).toHaveLength(3);
    for (const paragraph of elements(grid, 'w:p')) expect(has(paragraph, 'w:keepNext')).toBe(true);
  });

  it('merges a cell spanning two rows and two columns, and shades by slot', () => {
    const [, table] = elements(body, 'w:tbl');
    const rows = elements(table, 'w:tr');
    const [top, bottom] = rows.map(cellsByColumn);
    expect([...top.keys()]).toEqual([0, 2]);
    expect(attribute(top.get(0) ?? '', 'w:gridSpan', 'w:val')).toBe('2');
    expect(attribute(top.get(0) ?? '', 'w:vMerge', 'w:val')).toBe('restart');
    expect([...bottom.keys()]).toEqual([0, 2]);
    expect(attribute(bottom.get(0) ?? '', 'w:gridSpan', 'w:val')).toBe('2');
    expect(attribute(bottom.get(0) ?? '', 'w:vMerge', 'w:val')).toBe('continue');
    expect([top, bottom].map((row) => [...row].filter(([, cell]) => has(cell, 'w:shd')).map(([column]) => column))).toEqual([[0], [2]]);
    expect(attribute(bottom.get(2) ?? '', 'w:vAlign', 'w:val')).toBe('center');
    expect(rows.map((row) => has(row, 'w:tblHeader'))).toEqual([true, false]);
    expect(attribute(top.get(0) ?? '', 'w:sz', 'w:val')).toBe('18');
  });

  it('numbers every page when numbers start on page 1, and restarts them where the model says', () => {
    const [first, second] = elements(body, 'w:sectPr');
    expect(has(first, 'w:titlePg')).toBe(false);
    expect(attribute(first, 'w:pgNumType', 'w:start')).toBeUndefined();
    expect(attribute(second, 'w:pgNumType', 'w:start')).toBe('1');
    expect(attribute(second, 'w:pgSz', 'w:orient')).toBe('landscape');
    for (const section of [first, second]) {
      const header = headerOf(parts, section, 'default');
      expect(attribute(header, 'w:instrText', 'xml:space')).toBe('preserve');
      expect(text(header)).toBe('');
    }
  });

  it('puts the watermark in the header of every section, each with its own shape id', () => {
    const headers = elements(body, 'w:sectPr').map((section) => headerOf(parts, section, 'default'));
    const texts = headers.map((header) => elements(header, 'v:textpath').map((path) => attribute(path, 'v:textpath', 'string')));
    expect(texts.map((strings) => strings.filter(Boolean))).toEqual([['KONSEP'], ['KONSEP']]);
    const ids = headers.map((header) => attribute(header, 'v:shape', 'id'));
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^PowerPlusWaterMarkObject/);
  });

  it('gives the same bytes on a second render', async () => {
    expect((await renderDocx(model, { images })).equals(docx)).toBe(true);
  });

  it('validates against the OOXML schemas', () => {
    expectValidDocx(docx);
  });

  it('refuses page numbers that start after page 2, which Word cannot do', async () => {
    await expect(renderDocx({ ...model, pageNumbers: { ...model.pageNumbers, fromPage: 3 } }, { images })).rejects.toThrow(/page 1 or 2/);
  });
});
