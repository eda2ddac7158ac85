import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli, workspaceWithSample } from '../support/cli';

/** A workspace holding next year's draft of the sample, as `next` writes it. */
function draftWorkspace(): { dir: string; draft: string } {
  const { dir, data } = workspaceWithSample();
  const result = runCli(['next', data, '--year', '2023'], dir);
  if (result.status !== 0) throw new Error(result.stderr);
  return { dir, draft: path.join(dir, '2023-konsep.yaml') };
}

describe('naskah tetapkan', () => {
  test('fills the number and date, removes their # ISI marks, renames the draft to the decree’s own name; the file then builds', () => {
    const { dir, draft } = draftWorkspace();
    const before = readFileSync(draft, 'utf8');
    const result = runCli(['tetapkan', draft, '--nomor', '12', '--tanggal', '2023-01-16'], dir);
    expect(result.status).toBe(0);
    const target = path.join(dir, '2023-012.yaml');
    expect(result.stdout).toContain(`ditetapkan: ${target}`);
    expect(existsSync(draft)).toBe(false);
    const after = readFileSync(target, 'utf8');
    expect(parse(after)).toMatchObject({ keputusan: { nomor: 12, tahun: 2023 }, ditetapkan: { tanggal: '2023-01-16' } });
    expect(after).not.toMatch(/# ISI/);
    // Nothing else changed: the two lines of the number and the date are the only difference.
    const changed = before.split('\n').map((line, i) => [line, after.split('\n')[i]]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      [expect.stringMatching(/^  nomor: null # ISI/), '  nomor: 12'],
      [expect.stringMatching(/^  tanggal: null # ISI/), '  tanggal: 2023-01-16'],
    ]);
    expect(runCli(['build', target, '--out', 'hasil'], dir).status).toBe(0);
  });

  test('refuses while the check finds errors, naming them; nothing is written or renamed', () => {
    const { dir, draft } = draftWorkspace();
    const before = readdirSync(dir).sort();
    const text = readFileSync(draft, 'utf8');
    const result = runCli(['--lang', 'en', 'tetapkan', draft, '--nomor', '12', '--tanggal', '2022-12-30'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2023-konsep\.yaml:\d+:\d+: error \[date-outside-year\] ditetapkan › tanggal/);
    expect(result.stderr).toMatch(/2023-konsep\.yaml: not finalised: the check found 1 error\(s\)/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(draft, 'utf8')).toBe(text);
  });

  test('never overwrites a decree of that name', () => {
    const { dir, draft } = draftWorkspace();
    writeFileSync(path.join(dir, '2023-012.yaml'), 'mine\n');
    const result = runCli(['tetapkan', draft, '--nomor', '12', '--tanggal', '2023-01-16'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('2023-012.yaml: berkas ini sudah ada dan tidak akan ditimpa');
    expect(readFileSync(path.join(dir, '2023-012.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(draft)).toBe(true);
  });

  test('records in the office’s register which data file used the number reserved for it', () => {
    const { dir, draft } = draftWorkspace();
    const reserved = runCli(['nomor', 'ambil', draft], dir);
    expect(reserved.status).toBe(0);
    const register = path.join(dir, 'nomor.yaml');
    const [reservation] = (parse(readFileSync(register, 'utf8')) as { nomor: { nomor: number; berkas?: string }[] }).nomor;
    expect(reservation.berkas).toBeUndefined();

    const result = runCli(['tetapkan', draft, '--nomor', String(reservation.nomor), '--tanggal', '2023-01-16'], dir);
    expect(result.status).toBe(0);
    const name = `2023-${String(reservation.nomor).padStart(3, '0')}.yaml`;
    expect(parse(readFileSync(register, 'utf8'))).toEqual({ nomor: [expect.objectContaining({ tahun: 2023, nomor: reservation.nomor, berkas: name })] });
    // The register and the decrees agree: check of the folder finds no number out of place.
    const reconciled = runCli(['check', dir], dir).stdout.split('\n').filter((line) => /\[(number-twice|number-not-reserved|number-other-file|reservation-unused|register-file-mismatch)\]/.test(line));
    expect(reconciled.filter((line) => line.startsWith(`${path.join(dir, name)}:`) || line.startsWith(`${register}:`))).toEqual([]);
  });

  test('refuses a number the register gives to another data file; the draft stays and nothing is added', () => {
    const { dir, draft } = draftWorkspace();
    writeFileSync(path.join(dir, 'nomor.yaml'), 'nomor:\n  - { tahun: 2023, nomor: 12, tentang: Lain, diambil: "2023-01-02T09:00:00+08:00", berkas: 2023-012-lain.yaml }\n');
    const before = readdirSync(dir).sort();
    const register = readFileSync(path.join(dir, 'nomor.yaml'), 'utf8');
    const text = readFileSync(draft, 'utf8');
    const result = runCli(['--lang', 'en', 'tetapkan', draft, '--nomor', '12', '--tanggal', '2023-01-16'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('2023-012-lain.yaml');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(draft, 'utf8')).toBe(text);
    expect(readFileSync(path.join(dir, 'nomor.yaml'), 'utf8')).toBe(register);
  });
});
