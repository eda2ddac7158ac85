/**
 * The asset stage: the bytes and pixel size of every image a layout model names, read once before
 * rendering, so that renderers read no files and both formats draw the same bytes.
 */
import { readFileSync } from 'node:fs';
import type { ImageAsset, ImageAssets, LayoutDocument } from './model';

export function loadImages(doc: LayoutDocument): ImageAssets {
  const images = new Map<string, ImageAsset>();
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'image' && !images.has(block.path)) images.set(block.path, readImage(readFileSync(block.path), block.path));
    }
  }
  return images;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What a file's first bytes say it is: the PNG signature, or a JPEG's start-of-image marker. */
export function imageTypeOf(head: Buffer): ImageAsset['type'] | undefined {
  if (head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8) return 'jpg';
  return undefined;
}

/** An image's type and pixel size, read from its header, so that it keeps its aspect ratio. */
export function readImage(data: Buffer, source: string): ImageAsset {
  const type = imageTypeOf(data);
  if (type === 'png') {
    // The IHDR chunk comes first: length, "IHDR", width, height.
    return { type: 'png', data, pixelWidth: data.readUInt32BE(16), pixelHeight: data.readUInt32BE(20) };
  }
  if (type === 'jpg') return { type, data, ...readJpegSize(data, source) };
  throw new Error(`${source}: not a PNG or JPEG image`);
}

/** Walks the JPEG segments up to the start-of-frame marker, which holds the size. */
function readJpegSize(data: Buffer, source: string): { pixelWidth: number; pixelHeight: number } {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) break;
    const marker = data[offset + 1];
    // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { pixelHeight: data.readUInt16BE(offset + 5), pixelWidth: data.readUInt16BE(offset + 7) };
    offset += 2 + data.readUInt16BE(offset + 2);
  }
  throw new Error(`${source}: JPEG without a frame header`);
}
