/** A worker of `buildMany`: builds each file it is sent and answers with the outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildOutcome } from './batch';
import type { BuildOptions } from './build';

const options = workerData as BuildOptions;
parentPort?.on('message', (file: string) => {
  void buildOutcome(file, options).then((outcome) => parentPort?.postMessage(outcome));
});
