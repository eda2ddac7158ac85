/** A worker process of `buildMany`: builds each file it is sent and answers with the outcome. */
import { buildOutcome } from './batch';
import type { BuildOptions } from './build';

const options = JSON.parse(process.argv[2]) as BuildOptions;
process.on('message', (file: string) => {
  void buildOutcome(file, options).then((outcome) => process.send?.(outcome));
});
