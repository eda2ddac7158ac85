import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { recordNumberUse } from '../../src/register/register';
import { CLI, runCli, SAMPLE } from '../support/cli';

function folder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'naskah-nomor-'));
}

function entries(dir: string): { tahun: number; nomor: number; tentang: string; diambil: string; oleh?: string; berkas?: string }[] {
  return parse(readFileSync(path.join(dir, 'nomor.yaml'), 'utf8')).nomor;
}

/** `naskah nomor ambil` as a separate process, started at once; resolves with its exit code and output. */
function reserveInBackground(dir: string, title: string) {
  const child = spawn(process.execPath, [CLI, 'nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', title]);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout })));
  return { child, done };
}

describe('naskah nomor ambil / lepas', () => {
  test('reserves numbers in order, with title, time and clerk, in a plain YAML register', () => {
    const dir = folder();
    const first = runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'Pembentukan Tim A'], dir);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('nomor 1 tahun 2023 diambil untuk "Pembentukan Tim A"');
    runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'Pembentukan Tim B'], dir);
    runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2024', '--tentang', 'Pembentukan Tim C'], dir);
    const register = entries(dir);
    expect(register.map((r) => [r.tahun, r.nomor, r.tentang])).toEqual([
      [2023, 1, 'Pembentukan Tim A'],
      [2023, 2, 'Pembentukan Tim B'],
      [2024, 1, 'Pembentukan Tim C'],
    ]);
    expect(register[0].diambil).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(register[0].oleh).toBe(os.userInfo().username);
    expect(existsSync(path.join(dir, 'nomor.yaml.lock'))).toBe(false);
  });

  test('takes the year, title and folder from a draft, past the numbers its folder’s decrees carry', () => {
    const dir = folder();
    cpSync(SAMPLE, path.join(dir, '2022-035.yaml'));
    const result = runCli(['nomor', 'ambil', path.join(dir, '2022-035.yaml')], dir);
    expect(result.status).toBe(0);
    const [reservation] = entries(dir);
    expect(reservation.nomor).toBe(36);
    expect(reservation.tahun).toBe(2022);
    expect(reservation.tentang).toMatch(/^Penetapan Rencana Kerja Pembangunan Zona Integritas/);
  });

  test('two clerks reserving at the same moment get different numbers', async () => {
    const dir = folder();
    const clerks = Array.from({ length: 8 }, (_, i) => reserveInBackground(dir, `Keputusan ${i + 1}`));
    const results = await Promise.all(clerks.map((clerk) => clerk.done));
    expect(results.map((r) => r.code)).toEqual(Array(8).fill(0));
    const numbers = entries(dir).map((r) => r.nomor);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Each process was told the number the register gives its title.
    for (const { stdout } of results) {
      const [, number, title] = /nomor (\d+) tahun 2023 diambil untuk "(.+?)"/.exec(stdout)!;
      expect(entries(dir).find((r) => r.nomor === Number(number))?.tentang).toBe(title);
    }
  });

  test('processes killed while reserving never leave a corrupt register, a lost number or a lock that blocks', async () => {
    const dir = folder();
    const clerks = Array.from({ length: 8 }, (_, i) => reserveInBackground(dir, `Keputusan ${i}`));
    // Each is killed at another moment, so that some die before, some inside and some after their locked write.
    clerks.forEach((clerk, i) => setTimeout(() => clerk.child.kill('SIGKILL'), 200 + i * 150));
    await Promise.all(clerks.map((clerk) => clerk.done));
    const after = runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'Sesudahnya'], dir);
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    const numbers = entries(dir).map((r) => r.nomor);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(entries(dir).at(-1)?.tentang).toBe('Sesudahnya');
  });

  test('a lock left by a process that is gone, or held for minutes, is broken', () => {
    const dir = folder();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const lock = path.join(dir, 'nomor.yaml.lock');
    writeFileSync(lock, JSON.stringify({ pid: Number(gone), host: os.hostname(), token: 'x' }));
    expect(runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'A'], dir).status).toBe(0);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'another-machine', token: 'y' }));
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, longAgo, longAgo);
    expect(runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'B'], dir).status).toBe(0);
    expect(entries(dir).map((r) => r.nomor)).toEqual([1, 2]);
  });

  test('releases a reservation; the last number is reserved again, and comments in the register are kept', () => {
    const dir = folder();
    for (const title of ['A', 'B', 'C']) runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', title], dir);
    const file = path.join(dir, 'nomor.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('nomor:\n', '# catatan kantor\nnomor:\n'));
    const released = runCli(['nomor', 'lepas', '3', '--folder', dir, '--tahun', '2023'], dir);
    expect(released.stdout).toContain('nomor 3 tahun 2023 ("C") dilepas');
    expect(entries(dir).map((r) => r.nomor)).toEqual([1, 2]);
    runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'D'], dir);
    expect(entries(dir).map((r) => [r.nomor, r.tentang])).toEqual([[1, 'A'], [2, 'B'], [3, 'D']]);
    expect(readFileSync(file, 'utf8')).toContain('# catatan kantor');
  });

  test('refuses to release a number that is not reserved or already used, and changes nothing', () => {
    const dir = folder();
    runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'A'], dir);
    const data = path.join(dir, '2023-001.yaml');
    recordNumberUse(data, { keputusan: { tahun: 2023, nomor: '1', tentang: 'A' } });
    const before = readFileSync(path.join(dir, 'nomor.yaml'), 'utf8');
    const used = runCli(['nomor', 'lepas', '1', '--folder', dir, '--tahun', '2023'], dir);
    expect(used.status).toBe(1);
    expect(used.stderr).toContain('nomor 1 sudah dipakai oleh 2023-001.yaml');
    const unknown = runCli(['--lang', 'en', 'nomor', 'lepas', '7', '--folder', dir, '--tahun', '2023'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('number 7 of 2023 is not in the register');
    const notNumber = runCli(['nomor', 'lepas', 'tujuh', '--folder', dir, '--tahun', '2023'], dir);
    expect(notNumber.stderr).toContain('tertulis tujuh; nomor yang dilepas adalah nomor urut');
    expect(readFileSync(path.join(dir, 'nomor.yaml'), 'utf8')).toBe(before);
  });

  test('without a title or a draft, says how to give one', () => {
    const dir = folder();
    const result = runCli(['nomor', 'ambil', '--folder', dir], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tulis judul keputusan dengan --tentang');
    expect(existsSync(path.join(dir, 'nomor.yaml'))).toBe(false);
  });

  test('a broken register is named with its line, and left as it is', () => {
    const dir = folder();
    const file = path.join(dir, 'nomor.yaml');
    writeFileSync(file, 'nomor:\n  - tahun: 2023\n    nomor: satu\n    tentang: A\n    diambil: x\n');
    const result = runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'B'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nomor\.yaml:3:\d+: nomor ke-1 › nomor: buku nomor tidak sah/);
    expect(readFileSync(file, 'utf8')).toContain('nomor: satu');
  });
});

