/**
 * A worker process of `buildMany`: builds each file it is sent and answers with the outcome. It runs as the
 * command line with BATCH_WORKER_SWITCH, whose bundle and code cache load in a fraction of the time that
 * dist/'s separate modules take; this module imports nothing else until then, so that the command line
 * can name the switch without loading the build.
 */
import type { BuildOptions } from './build';

export const BATCH_WORKER_SWITCH = '--batch-worker';

export function serveBuilds(options: BuildOptions): void {
  const batch = import('./batch');
  process.on('message', (file: string) => {
    void batch.then(({ buildOutcome }) => buildOutcome(file, options)).then((outcome) => process.send?.(outcome));
  });
}
