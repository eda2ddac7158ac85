/** The QR code of a text as modules for the layout model (package `qrcode`). */
import QRCode from 'qrcode';
import type { QrCode } from '../layout/model';

/** Error correction M: a printed and stamped page may lose some of the code and still be read. */
export function qrCode(text: string, size: number): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows = Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, column) => (modules.get(row, column) ? '1' : '0')).join(''));
  return { text, size, modules: rows };
}
