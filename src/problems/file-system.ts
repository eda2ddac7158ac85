/** What a failed read or write of a file means to the user: one problem that names the file and the reason. */
import path from 'node:path';
import type { Problem } from './problem';

/** Whether the folder refused (making it, or a file in it) or the file itself (replacing it, linking it). */
export type WriteStep = 'folder' | 'file';

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // Anything but a system error is a bug, and is reported as one.
  if (typeof code !== 'string') throw error;
  return code;
}

export function readProblem(file: string, error: unknown): Problem {
  const code = codeOf(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { file, key: 'file-missing' };
    case 'EISDIR':
      return { file, key: 'file-is-folder' };
    default:
      return { file, key: 'file-unreadable', detail: code };
  }
}

export function writeProblem(target: string, step: WriteStep, error: unknown): Problem {
  const code = codeOf(error);
  const folder = path.dirname(target);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { file: target, key: 'disk-full' };
    case 'EEXIST':
      return step === 'file' ? { file: target, key: 'never-overwrite' } : { file: folder, key: 'not-a-folder' };
    case 'EISDIR':
      return { file: target, key: 'output-is-folder' };
    case 'EROFS':
      return { file: folder, key: 'read-only-disk' };
    case 'ENOENT':
      return { file: folder, key: 'folder-missing' };
    case 'ENOTDIR':
      return { file: folder, key: 'not-a-folder' };
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
    case 'ETXTBSY':
      return step === 'file' ? { file: target, key: 'file-locked', detail: code } : { file: folder, key: 'folder-unwritable', detail: code };
    default:
      return { file: target, key: 'output-unwritable', detail: code };
  }
}
