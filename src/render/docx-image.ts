/** The pixel size and type of a PNG or JPEG file, read from its header, so an image keeps its aspect ratio. */

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function readImageInfo(data: Buffer, source: string): ImageInfo {
  if (data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    // The IHDR chunk comes first: length, "IHDR", width, height.
    return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) return { type: 'jpg', ...readJpegSize(data, source) };
  throw new Error(`${source}: not a PNG or JPEG image`);
}

/** Walks the JPEG segments up to the start-of-frame marker, which holds the size. */
function readJpegSize(data: Buffer, source: string): { width: number; height: number } {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) break;
    const marker = data[offset + 1];
    // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    offset += 2 + data.readUInt16BE(offset + 2);
  }
  throw new Error(`${source}: JPEG without a frame header`);
}
