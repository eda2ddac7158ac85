/** Builds many decree files at once, across the machine's cores, continuing past a bad file. */
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
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
 * Decrees a worker process builds before a fresh one takes over: caches grow with every decree, and a
 * new process (about half a second to start) keeps each one's memory bounded.
 */
const DECREES_PER_WORKER = 40;

/**
 * Builds the files on up to one worker process per core; each worker loads fonts and templates once and
 * builds file after file. Processes rather than threads, so that each one's memory stays its own and
 * bounded. `onDone` is called as each file finishes.
 */
export async function buildMany(files: string[], options: BuildOptions, onDone: (outcome: BuildOutcome) => void): Promise<BuildOutcome[]> {
  const outcomes = new Map<string, BuildOutcome>();
  const finish = (outcome: BuildOutcome) => {
    outcomes.set(outcome.file, outcome);
    onDone(outcome);
  };
  const workerCount = Math.min(files.length, os.availableParallelism());
  if (workerCount <= 1) {
    for (const file of files) finish(await buildOutcome(file, options));
  } else {
    let next = 0;
    const take = () => (next < files.length ? files[next++] : undefined);
    // Each lane keeps one worker busy, and starts a new one when a worker retires or dies while files remain.
    const lane = async () => {
      while (next < files.length) await runWorker(options, take, finish);
    };
    await Promise.all(Array.from({ length: workerCount }, lane));
  }
  return files.map((file) => outcomes.get(file)!);
}

/** One worker process, fed with files until it has built its share or none are left; a death fails only the file it held. */
function runWorker(options: BuildOptions, take: () => string | undefined, finish: (outcome: BuildOutcome) => void): Promise<void> {
  const worker = fork(path.join(__dirname, 'batch-worker.js'), [JSON.stringify(options)], { serialization: 'advanced' });
  let given = 0;
  return new Promise<void>((resolve, reject) => {
    let current: string | undefined;
    const give = () => {
      current = given++ < DECREES_PER_WORKER ? take() : undefined;
      if (current) worker.send(current);
      else worker.disconnect();
    };
    worker.on('message', (outcome: BuildOutcome) => {
      current = undefined;
      finish(outcome);
      give();
    });
    worker.on('error', reject);
    worker.on('exit', (code, signal) => {
      if (current) finish({ file: current, written: [], problems: [{ file: current, key: 'internal-error', detail: `worker ${signal ?? `exit ${code}`}` }] });
      resolve();
    });
    give();
  });
}
