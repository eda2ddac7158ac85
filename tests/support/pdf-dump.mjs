// Prints what a reader of a PDF sees as JSON: metadata, pages with positioned text, fonts.
// Usage: node tests/support/pdf-dump.mjs FILE.pdf   (or the PDF on stdin when FILE is omitted or "-")
// Lives outside jest because pdfjs-dist is ESM only; tests/support/read-pdf.ts runs it.
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const file = process.argv[2];
const data = new Uint8Array(file && file !== '-' ? fs.readFileSync(file) : fs.readFileSync(0));
const pdf = await getDocument({ data, fontExtraProperties: true, isEvalSupported: false, verbosity: 0 }).promise;

const { info } = await pdf.getMetadata();
const pages = [];
const fonts = new Map();
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // The operator list loads the page's fonts, which tells their real names and whether they are embedded.
  await page.getOperatorList();
  const items = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    const font = page.commonObjs.has(item.fontName) ? page.commonObjs.get(item.fontName) : undefined;
    const fontName = font?.name ?? item.fontName;
    if (font) fonts.set(fontName, { name: fontName, embedded: !font.missingFile });
    items.push({
      str: item.str,
      x,
      y,
      width: item.width,
      height: item.height,
      fontName,
      fontSize: Math.hypot(item.transform[2], item.transform[3]),
    });
  }
  pages.push({ width: viewport.width, height: viewport.height, items, lines: visualLines(items) });
}
process.stdout.write(JSON.stringify({ info, pages, fonts: [...fonts.values()] }));

/** Items on the same baseline (within 2 pt), top to bottom, each line's text left to right. */
function visualLines(items) {
  const lines = [];
  for (const item of [...items].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) < 2);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines.map((line) =>
    line.items
      .sort((a, b) => a.x - b.x)
      .map((item) => item.str.trim())
      .join(' ')
      .replace(/\s+/g, ' '),
  );
}
