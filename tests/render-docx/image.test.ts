/** Reading the pixel size of the images the DOCX embeds. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readImageInfo } from '../../src/render/docx-image';
import { writePng } from './model';

/** The smallest JPEG header that names a size: start of image, a JFIF segment and a baseline frame header. */
function jpegHeader(width: number, height: number): Buffer {
  const jfif = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const frame = [0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00];
  return Buffer.from([0xff, 0xd8, ...jfif, ...frame]);
}

describe('readImageInfo', () => {
  it('reads the size of a PNG', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-image-'));
    try {
      const file = path.join(dir, 'a.png');
      writePng(file, 321, 123);
      expect(readImageInfo(fs.readFileSync(file), file)).toEqual({ type: 'png', width: 321, height: 123 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the size of a JPEG from its frame header', () => {
    expect(readImageInfo(jpegHeader(640, 480), 'a.jpg')).toEqual({ type: 'jpg', width: 640, height: 480 });
  });

  it('names the file that is neither', () => {
    expect(() => readImageInfo(Buffer.from('GIF89a'), 'logo.gif')).toThrow('logo.gif: not a PNG or JPEG image');
  });
});
