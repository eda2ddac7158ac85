/** A QR code of the layout model as a black-and-white PNG, for formats that place pictures (DOCX). */
import { PNG } from 'pngjs';
import { QR_QUIET_ZONE, type QrCode } from '../layout/model';

/** Pixels per module: sharp when Word scales the picture to its printed size. */
const PIXELS_PER_MODULE = 8;

export function qrPng(qr: QrCode): Buffer {
  const modules = qr.modules.length + 2 * QR_QUIET_ZONE;
  const side = modules * PIXELS_PER_MODULE;
  const png = new PNG({ width: side, height: side, colorType: 0, inputColorType: 0, bitDepth: 8, inputHasAlpha: false });
  for (let y = 0; y < side; y++) {
    const row = qr.modules[Math.floor(y / PIXELS_PER_MODULE) - QR_QUIET_ZONE];
    for (let x = 0; x < side; x++) {
      const dark = row?.[Math.floor(x / PIXELS_PER_MODULE) - QR_QUIET_ZONE] === '1';
      png.data[y * side + x] = dark ? 0 : 255;
    }
  }
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}

