/** Problems the user can fix, carried to the command line and printed in the user's language. */
import type { ProblemKey } from './messages';

/** What completes a problem's message: where it is and what was found. */
export interface ProblemValues {
  file: string;
  line?: number;
  column?: number;
  /** Path of the field in the data, e.g. ["lampiran", "kegiatan", 2, "bulan"] (indexes from 0). */
  path?: (string | number)[];
  /** What was found, as the user wrote it. */
  found?: string;
  /** Values that complete the message: an expected type, a limit, a system error code. */
  detail?: string;
  limit?: number;
  yamlCode?: string;
}

export interface Problem extends ProblemValues {
  /** Which message explains it. */
  key: ProblemKey;
}

export class NaskahError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}: ${p.key}${p.path ? ` (${p.path.join('.')})` : ''}`).join('\n'));
    this.name = 'NaskahError';
  }
}
