/** Builds many decree files at once, across the machine's cores, continuing past a bad file. */
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildDecreeFile, type BuildOptions } from './build';
import { NaskahError, type Problem } from './errors';

export interface BuildOutcome {
  file: string;
  written: string[];
  problems: Problem[];
}

/** The data files named, with folders searched (recursively) for .yaml and .yml files, in a stable order. */
export function collectDataFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      // A missing input is reported by the build of that file, in the user's terms.
    }
    if (!isFolder) return [input];
    const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort()
      .map((name) => path.join(input, name));
    // A folder without data files is reported by the build of the folder itself ("this is a folder").
    return found.length > 0 ? found : [input];
  });
}

/** One file's build, turning every failure into problems: a bug in one file must not stop the others. */
export async function buildOutcome(file: string, options: BuildOptions): Promise<BuildOutcome> {
  try {
    return { file, written: await buildDecreeFile(file, options), problems: [] };
  } catch (error) {
    const problems = error instanceof NaskahError ? error.problems : [{ file, key: 'internal-error', detail: error instanceof Error ? error.message : String(error) }];
    return { file, written: [], problems };
  }
}

/**
 * Builds the files on up to one worker per core; each worker loads fonts and templates once and builds
 * file after file. `onDone` is called as each file finishes.
 */
export async function buildMany(files: string[], options: BuildOptions, onDone: (outcome: BuildOutcome) => void): Promise<BuildOutcome[]> {
  const workerCount = Math.min(files.length, os.availableParallelism());
  if (workerCount <= 1) {
    const outcomes: BuildOutcome[] = [];
    for (const file of files) {
      const outcome = await buildOutcome(file, options);
      onDone(outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  }
  const outcomes = new Map<string, BuildOutcome>();
  let next = 0;
  await Promise.all(
    Array.from({ length: workerCount }, () => {
      const worker = new Worker(path.join(__dirname, 'batch-worker.js'), { workerData: options });
      return new Promise<void>((resolve, reject) => {
        const give = () => (next < files.length ? worker.postMessage(files[next++]) : void worker.terminate().then(() => resolve()));
        worker.on('message', (outcome: BuildOutcome) => {
          outcomes.set(outcome.file, outcome);
          onDone(outcome);
          give();
        });
        worker.on('error', reject);
        give();
      });
    }),
  );
  return files.map((file) => outcomes.get(file)!);
}
