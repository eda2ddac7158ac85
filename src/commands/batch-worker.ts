/** A worker process of `buildMany`: builds each file it is sent, already checked, and answers with the outcome. */
import { buildOutcome, type Checked } from './batch';
import type { BuildOptions } from './build';

const options = JSON.parse(process.argv[2]) as BuildOptions;
process.on('message', ({ file, findings }: Checked) => {
  void buildOutcome(file, options, findings).then((outcome) => process.send?.(outcome));
});
