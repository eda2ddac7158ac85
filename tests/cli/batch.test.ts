import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { AS_SIGNED, runCli, workspaceWithSample } from '../support/cli';
import { readPdf } from '../support/read-pdf';
import { toolAvailable } from '../support/tools';

test('a batch over a folder builds the good files, reports the broken one and exits 1', () => {
  const { dir, data } = workspaceWithSample();
  const folder = path.join(dir, 'semua');
  mkdirSync(path.join(folder, 'tahun-lalu'), { recursive: true });
  cpSync(data, path.join(folder, 'a.yaml'));
  writeFileSync(path.join(folder, 'b.yaml'), readFileSync(data).toString().replace('nomor: 35', 'nomor: 36').replace('tanggal: 2022-02-02', 'tanggal: 2022-02-31'));
  writeFileSync(path.join(folder, 'tahun-lalu', 'c.yaml'), readFileSync(data).toString().replace('nomor: 35', 'nomor: 34'));
  const out = path.join(dir, 'hasil');
  const result = runCli(['build', folder, '--out', out], dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/b\.yaml:\d+:\d+: ditetapkan › tanggal/);
  expect(result.stderr).toMatch(/selesai: 2 berhasil, 1 gagal/);
  expect(readdirSync(out).sort()).toEqual([
    'kpu-kabupaten-sumbawa-barat-2022-34-asli.docx',
    'kpu-kabupaten-sumbawa-barat-2022-34-asli.pdf',
    'kpu-kabupaten-sumbawa-barat-2022-35-asli.docx',
    'kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf',
  ]);
});

test('two decrees of a folder that would write the same files: nothing is built, both are named', () => {
  const { dir, data } = workspaceWithSample();
  const folder = path.join(dir, 'semua');
  mkdirSync(folder);
  cpSync(data, path.join(folder, 'a.yaml'));
  writeFileSync(path.join(folder, 'b.yaml'), readFileSync(data).toString().replace(/^  tentang: >-\n/m, '$&    Perubahan\n'));
  const result = runCli(['build', folder, '--asli', '--salinan', '--out', 'hasil'], dir);
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe(
    `${path.join(folder, 'b.yaml')}: akan menulis ${path.join('hasil', 'kpu-kabupaten-sumbawa-barat-2022-35-asli')}.pdf yang juga ditulis ${path.join(folder, 'a.yaml')} (nomor keputusan yang sama?); tidak ada yang dibuat; beri keduanya nomor masing-masing`,
  );
  expect(readdirSync(dir).sort()).toEqual(['keputusan.yaml', 'semua']);
});

describe('a batch checks every decree before a worker builds it', () => {
  const { dir, data } = workspaceWithSample();
  const folder = path.join(dir, 'semua');
  mkdirSync(folder);
  cpSync(data, path.join(folder, 'a.yaml'));
  // The decree as signed, with its two errors, under a number of its own.
  const withErrors = path.join(folder, 'b.yaml');
  writeFileSync(withErrors, readFileSync(AS_SIGNED, 'utf8').replace(/^  nomor: 35$/m, '  nomor: 36'));
  const findings = runCli(['--lang', 'en', 'check', withErrors], dir).stdout.split('\n').filter((line) => /: error \[/.test(line));

  test('a decree with errors is not built, its errors are listed, the others are built', () => {
    const out = path.join(dir, 'hasil');
    const result = runCli(['--lang', 'en', 'build', folder, '--out', out], dir);
    expect(findings).toHaveLength(2);
    for (const finding of findings) expect(result.stderr).toContain(finding);
    expect(result.stderr).toContain(`${withErrors}: not built: the check found 2 error(s)`);
    expect(result.stderr).toMatch(/done: 1 built, 1 failed/);
    expect(result.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['kpu-kabupaten-sumbawa-barat-2022-35-asli.docx', 'kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf']);
  });

  test('with --abaikan-periksa the worker builds it with the errors found, and its PDF records them', async () => {
    const out = path.join(dir, 'diabaikan');
    const result = runCli(['--lang', 'en', 'build', folder, '--out', out, '--abaikan-periksa'], dir);
    expect(result.stderr).toContain(`${withErrors}: built with --abaikan-periksa although the check found 2 error(s)`);
    expect(result.status).toBe(0);
    const pdf = await readPdf(path.join(out, 'kpu-kabupaten-sumbawa-barat-2022-36-asli.pdf'));
    expect(pdf.info.Keywords).toBe('pemeriksaan diabaikan (--abaikan-periksa): 2 kesalahan');
  });
});

test('a decree too large for a worker\'s heap is built again by a worker without the limit', () => {
  const { dir, data } = workspaceWithSample();
  const tinyHeap = 8;
  // The heap is too small for any decree: built alone under it, the sample fails.
  expect(runCli(['build', data, '--out', path.join(dir, 'alone')], dir, {}, [`--max-old-space-size=${tinyHeap}`]).status).not.toBe(0);
  const folder = path.join(dir, 'semua');
  mkdirSync(folder);
  cpSync(data, path.join(folder, 'a.yaml'));
  writeFileSync(path.join(folder, 'b.yaml'), readFileSync(data).toString().replace('nomor: 35', 'nomor: 36'));
  const out = path.join(dir, 'hasil');
  const result = runCli(['build', folder, '--out', out], dir, { NASKAH_WORKER_HEAP_MB: String(tinyHeap) });
  expect(result.stderr).toMatch(/selesai: 2 berhasil, 0 gagal/);
  expect(result.stderr).not.toMatch(/heap|FATAL/i);
  expect(result.status).toBe(0);
  expect(readdirSync(out)).toHaveLength(4);
});

describe('output problems get a clear message and leave nothing behind', () => {
  test('an output folder that cannot be made (a file stands in its way)', () => {
    const { dir, data } = workspaceWithSample();
    const blocker = path.join(dir, 'berkas');
    writeFileSync(blocker, 'x');
    const result = runCli(['build', data, '--out', path.join(blocker, 'hasil')], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${path.join(blocker, 'hasil')}: jalur folder ini melewati sebuah berkas, bukan folder`);
  });

  /** Runs `work` with `folder` made a 4 KiB file system of its own; needs the right to mount (root, as in CI). */
  function withFullDisk(folder: string, work: () => void): void {
    mkdirSync(folder);
    if (!toolAvailable(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', folder]).status === 0, 'cannot mount a small file system: full-disk cases')) return;
    try {
      work();
    } finally {
      spawnSync('umount', [folder]);
    }
  }

  test('a full disk, named with the file that did not fit', () => {
    const { dir, data } = workspaceWithSample();
    const small = path.join(dir, 'kecil');
    withFullDisk(small, () => {
      const result = runCli(['build', data, '--out', small], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^${small}/kpu-kabupaten-sumbawa-barat-2022-35-asli\\.(docx|pdf): disk penuh`, 'm'));
      expect(readdirSync(small)).toEqual([]);
    });
  });

  test('a full disk when drafting next year', () => {
    const { dir, data } = workspaceWithSample();
    const small = path.join(dir, 'kecil');
    withFullDisk(small, () => {
      // Fill the little disk, so that the small YAML file does not fit either.
      spawnSync('dd', ['if=/dev/zero', `of=${path.join(small, 'isi')}`, 'bs=1k', 'count=64']);
      const target = path.join(small, '2023-konsep.yaml');
      const result = runCli(['--lang', 'en', 'next', data, '--year', '2023', '--out', target], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${target}: the disk is full`);
      expect(readdirSync(small)).toEqual(['isi']);
    });
  });
});
