import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { chooseFont, fontBytes } from '../../src/layout/fonts';
import { markLines } from '../../src/sign/sign';

/** The area `build` leaves beside the QR code (70 × 28 mm less the code). */
const FIELD = { width: 121.56, height: 79.37 };
const SIGNED = 'Ditandatangani secara elektronik oleh';
const WHEN = 'pada 3 Desember 2026 16:09 (UTC+08:00)';

async function notoSerif(): Promise<PDFFont> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  return doc.embedFont(fontBytes(chooseFont('Noto Serif', { bundled: true })).normal);
}

/** The mark's lines for `name`: every word there, none cut, each line inside the frame, all of them within its height. */
async function markOf(name: string): Promise<number> {
  const font = await notoSerif();
  const texts = [SIGNED, name, WHEN];
  const { size, lines } = markLines(font, texts, FIELD);
  const padding = 0.8 * size;
  expect(lines.join(' ')).toBe(texts.join(' '));
  expect(2 * padding + size + (lines.length - 1) * 1.3 * size).toBeLessThanOrEqual(FIELD.height);
  for (const line of lines) expect(font.widthOfTextAtSize(line, size)).toBeLessThanOrEqual(FIELD.width - 2 * padding);
  return size;
}

describe('the visible mark of the signature', () => {
  test('says in full who signed and when, inside the frame, in 8-point type', async () => {
    expect(await markOf('Denny Saputra')).toBe(8);
  });

  test('a long name goes on more lines, in a smaller size, still whole and inside the frame', async () => {
    expect(await markOf('Prof. Dr. Hj. Siti Nurhaliza Binti Abdullah Rahmawati Kusumaningrum, S.H., M.H.')).toBeLessThan(8);
  });
});
