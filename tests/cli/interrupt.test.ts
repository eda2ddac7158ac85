/** Ctrl-C during a batch: a real SIGINT to the running process. */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, workspaceWithSample } from '../support/cli';

test('Ctrl-C during a batch prints what was finished on a line of its own and exits 130', async () => {
  const { dir, data } = workspaceWithSample();
  const folder = path.join(dir, 'semua');
  mkdirSync(folder);
  const sample = readFileSync(data, 'utf8');
  const count = 8;
  for (let n = 1; n <= count; n++) writeFileSync(path.join(folder, `${n}.yaml`), sample.replace('nomor: 35', `nomor: ${n}`));

  const child = spawn(process.execPath, [path.join(REPO, 'dist', 'cli', 'main.js'), 'build', folder, '--out', 'hasil'], {
    cwd: dir,
    env: { ...process.env, NASKAH_PDF_FONT: 'bundled' },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      // Interrupted as soon as the first decree is finished.
      if (!stdout.includes('dibuat:')) setImmediate(() => child.kill('SIGINT'));
      stdout += chunk.toString();
    });
    child.on('exit', (code) => resolve(code));
  });

  expect(status).toBe(130);
  const lines = stderr.split('\n');
  expect(stderr.endsWith('\n')).toBe(true);
  const summary = /^dihentikan: (\d+) berhasil, (\d+) gagal, (\d+) belum dibuat$/.exec(lines[lines.length - 2]);
  expect(summary).not.toBeNull();
  const [built, failed, left] = summary!.slice(1).map(Number);
  expect(built).toBeGreaterThanOrEqual(1);
  expect(failed).toBe(0);
  expect(built + left).toBe(count);
  // What the summary counts as built was said, both files of each.
  expect(stdout.match(/^dibuat: .*\.pdf$/gm)).toHaveLength(built);
  expect(stdout.match(/^dibuat: .*\.docx$/gm)).toHaveLength(built);
});
