/**
 * Visual regression: every page of the sample decrees (the schedule as original, copy and draft, a name
 * table, a guideline, a decree without appendix, signed in ink and electronically) and of the layout stress file,
 * rendered to PNG, is compared with an approved image within a small pixel tolerance. After a deliberate
 * layout change, approve the new pages with `NASKAH_APPROVE=1 npx jest tests/visual` and commit them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { composeDecree, type Variant } from '../../src/compose/compose';
import { loadYamlFile } from '../../src/data/load';
import type { Decree } from '../../src/data/schema';
import { validateDecree } from '../../src/data/validate';
import { renderPdf } from '../../src/render/pdf';
import { toolAvailable } from '../support/tools';

const REPO = path.join(__dirname, '..', '..');
const APPROVED = path.join(__dirname, 'approved');
const APPROVE = process.env.NASKAH_APPROVE === '1';
/** Share of a page's pixels that may differ (anti-aliasing, font hinting of another poppler). */
const TOLERANCE = 0.002;
const DPI = 40;

/** An office that signs electronically, prints the verification QR code and the sentence in every page's footer. */
const ELECTRONIC: Decree['kantor']['tte'] = { tanda_tangan: 'elektronik', verifikasi: 'https://jdih.kpu.go.id/verifikasi/{tahun}/{nomor}', salinan: 'pengesahan', keterangan: 'kaki_halaman' };

const CASES: { name: string; file: string; variant: Variant; draft?: boolean; tte?: Decree['kantor']['tte'] }[] = [
  { name: 'sample-asli', file: 'data/kpu-sumbawa-barat/2022-035.yaml', variant: 'asli' },
  { name: 'sample-konsep', file: 'data/kpu-sumbawa-barat/2022-035.yaml', variant: 'asli', draft: true },
  { name: 'sample-salinan', file: 'data/kpu-sumbawa-barat/2022-035.yaml', variant: 'salinan' },
  { name: 'stress-salinan', file: 'tests/fixtures/data/stress.yaml', variant: 'salinan' },
  { name: 'pps-asli', file: 'data/kpu-sumbawa/2024-104-pps.yaml', variant: 'asli' },
  { name: 'pedoman-asli', file: 'data/kpu-sumbawa-barat/2023-012-pedoman.yaml', variant: 'asli' },
  { name: 'tanpa-lampiran-asli', file: 'data/kpu-sumbawa-barat/2023-031-paw-ppk.yaml', variant: 'asli' },
  { name: 'tanpa-lampiran-tte-asli', file: 'data/kpu-sumbawa-barat/2023-031-paw-ppk.yaml', variant: 'asli', tte: ELECTRONIC },
];

const hasPdftoppm = toolAvailable(spawnSync('pdftoppm', ['-v']).error === undefined, 'pdftoppm (poppler-utils) is not installed: visual regression');
const maybe = hasPdftoppm ? describe : describe.skip;

/** The pages of a PDF as PNG files, in order. */
function rasterise(pdf: Buffer): Buffer[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-visual-'));
  writeFileSync(path.join(dir, 'doc.pdf'), pdf);
  const run = spawnSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', 'doc.pdf', 'page'], { cwd: dir });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name)));
  rmSync(dir, { recursive: true, force: true });
  return pages;
}

function differingShare(actual: Buffer, approved: Buffer): number {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(approved);
  if (a.width !== b.width || a.height !== b.height) return 1;
  return pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 }) / (a.width * a.height);
}

maybe('every page looks as approved', () => {
  test.each(CASES)('$name', async ({ name, file, variant, draft, tte }) => {
    const dataFile = path.join(REPO, file);
    const decree = validateDecree(loadYamlFile(dataFile));
    if (tte) decree.kantor.tte = tte;
    const layout = composeDecree(decree, { variant, draft, dataFile });
    const pages = rasterise(await renderPdf(layout, { bundled: true }));
    const approvedName = (page: number) => path.join(APPROVED, `${name}-${String(page + 1).padStart(2, '0')}.png`);
    if (APPROVE) {
      mkdirSync(APPROVED, { recursive: true });
      for (const old of readdirSync(APPROVED).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(APPROVED, old));
      pages.forEach((png, page) => writeFileSync(approvedName(page), png));
    }
    const approvedCount = readdirSync(APPROVED).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f)).length;
    expect(pages.length).toBe(approvedCount);
    pages.forEach((png, page) => {
      const approved = approvedName(page);
      expect(existsSync(approved)).toBe(true);
      const share = differingShare(png, readFileSync(approved));
      if (share > TOLERANCE) writeFileSync(path.join(os.tmpdir(), path.basename(approved).replace('.png', '-actual.png')), png);
      expect({ page: page + 1, share: share > TOLERANCE ? share : 0 }).toEqual({ page: page + 1, share: 0 });
    });
    // A name table of some 20 pages is laid out several times over: slow on a busy machine.
  }, 600_000);
});
