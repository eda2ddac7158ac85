/** Builds many decree files at once, across the machine's cores, continuing past a bad file. */
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { ownFile } from '../own-files';
import { buildDecreeFile, CheckFailed, checkDataFile, outputBase, type BuildOptions } from './build';
import type { Finding } from '../check';
import { loadYamlFile } from '../data/load';
import { validateDecree } from '../data/validate';
import { OFFICE_TEMPLATE_SUFFIX } from '../compose/template';
import { NaskahError, type Problem } from '../problems/problem';
import { REGISTER_FILE } from '../register/register';

interface BuildOutcome {
  file: string;
  written: string[];
  problems: Problem[];
  /** The check's findings on a final decree, printed before the problems. */
  findings: Finding[];
}

/** A data file the batch has checked, with the findings a worker builds it with. */
export interface Checked {
  file: string;
  findings: Finding[];
}

/** The data files named, with folders searched (recursively) for .yaml and .yml files but not office templates, in a stable order. */
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
      // The register of numbers and an office's templates live among the data files but are not decrees.
      .filter((name) => /\.ya?ml$/i.test(name) && path.basename(name) !== REGISTER_FILE && !name.toLowerCase().endsWith(OFFICE_TEMPLATE_SUFFIX))
      .sort()
      .map((name) => path.join(input, name));
    // A folder without data files is reported by the build of the folder itself ("this is a folder").
    return found.length > 0 ? found : [input];
  });
}

/**
 * Data files that would write the same output file (two decrees of one office with the same number):
 * found before anything is built, so that no decree replaces another's documents. A file that does not
 * load is left to its own build to report.
 */
export function findOutputClashes(files: string[], options: BuildOptions): Problem[] {
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    let bases: string[];
    try {
      const decree = validateDecree(loadYamlFile(file), { draft: options.draft });
      bases = options.variants.map((variant) => outputBase(decree, variant, options));
    } catch {
      continue;
    }
    const taken = bases.find((base) => owners.has(base) && owners.get(base) !== file);
    if (taken) problems.push({ file, key: 'same-output', found: owners.get(taken), detail: `${taken}.pdf` });
    else for (const base of bases) owners.set(base, file);
  }
  return problems;
}

/**
 * One file's build, turning every failure into problems: a bug in one file must not stop the others.
 * `checked`: the findings of its check, when the batch has run it already.
 */
export async function buildOutcome(file: string, options: BuildOptions, checked?: Finding[]): Promise<BuildOutcome> {
  try {
    return { file, problems: [], ...(await buildDecreeFile(file, options, checked)) };
  } catch (error) {
    return failedOutcome(file, error);
  }
}

function failedOutcome(file: string, error: unknown): BuildOutcome {
  const problems: Problem[] = error instanceof NaskahError ? error.problems : [{ file, key: 'internal-error', detail: error instanceof Error ? error.message : String(error) }];
  return { file, written: [], problems, findings: error instanceof CheckFailed ? error.findings : [] };
}

/**
 * The heap of a worker process, in MB: a decree of the usual size needs far less, and V8 left
 * to itself lets garbage pile up to several times that before collecting it. Most of it is
 * given from the start, so that the worker does not collect garbage over and over on its way up;
 * a smaller young generation than V8's default keeps the whole process under 200 MB.
 */
const WORKER_HEAP_MB = 144;
const WORKER_INITIAL_HEAP_SHARE = 0.6;
const WORKER_YOUNG_GENERATION_MB = 12;
/** Lets a test make every capped worker fail, to exercise the retry. */
const WORKER_HEAP_ENV = 'NASKAH_WORKER_HEAP_MB';

/**
 * Builds the files on up to one worker process per core; each worker loads fonts and templates once and
 * builds file after file. Processes rather than threads, so that each one's memory stays its own and
 * bounded. A file whose worker dies (out of memory on a very large decree, or a crash) is built once
 * more by a worker without the heap limit, and fails only if that one dies too. `onDone` is called as
 * each file finishes.
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
    const heapMb = Number(process.env[WORKER_HEAP_ENV]) || WORKER_HEAP_MB;
    const retry: Checked[] = [];
    const pending = [...files];
    // The check runs here as each file is handed out, not in the workers: then only this process loads
    // the spelling dictionary (some 23 MB) rather than every worker. A file that fails it is done here.
    const checkNext = (): Checked | undefined => {
      for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
        try {
          return { file, findings: checkDataFile(file, options) };
        } catch (error) {
          finish(failedOutcome(file, error));
        }
      }
      return undefined;
    };
    // While the workers build, the next files are checked, so that no worker waits for a check.
    const ready: Checked[] = [];
    const checkAhead = () =>
      setImmediate(() => {
        while (ready.length < workerCount) {
          const next = checkNext();
          if (!next) break;
          ready.push(next);
        }
      });
    const take = () => {
      const next = ready.shift() ?? checkNext();
      checkAhead();
      return next;
    };
    // Each lane keeps one worker busy, and starts a new one when its worker dies while files remain.
    const lane = async () => {
      while (pending.length > 0 || ready.length > 0) await runWorker(options, heapMb, take, finish, (checked) => retry.push(checked));
    };
    await Promise.all(Array.from({ length: workerCount }, lane));
    const retried = () => retry.shift();
    while (retry.length > 0) await runWorker(options, undefined, retried, finish, ({ file }, how) => finish(workerDied(file, how)));
  }
  return files.map((file) => outcomes.get(file)!);
}

function workerDied(file: string, how: string): BuildOutcome {
  return { file, written: [], problems: [{ file, key: 'internal-error', detail: `worker ${how}` }], findings: [] };
}

/** The worker processes running, so that an interrupted batch can stop them. */
const running = new Set<ChildProcess>();

/** Stops every worker at once (Ctrl-C): a file being written stays the earlier one or becomes the new one. */
export function stopWorkers(): void {
  for (const worker of running) worker.kill();
}

/**
 * One worker process, with a heap of `heapMb` (or V8's default), fed with files until none are left;
 * `onDeath` gets the file it held when it died.
 */
function runWorker(
  options: BuildOptions,
  heapMb: number | undefined,
  take: () => Checked | undefined,
  finish: (outcome: BuildOutcome) => void,
  onDeath: (checked: Checked, how: string) => void,
): Promise<void> {
  const worker = fork(ownFile('dist', 'commands', 'batch-worker.js'), [JSON.stringify(options)], {
    serialization: 'advanced',
    execArgv: heapMb
      ? [
          ...process.execArgv,
          `--max-old-space-size=${heapMb}`,
          `--initial-old-space-size=${Math.floor(heapMb * WORKER_INITIAL_HEAP_SHARE)}`,
          `--max-semi-space-size=${WORKER_YOUNG_GENERATION_MB}`,
        ]
      : process.execArgv,
    // A capped worker that runs out of heap says so at length on stderr, but its file is built again.
    stdio: ['ignore', 'inherit', heapMb ? 'ignore' : 'inherit', 'ipc'],
  });
  return new Promise<void>((resolve, reject) => {
    let current: Checked | undefined;
    const give = () => {
      current = take();
      // A worker that died before its file reached it is no error here: its exit hands the file on (onDeath).
      if (current) worker.send(current, () => undefined);
      else worker.disconnect();
    };
    worker.on('message', (outcome: BuildOutcome) => {
      current = undefined;
      finish(outcome);
      give();
    });
    worker.on('error', reject);
    running.add(worker);
    worker.on('exit', (code, signal) => {
      running.delete(worker);
      if (current) onDeath(current, signal ?? `exit ${code}`);
      resolve();
    });
    give();
  });
}
