/** Pixels of rendered PDF pages (poppler's pdftoppm), sampled at positions given in points. */
import { toolAvailable } from '../support/tools';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

export const hasPdftoppm = toolAvailable(!spawnSync('pdftoppm', ['-v']).error, 'pdftoppm (poppler-utils) is not installed: pixel checks of the PDF');

export interface Raster {
  /** Grey level 0 (black) … 255 (white) at a point, measured from the top left of the page. */
  grey(x: number, y: number): number;
}

/** Renders one page (1-based) at `dpi`. */
export function rasterPage(pdf: Buffer, page: number, dpi = 144): Raster {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-pdf-'));
  try {
    const input = path.join(dir, 'in.pdf');
    fs.writeFileSync(input, pdf);
    const output = path.join(dir, 'page');
    const run = spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', input, output]);
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr.toString()}`);
    const png = PNG.sync.read(fs.readFileSync(`${output}.png`));
    const scale = dpi / 72;
    return {
      grey(x, y) {
        const px = Math.min(png.width - 1, Math.max(0, Math.round(x * scale)));
        const py = Math.min(png.height - 1, Math.max(0, Math.round(y * scale)));
        const at = (py * png.width + px) * 4;
        return (png.data[at] + png.data[at + 1] + png.data[at + 2]) / 3;
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The darkest grey along a vertical stretch from y0 to y1 (inclusive), stepping `step` points. */
export function darkestAlong(raster: Raster, x: number, y0: number, y1: number, step = 0.25): number {
  let darkest = 255;
  for (let y = y0; y <= y1; y += step) darkest = Math.min(darkest, raster.grey(x, y));
  return darkest;
}
