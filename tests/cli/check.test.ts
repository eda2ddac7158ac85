import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getSpeller } from '../../src/check/speller';
import { AS_SIGNED, REPO, runCli, SAMPLE, workspaceWithSample } from '../support/cli';
import { toolAvailable } from '../support/tools';

const hasDictionary = getSpeller() !== null;

describe('naskah check', () => {
  test('finds the office’s mistakes in the decree as signed and exits 1', () => {
    const result = runCli(['check', AS_SIGNED], REPO);
    expect(result.status).toBe(1);
    const out = result.stdout;
    expect(out).toMatch(/2022-035-as-signed\.yaml:\d+:\d+: .*menimbang ke-1.*Provinsi Nusa Tenggara Barat/);
    expect(out).toMatch(/Pimpinan unit kerja memantau pencapaian kinerja secara berkala/);
    expect(out).toMatch(/dan Prosedur Operasional tetap \(SOP\)/);
    if (toolAvailable(!out.includes('spelling-unavailable'), 'Indonesian dictionary not installed: spelling findings of the sample')) {
      for (const typo of ['Interitas', 'endorong', 'Pelaksaannya', 'Pencanaan']) expect(out).toContain(typo);
    }
    expect(out.trim().split('\n').pop()).toMatch(/^\d+ kesalahan, \d+ peringatan$/);
  });

  test('reports nothing on a clean decree', () => {
    const result = runCli(['check', path.join(REPO, 'tests', 'fixtures', 'data', 'clean.yaml')], REPO);
    expect(result.stdout.trim().split('\n').pop()).toBe('0 kesalahan, 0 peringatan');
    expect(result.stdout.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(result.status).toBe(0);
  });

  test('speaks English with --lang en', () => {
    const result = runCli(['--lang', 'en', 'check', SAMPLE], REPO);
    expect(result.stdout.trim().split('\n').pop()).toMatch(/^\d+ errors, \d+ warnings$/);
  });

  (hasDictionary ? test : test.skip)('reads the office’s own word list beside its data, and names the lists it read', () => {
    const { dir, data } = workspaceWithSample();
    const without = runCli(['check', data], dir);
    expect(without.stdout).toContain('daftar kata kantor (belum ada; buat kamus.txt, satu kata satu baris)');
    expect(without.stdout).toMatch(/"karir" tidak ada dalam kamus/);
    writeFileSync(path.join(dir, 'kamus.txt'), '# kata kantor kami\nkarir\nmeminimalisir\n');
    const withList = runCli(['check', data], dir);
    expect(withList.stdout.split('\n')[0]).toBe(
      `ejaan diperiksa dengan: kamus Hunspell id_ID, daftar kata KPU bawaan naskah (${path.join(REPO, 'data', 'kamus', 'istilah.txt')}), daftar kata kantor kamus.txt`,
    );
    expect(withList.stdout).not.toMatch(/"karir"|"meminimalisir"/);
    expect(withList.stdout).toMatch(/"Pelaksaannya" tidak ada dalam kamus/);
  });

  (hasDictionary ? test : test.skip)('knows official and statutory words without an office list', () => {
    const { dir, data } = workspaceWithSample();
    const text = readFileSync(data, 'utf8').replace(
      /^diktum:\n/m,
      'diktum:\n  - Walikota dan Kasubbag Hukum atau Subbag Teknis melakukan pencalonan, pencermatan dan pembentukan badan ad hoc.\n',
    );
    writeFileSync(data, text.replace(/^  nomor: 35$/m, '  nomor: 35/PL.02-Kpt/05/KPU-Kab/II/2022'));
    const result = runCli(['check', data], dir);
    expect(result.stdout).not.toMatch(/\[misspelling\] (diktum ke-1|keputusan)/);
  });

  test('a folder: decrees of one office and year that share a number, and numbers whose dates run backwards', () => {
    const { dir, data } = workspaceWithSample();
    const sample = readFileSync(data, 'utf8');
    mkdirSync(path.join(dir, 'semua'));
    writeFileSync(path.join(dir, 'semua', 'a.yaml'), sample);
    writeFileSync(path.join(dir, 'semua', 'b.yaml'), sample);
    writeFileSync(path.join(dir, 'semua', 'c.yaml'), sample.replace('nomor: 35', 'nomor: 36').replace('tanggal: 2022-02-02', 'tanggal: 2022-01-10'));
    const result = runCli(['--lang', 'en', 'check', 'semua'], dir);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^semua\/b\.yaml:\d+:\d+: error \[same-number\] keputusan › nomor: number 35 is used by semua\/a\.yaml already/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^semua\/c\.yaml:\d+:\d+: warning \[date-order\] ditetapkan › tanggal: number 36 is enacted on 2022-01-10, before number 35 \(2022-02-02, semua\/a\.yaml\)/),
    );
  });
});
