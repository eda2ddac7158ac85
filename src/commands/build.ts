/** One decree file through the whole pipeline: load → validate → compose → render → write. */
import path from 'node:path';
import { composeDecree, type Variant } from '../compose/compose';
import { loadYamlFile } from '../data/load';
import { validateDecree } from '../data/validate';
import { outputBaseName, writeFilesAtomically } from '../output/files';
import { renderDocx } from '../render/docx';
import { renderPdfPlaced } from '../render/pdf/index';
import { stampArea } from '../sign/area';

export interface BuildOptions {
  variants: Variant[];
  outDir: string;
  draft?: boolean;
  /** PDF/A-2b whatever the office's setting. */
  archival?: boolean;
}

export async function buildDecreeFile(dataFile: string, options: BuildOptions): Promise<string[]> {
  const decree = validateDecree(loadYamlFile(dataFile), { draft: options.draft });
  const files: { target: string; bytes: Buffer }[] = [];
  for (const variant of options.variants) {
    const layout = composeDecree(decree, { variant, draft: options.draft, dataFile, ...(options.archival ? { archival: true } : {}) });
    const base = path.join(options.outDir, outputBaseName(decree, options.draft ? `${variant}-konsep` : variant));
    const [docx, pdf] = await Promise.all([renderDocx(layout), renderPdfPlaced(layout)]);
    files.push({ target: `${base}.docx`, bytes: docx }, { target: `${base}.pdf`, bytes: pdf.bytes });
    // Where a signing client stamps the electronic signature, so that nobody has to measure it.
    if (pdf.signatureArea) files.push({ target: `${base}.tte.json`, bytes: Buffer.from(`${JSON.stringify(stampArea(pdf.signatureArea), null, 2)}
`) });
  }
  // Everything is rendered before anything is written, so a failure leaves earlier outputs as they were.
  writeFilesAtomically(files);
  return files.map((file) => file.target);
}
