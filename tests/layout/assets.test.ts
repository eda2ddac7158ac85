/** The asset stage: the images a layout model names, read once with their type and pixel size. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadImages, readImage } from '../../src/layout/assets';
import { writePng } from '../render-docx/model';
import { sample } from '../render-pdf/fixtures';

/** The smallest JPEG header that names a size: start of image, a JFIF segment and a baseline frame header. */
function jpegHeader(width: number, height: number): Buffer {
  const jfif = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const frame = [0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00];
  return Buffer.from([0xff, 0xd8, ...jfif, ...frame]);
}

describe('readImage', () => {
  it('reads the size of a PNG', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-image-'));
    try {
      const file = path.join(dir, 'a.png');
      writePng(file, 321, 123);
      expect(readImage(fs.readFileSync(file), file)).toMatchObject({ type: 'png', pixelWidth: 321, pixelHeight: 123 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the size of a JPEG from its frame header', () => {
    expect(readImage(jpegHeader(640, 480), 'a.jpg')).toMatchObject({ type: 'jpg', pixelWidth: 640, pixelHeight: 480 });
  });

  it('names the file that is neither', () => {
    expect(() => readImage(Buffer.from('GIF89a'), 'logo.gif')).toThrow('logo.gif: not a PNG or JPEG image');
  });
});

test('every image of a model is read once, with its bytes, before rendering', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-image-'));
  try {
    const file = path.join(dir, 'lambang.png');
    writePng(file, 40, 20);
    const doc = sample();
    const image = { kind: 'image', path: file, width: 72, align: 'center' } as const;
    doc.sections[0].blocks.unshift(image);
    doc.sections[1].blocks.unshift(image);
    const images = loadImages(doc);
    expect([...images.keys()]).toEqual([file]);
    expect(images.get(file)).toEqual({ type: 'png', data: fs.readFileSync(file), pixelWidth: 40, pixelHeight: 20 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
