/** One decree file through the whole pipeline: load → validate → check → compose → render → write. */
import path from 'node:path';
import { checkDecree, type Finding } from '../check';
import { composeDecree, type Variant } from '../compose/compose';
import { loadYamlFile } from '../data/load';
import type { Decree } from '../data/schema';
import { validateDecree } from '../data/validate';
import { NaskahError, type Problem } from '../problems/problem';
import { statSync } from 'node:fs';
import { outputBaseName, writeFilesAtomically, type WriteError } from '../output/files';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';

export interface BuildOptions {
  variants: Variant[];
  outDir: string;
  draft?: boolean;
  /** Build a final decree although its check finds errors (`--abaikan-periksa`); the documents record it. */
  ignoreCheck?: boolean;
}

export interface BuildResult {
  written: string[];
  /** What the check found in a final decree: warnings, and the errors an override let through. */
  findings: Finding[];
}

/** A final decree whose check found errors: nothing was written. */
export class CheckFailed extends NaskahError {
  constructor(
    file: string,
    readonly findings: Finding[],
    key = 'check-failed',
  ) {
    super([{ file, key, found: String(errorCount(findings)) }]);
  }
}

export function errorCount(findings: Finding[]): number {
  return findings.filter((finding) => finding.severity === 'error').length;
}

/** Why an output could not be written, naming the file when one file failed (a locked PDF) and the folder otherwise. */
function writeProblem(error: WriteError, outDir: string): Problem {
  const code = error.code ?? String(error);
  if (code === 'ENOSPC') return { file: error.target ?? outDir, key: 'disk-full', detail: code };
  // Only a file that exists can be locked; a folder that cannot be written fails on a new file too.
  const existing = error.target && statSync(error.target, { throwIfNoEntry: false })?.isFile();
  if (existing && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) return { file: error.target!, key: 'output-locked', detail: code };
  return { file: outDir, key: 'output-unwritable', detail: code };
}

/** The output path of one variant, without its extension. */
export function outputBase(decree: Decree, variant: Variant, options: BuildOptions): string {
  return path.join(options.outDir, outputBaseName(decree, options.draft ? `${variant}-konsep` : variant));
}

export async function buildDecreeFile(dataFile: string, options: BuildOptions): Promise<BuildResult> {
  const source = loadYamlFile(dataFile);
  const decree = validateDecree(source, { draft: options.draft });
  // A draft is for reading and correcting; an original or a copy must pass the check first.
  const findings = options.draft ? [] : checkDecree(source, decree);
  const errors = errorCount(findings);
  if (errors > 0 && !options.ignoreCheck) throw new CheckFailed(dataFile, findings);
  const files: { target: string; bytes: Buffer }[] = [];
  for (const variant of options.variants) {
    const layout = composeDecree(decree, { variant, draft: options.draft, dataFile, ...(errors > 0 && { checkIgnored: errors }) });
    const base = outputBase(decree, variant, options);
    const [docx, pdf] = await Promise.all([renderDocx(layout), renderPdf(layout)]);
    files.push({ target: `${base}.docx`, bytes: docx }, { target: `${base}.pdf`, bytes: pdf });
  }
  // Everything is rendered before anything is written, so a failure leaves earlier outputs as they were.
  try {
    writeFilesAtomically(files);
  } catch (error) {
    throw new NaskahError([writeProblem(error as WriteError, options.outDir)]);
  }
  return { written: files.map((file) => file.target), findings };
}
