/** Problems the user can fix, carried to the command line and printed in the user's language. */

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** Path of the field in the data, e.g. ["lampiran", "kegiatan", 2, "bulan"] (indexes from 0). */
  path?: (string | number)[];
  /** Which message explains it (see src/problems/messages.ts). */
  key: string;
  /** What was found, as the user wrote it. */
  found?: string;
  /** Values that complete the message: an expected type, a limit, a system error code. */
  detail?: string;
  limit?: number;
  yamlCode?: string;
}

export class NaskahError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}: ${p.key}${p.path ? ` (${p.path.join('.')})` : ''}`).join('\n'));
    this.name = 'NaskahError';
  }
}