describe('recording which data file used which number', () => {
  test('a reservation gets the file; a number taken without one is entered; another file’s number is refused', () => {
    const dir = folder();
    runCli(['nomor', 'ambil', '--folder', dir, '--tahun', '2023', '--tentang', 'A'], dir);
    recordNumberUse(path.join(dir, '2023-001.yaml'), { keputusan: { tahun: 2023, nomor: '1', tentang: 'A' } });
    recordNumberUse(path.join(dir, '2023-005.yaml'), { keputusan: { tahun: 2023, nomor: '5/PL.02-Kpt/01/KPU/I/2023', tentang: 'E' } });
    expect(entries(dir).map((r) => [r.nomor, r.berkas])).toEqual([[1, '2023-001.yaml'], [5, '2023-005.yaml']]);
    expect(() => recordNumberUse(path.join(dir, 'lain.yaml'), { keputusan: { tahun: 2023, nomor: '1', tentang: 'Lain' } })).toThrow(/register-already-used/);
    // The same file finalised again keeps its number.
    recordNumberUse(path.join(dir, '2023-001.yaml'), { keputusan: { tahun: 2023, nomor: '1', tentang: 'A' } });
    expect(entries(dir)).toHaveLength(2);
  });

  test('a folder without a register is left without one', () => {
    const dir = folder();
    recordNumberUse(path.join(dir, '2023-001.yaml'), { keputusan: { tahun: 2023, nomor: '1', tentang: 'A' } });
    expect(existsSync(path.join(dir, 'nomor.yaml'))).toBe(false);
  });
});

describe('check FOLDER reconciles the register with the decrees', () => {
  const dir = folder();
  const decree = (name: string, number: number) => writeFileSync(path.join(dir, name), readFileSync(SAMPLE, 'utf8').replace(/^  nomor: 35$/m, `  nomor: ${number}`));
  decree('2022-035.yaml', 35);
  decree('2022-035-lagi.yaml', 35);
  decree('2022-036.yaml', 36);
  decree('2022-040.yaml', 40);
  writeFileSync(
    path.join(dir, 'nomor.yaml'),
    [
      'nomor:',
      '  - { tahun: 2022, nomor: 35, tentang: A, diambil: "2022-01-03T09:00:00+08:00", berkas: 2022-035.yaml }',
      '  - { tahun: 2022, nomor: 36, tentang: B, diambil: "2022-01-04T09:00:00+08:00", berkas: 2022-099.yaml }',
      '  - { tahun: 2022, nomor: 37, tentang: C, diambil: "2022-01-05T09:00:00+08:00" }',
      '',
    ].join('\n'),
  );
  const result = runCli(['check', dir], dir);
  const lines = result.stdout.split('\n');
  const about = (rule: string) => lines.filter((line) => line.includes(`[${rule}]`));

  test('numbers used twice, naming both files', () => {
    expect(about('number-twice')).toHaveLength(2);
    expect(about('number-twice')[0]).toMatch(/2022-035-lagi\.yaml:\d+:\d+: kesalahan \[number-twice\] keputusan › nomor: nomor 35 tahun 2022 juga dipakai oleh 2022-035\.yaml/);
    expect(result.status).toBe(1);
  });

  test('a decree carrying a number the register gives another file', () => {
    expect(about('number-other-file')).toEqual([expect.stringMatching(/2022-036\.yaml:\d+:\d+: kesalahan .* mencatat nomor 36 tahun 2022 untuk 2022-099\.yaml/)]);
    expect(about('register-file-mismatch')).toEqual([expect.stringMatching(/nomor\.yaml:3:5: peringatan .*nomor 36 tahun 2022 tercatat untuk 2022-099\.yaml/)]);
  });

  test('decrees whose number was never reserved', () => {
    expect(about('number-not-reserved')).toEqual([expect.stringMatching(/2022-040\.yaml:40:\d+: peringatan .*nomor 40 tahun 2022 tidak pernah diambil/)]);
  });

  test('reservations never used', () => {
    expect(about('reservation-unused')).toEqual([expect.stringMatching(/nomor\.yaml:4:5: peringatan .*nomor 37 tahun 2022 \("C"\) diambil 2022-01-05T09:00:00\+08:00 tetapi belum dipakai/)]);
  });

  test('the register itself is not read as a decree', () => {
    expect(result.stdout).not.toMatch(/nomor\.yaml:\d+:\d+: (kunci|isian)/);
  });
});
