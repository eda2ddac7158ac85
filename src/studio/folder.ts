/**
 * The folder the studio was started on, and the only files it reads and writes: data files named by a
 * path relative to that folder. A name that is absolute, climbs out with "..", passes through a link or
 * is not a .yaml file is refused before anything touches the disk.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { NaskahError } from '../problems/problem';

/** How deep the decree list looks into the folder (office / year / file is three). */
const MAX_DEPTH = 4;
/** Folders of output and tooling, never data. */
const SKIPPED = new Set(['node_modules', 'output']);

export class DataFolder {
  readonly root: string;

  constructor(folder: string) {
    const stat = lstatSync(folder, { throwIfNoEntry: false });
    if (!stat?.isDirectory() && !stat?.isSymbolicLink()) throw new NaskahError([{ file: folder, key: stat ? 'file-not-regular' : 'file-missing' }]);
    this.root = realpathSync(folder);
  }

  /**
   * The absolute path of a data file inside the folder. `mustExist: false` is for a file about to be made:
   * its folders must exist and be inside, the file itself must not be a link.
   */
  resolve(relative: unknown, { mustExist = true } = {}): string {
    const refuse = () => new NaskahError([{ file: String(relative).slice(0, 200), key: 'studio-path-refused' }]);
    if (typeof relative !== 'string' || relative.length === 0 || relative.length > 500) throw refuse();
    const parts = relative.split('/');
    // Backslashes and drive letters too, so that a name means the same on every system.
    if (/[\\:\0]/.test(relative) || path.isAbsolute(relative) || parts.some((part) => part === '' || part === '.' || part === '..' || part.startsWith('.'))) throw refuse();
    if (!relative.endsWith('.yaml')) throw refuse();
    const target = path.join(this.root, ...parts);
    // Every folder on the way must be a real folder inside the root, not a link out of it.
    let folder = this.root;
    for (const part of parts.slice(0, -1)) {
      folder = path.join(folder, part);
      const stat = lstatSync(folder, { throwIfNoEntry: false });
      if (!stat?.isDirectory()) throw refuse();
    }
    const stat = lstatSync(target, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink() || (stat && !stat.isFile())) throw refuse();
    if (mustExist && !stat) throw new NaskahError([{ file: relative, key: 'file-missing' }]);
    return target;
  }

  relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/');
  }

  /** Every data file in the folder, as relative paths in name order; links are not followed. */
  dataFiles(): string[] {
    const found: string[] = [];
    const walk = (folder: string, depth: number) => {
      for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && depth < MAX_DEPTH) walk(full, depth + 1);
        else if (entry.isFile() && entry.name.endsWith('.yaml')) found.push(this.relative(full));
      }
    };
    walk(this.root, 0);
    return found;
  }
}
