/** One decree file through the whole pipeline: load → validate → check → compose → render → write. */
import path from 'node:path';
import { checkDecree, type Finding } from '../check';
import { composeDecree, type Variant } from '../compose/compose';
import { loadYamlFile, type LoadedSource } from '../data/load';
import type { Decree } from '../data/schema';
import { validateDecree } from '../data/validate';
import { loadImages } from '../layout/assets';
import { outputBaseName, writeFilesAtomically } from '../output/files';
import type { ProblemKey } from '../problems/messages';
import { NaskahError } from '../problems/problem';
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

/**
 * The check's findings on a decree about to be built; CheckFailed when it finds errors the options do not
 * let through. A draft is for reading and correcting; an original or a copy must pass the check first
 * (the studio's final build is this one too).
 */
function passCheck(dataFile: string, source: LoadedSource, decree: Decree, options: BuildOptions): Finding[] {
  if (options.draft) return [];
  const findings = checkDecree(source, decree);
  if (errorCount(findings) > 0 && !options.ignoreCheck) throw new CheckFailed(dataFile, findings);
  return findings;
}

/** The check of a data file as its build would run it, for a caller that builds the file elsewhere (the batch's workers). */
export function checkDataFile(dataFile: string, options: BuildOptions): Finding[] {
  const source = loadYamlFile(dataFile);
  return passCheck(dataFile, source, validateDecree(source, { draft: options.draft }), options);
}

/** Builds a data file; `checked`: the findings of its check when checkDataFile has run it already. */
export async function buildDecreeFile(dataFile: string, options: BuildOptions, checked?: Finding[]): Promise<BuildResult> {
  const source = loadYamlFile(dataFile);
  const decree = validateDecree(source, { draft: options.draft });
  const findings = checked ?? passCheck(dataFile, source, decree, options);
  const errors = errorCount(findings);
  const files: { target: string; bytes: Buffer }[] = [];
  for (const variant of options.variants) {
    const layout = composeDecree(decree, { variant, draft: options.draft, dataFile, ...(options.archival && { archival: true }), ...(errors > 0 && { checkIgnored: errors }) });
    const base = outputBase(decree, variant, options);
    const images = loadImages(layout);
    // The DOCX breaks its tables where the PDF's pages do, so the PDF is laid out first.
    const pdf = await renderPdfPlaced(layout, { images });
    const docx = await renderDocx(layout, { images, tableBreaks: pdf.tableBreaks });
    files.push({ target: `${base}.docx`, bytes: docx }, { target: `${base}.pdf`, bytes: pdf.bytes });
    // Where a signing client stamps the electronic signature, so that nobody has to measure it.
    if (pdf.signatureAreas.length > 0) files.push({ target: `${base}.tte.json`, bytes: Buffer.from(`${JSON.stringify(signatureAreas(pdf.signatureAreas), null, 2)}\n`) });
  }
  // Everything is rendered before anything is written, so a failure leaves earlier outputs as they were.
  writeFilesAtomically(files);
  return { written: files.map((file) => file.target), findings };
}
