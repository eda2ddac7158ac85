/**
 * A failed read or write is told in one way everywhere: only src/problems/file-system.ts turns a
 * system error into a problem. Each command once mapped error codes itself, and they drifted (a
 * full disk not reported by one, a locked file reported as an unwritable folder by another).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');
const MAPPER = path.join(SRC, 'problems', 'file-system.ts');
/** The catalogue explains the keys; it does not choose them. */
const CATALOGUE = path.join(SRC, 'problems', 'messages.ts');
const FILE_SYSTEM_KEYS = /'(disk-full|file-locked|folder-unwritable|output-unwritable|read-only-disk|file-unreadable|folder-missing)'/;

function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return modulesUnder(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

test('only the file-system module chooses the problem of a failed read or write', () => {
  const choosing = modulesUnder(SRC).filter((file) => file !== MAPPER && file !== CATALOGUE && FILE_SYSTEM_KEYS.test(readFileSync(file, 'utf8')));
  expect(choosing.map((file) => path.relative(SRC, file))).toEqual([]);
  expect(FILE_SYSTEM_KEYS.test(readFileSync(MAPPER, 'utf8'))).toBe(true);
});
