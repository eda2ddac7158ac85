/**
 * Where naskah's own files are (templates, schema, word lists, compiled modules), whether the code runs as
 * separate modules from dist/ or as the one-file bundle the command line loads: both lie below the
 * folder of naskah's package.json, so paths are taken from there rather than from each module's place.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'naskah') return dir;
    if (path.dirname(dir) === dir) throw new Error(`naskah's package.json not found above ${start}`);
  }
}

const PACKAGE_ROOT = findPackageRoot(__dirname);

/** A path inside naskah's installation, e.g. `ownFile('templates', 'keputusan.yaml')`. */
export function ownFile(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}
