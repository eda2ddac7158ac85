/**
 * Build step: bundles the command line (dist/cli/main.js) into one file, dist/bundle/cli.js, and makes its
 * V8 code cache by building the sample decree once through the launcher.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ownFile } from '../own-files';

const SAMPLE = ownFile('data', 'kpu-sumbawa-barat', '2022-035.yaml');

buildSync({
  entryPoints: [ownFile('dist', 'cli', 'main.js')],
  outfile: ownFile('dist', 'bundle', 'cli.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  // ESM-only or browser-driving packages, and those of commands other than build (signing, the studio, import,
  // check), stay separate modules, loaded only by the commands that use them: every start reads the whole bundle.
  external: [
    'pdfjs-dist', 'playwright-core', 'node-forge', 'pdf-lib', '@pdf-lib/*', '@signpdf/*', 'hono', '@hono/*', 'papaparse', 'fflate', 'nspell',
  ],
  alias: { 'tiny-inflate': ownFile('dist', 'cli', 'inflate.js'), 'brotli/decompress.js': ownFile('dist', 'cli', 'brotli.js') },
  logLevel: 'error',
});

// pdfkit reads its sRGB profile (the output intent of PDF/A) from data/ beside its own code, which is now the bundle.
mkdirSync(ownFile('dist', 'bundle', 'data'), { recursive: true });
copyFileSync(require.resolve('pdfkit/js/data/sRGB_IEC61966_2_1.icc'), ownFile('dist', 'bundle', 'data', 'sRGB_IEC61966_2_1.icc'));

const scratch = mkdtempSync(path.join(os.tmpdir(), 'naskah-cache-'));
try {
  const run = spawnSync(process.execPath, [ownFile('dist', 'cli', 'launch.js'), 'build', SAMPLE, '--asli', '--salinan', '--out', scratch], {
    env: { ...process.env, NASKAH_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`building the sample for the code cache failed:\n${run.stderr}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
