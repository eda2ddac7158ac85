import fs from 'node:fs';
import { chooseFont, fontBytes, FONT_ENV } from '../../src/layout/fonts';
import { renderPdf } from '../../src/render/pdf';
import { readPdf } from '../support/read-pdf';
import { toolAvailable } from '../support/tools';
import { sample } from './fixtures';

const bonum = chooseFont('Bookman Old Style');
const bonumInstalled = toolAvailable(bonum.name === 'TeX Gyre Bonum', `TeX Gyre Bonum is not installed (${bonum.reason}): its checks`);

test('the bundled Noto Serif when forced, whatever the office typeface', () => {
  for (const family of ['Bookman Old Style', 'Arial', 'Comic Sans']) {
    const choice = chooseFont(family, { bundled: true });
    expect(choice.name).toBe('Noto Serif');
    expect(Object.values(choice.files).every((file) => fs.existsSync(file))).toBe(true);
  }
});

test(`${FONT_ENV}=bundled forces the bundled typeface too`, () => {
  const saved = process.env[FONT_ENV];
  process.env[FONT_ENV] = 'bundled';
  try {
    expect(chooseFont('Bookman Old Style').name).toBe('Noto Serif');
  } finally {
    if (saved === undefined) delete process.env[FONT_ENV];
    else process.env[FONT_ENV] = saved;
  }
});

test('a typeface without a known free stand-in falls back to the bundled one, saying why', () => {
  const choice = chooseFont('Comic Sans');
  expect(choice.name).toBe('Noto Serif');
  expect(choice.reason).toMatch(/Comic Sans/);
});

test('font files are read once per process', () => {
  const choice = chooseFont('Arial', { bundled: true });
  expect(fontBytes(choice).normal).toBe(fontBytes(choice).normal);
});

(bonumInstalled ? test : test.skip)('Bookman Old Style is set in TeX Gyre Bonum when installed, embedded', async () => {
  for (const family of ['Bookman Old Style', 'Bookman', 'URW Bookman', 'TeX Gyre Bonum']) {
    expect(chooseFont(family).name).toBe('TeX Gyre Bonum');
  }
  const dump = await readPdf(await renderPdf(sample()));
  expect(dump.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
    'TeXGyreBonum-Bold',
    'TeXGyreBonum-Italic',
    'TeXGyreBonum-Regular',
  ]);
  expect(dump.fonts.every((font) => font.embedded)).toBe(true);
});

test('a PDF does not depend on the documents the process rendered before it', async () => {
  const withLine = (text: string) => {
    const doc = sample();
    doc.sections[0].blocks.unshift({ kind: 'paragraph', align: 'left', runs: [{ text }] });
    return doc;
  };
  const decree = withLine('Kafe \u00E9 fiksi \uFB01 efisien');
  let fresh: Buffer | undefined;
  await jest.isolateModulesAsync(async () => {
    const isolated = (await import('../../src/render/pdf')) as typeof import('../../src/render/pdf');
    fresh = await isolated.renderPdf(decree, { bundled: true });
  });
  // The ligature character is the glyph that "fi" shapes to; here it is met before "fi".
  await renderPdf(withLine('\uFB01ksi fiksi \uFB02'), { bundled: true });
  const after = await renderPdf(decree, { bundled: true });
  expect(fresh && after.equals(fresh)).toBe(true);
  const [first] = (await readPdf(after)).pages;
  expect(first.items.map((item) => item.str).join(' ')).toContain('Kafe \u00E9 fiksi');
});
