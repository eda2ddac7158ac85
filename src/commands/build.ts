/** One decree file through the whole pipeline: load → validate → check → compose → render → write. */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkDecree, type Finding } from '../check';
import { composeDecree, type Variant } from '../compose/compose';
import { loadYamlFile, type LoadedSource } from '../data/load';
import type { Decree } from '../data/schema';
import { validateDecree } from '../data/validate';
import { loadImages } from '../layout/assets';
import { outputBaseName, writeFilesAtomically } from '../output/files';
import type { ProblemKey } from '../problems/messages';
import { NaskahError } from '../problems/problem';
import { ownFile } from '../own-files';
import { renderDocx } from '../render/docx';
import { renderPdfPlaced } from '../render/pdf/index';
import { signatureAreas } from '../sign/area';

export interface BuildOptions {
  variants: Variant[];
  outDir: string;
  draft?: boolean;
  /** PDF/A-2b whatever the office's setting. */
  archival?: boolean;
  /** Build a final decree although its check finds errors (`--abaikan-periksa`); the documents record it. */
  ignoreCheck?: boolean;
  /**
   * Check a final decree in a thread of its own while rendering it, for one build on an otherwise idle
   * machine (a batch keeps every core busy already). Not with ignoreCheck: the documents need the count.
   */
  checkInThread?: boolean;
}

interface BuildResult {
  written: string[];
  /** What the check found in a final decree: warnings, and the errors an override let through. */
  findings: Finding[];
}

/** A decree whose check found errors, so it was not built (or finalised): nothing was written. */
export class CheckFailed extends NaskahError {
  constructor(
    file: string,
    readonly findings: Finding[],
    key: ProblemKey = 'check-failed',
  ) {
    super([{ file, key, found: String(errorCount(findings)) }]);
  }
}

export function errorCount(findings: Finding[]): number {
  return findings.filter((finding) => finding.severity === 'error').length;
}

/** The output path of one variant, without its extension. */
export function outputBase(decree: Decree, variant: Variant, options: BuildOptions): string {
  return path.join(options.outDir, outputBaseName(decree, options.draft ? `${variant}-konsep` : variant));
}

export async function buildDecreeFile(dataFile: string, options: BuildOptions): Promise<BuildResult> {
  const source = loadYamlFile(dataFile);
  const decree = validateDecree(source, { draft: options.draft });
  if (!options.draft && options.checkInThread && !options.ignoreCheck) {
    const checking = checkInThread(source, decree);
    const rendering = renderFiles(decree, dataFile, options, 0).then(
      (files) => ({ files }),
      (error: unknown) => ({ error }),
    );
    // The check's errors refuse the build before anything is written, and before any problem of rendering, as when it ran first.
    const findings = await checking;
    if (errorCount(findings) > 0) throw new CheckFailed(dataFile, findings);
    const rendered = await rendering;
    if ('error' in rendered) throw rendered.error;
    writeFilesAtomically(rendered.files);
    return { written: rendered.files.map((file) => file.target), findings };
  }
  // A draft is for reading and correcting; an original or a copy must pass the check first (the
  // studio's final build is this one too).
  const findings = options.draft ? [] : checkDecree(source, decree);
  const errors = errorCount(findings);
  if (errors > 0 && !options.ignoreCheck) throw new CheckFailed(dataFile, findings);
  const files = await renderFiles(decree, dataFile, options, errors);
  // Everything is rendered before anything is written, so a failure leaves earlier outputs as they were.
  writeFilesAtomically(files);
  return { written: files.map((file) => file.target), findings };
}

/** The documents of every variant, in memory; `checkIgnored`: the check's errors an override let through. */
async function renderFiles(decree: Decree, dataFile: string, options: BuildOptions, checkIgnored: number): Promise<{ target: string; bytes: Buffer }[]> {
  const files: { target: string; bytes: Buffer }[] = [];
  for (const variant of options.variants) {
    const layout = composeDecree(decree, { variant, draft: options.draft, dataFile, ...(options.archival && { archival: true }), ...(checkIgnored > 0 && { checkIgnored }) });
    const base = outputBase(decree, variant, options);
    const images = loadImages(layout);
    const [docx, pdf] = await Promise.all([renderDocx(layout, { images }), renderPdfPlaced(layout, { images })]);
    files.push({ target: `${base}.docx`, bytes: docx }, { target: `${base}.pdf`, bytes: pdf.bytes });
    // Where a signing client stamps the electronic signature, so that nobody has to measure it.
    if (pdf.signatureAreas.length > 0) files.push({ target: `${base}.tte.json`, bytes: Buffer.from(`${JSON.stringify(signatureAreas(pdf.signatureAreas), null, 2)}\n`) });
  }
  return files;
}

/** checkDecree's findings on the file's text, from a thread of its own (src/check/thread.ts, bundled beside the command line). */
function checkInThread(source: LoadedSource, decree: Decree): Promise<Finding[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ownFile('dist', 'bundle', 'check-thread.js'), { workerData: { file: source.file, text: source.text, decree } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the check's thread stopped (exit code ${code}) without findings`)));
  });
}
