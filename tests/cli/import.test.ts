import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { REPO, runCli, workspaceWithSample } from '../support/cli';

const decreeIn = (file: string) => validateDecree(loadYamlFile(file));

describe('naskah import', () => {
  test('imports the text of a decree, then the data builds; a final build stops at the office’s mistakes until overridden', () => {
    const { dir } = workspaceWithSample();
    const text = path.join(dir, 'keputusan-35.txt');
    cpSync(path.join(REPO, 'tests', 'fixtures', 'import', 'kpu-sumbawa-barat-2022-035.txt'), text);
    const result = runCli(['import', text], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('ditemukan: 2 menimbang, 4 mengingat, 2 diktum, 32 kegiatan, 87 sub kegiatan');
    expect(result.stderr).toContain('jadwal tidak ada di sumber');
    const data = path.join(dir, 'keputusan-35.yaml');
    expect(readFileSync(data, 'utf8')).toContain('# jadwal tidak ada di sumber: bulan kosong');
    const final = runCli(['build', data, '--out', path.join(dir, 'hasil')], dir);
    expect(final.status).toBe(1);
    expect(final.stderr).toMatch(/keputusan-35\.yaml:\d+:\d+: kesalahan \[other-office\] menimbang ke-1/);
    expect(existsSync(path.join(dir, 'hasil'))).toBe(false);
    expect(runCli(['build', data, '--out', path.join(dir, 'hasil'), '--abaikan-periksa'], dir).status).toBe(0);
  });

  test('with --lang en, reports its count and its guesses in English, in the list and in the data file', () => {
    const { dir } = workspaceWithSample();
    const text = path.join(dir, 'keputusan-35.txt');
    cpSync(path.join(REPO, 'tests', 'fixtures', 'import', 'kpu-sumbawa-barat-2022-035.txt'), text);
    const result = runCli(['--lang', 'en', 'import', text], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('found: 2 considerations, 4 legal bases, 2 dictums, 32 activities, 87 sub-activities');
    expect(result.stderr).toMatch(/^kantor › kedudukan: guess: the office's seat is taken from the place of enactment$/m);
    const yaml = readFileSync(path.join(dir, 'keputusan-35.yaml'), 'utf8');
    expect(yaml).toMatch(/^# Imported from keputusan-35\.txt\.$/m);
    expect(yaml).toContain('# the source has no schedule: months left empty');
    expect(yaml).not.toMatch(/tebakan|Diimpor/);
  });

  test('a certified copy that naskah built comes back as the same data, and is never imported over an existing file', () => {
    const { dir, data } = workspaceWithSample();
    // The copy carries everything, the certifier included; the original does not print the certifier.
    expect(runCli(['build', data, '--salinan', '--out', dir], dir).status).toBe(0);
    const docx = path.join(dir, 'kpu-kabupaten-sumbawa-barat-2022-35-salinan.docx');
    const target = path.join(dir, 'kembali.yaml');
    expect(runCli(['import', docx, '--out', target], dir).status).toBe(0);
    expect(decreeIn(target)).toEqual(decreeIn(data));
    const again = runCli(['import', docx, '--out', target], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('tidak akan ditimpa');
  });

  test('garbage gives a clear message and writes nothing', () => {
    const { dir } = workspaceWithSample();
    const readme = path.join(dir, 'README.md');
    cpSync(path.join(REPO, 'README.md'), readme);
    const result = runCli(['import', readme], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/README\.md: isi berkas tidak dikenali sebagai keputusan/);
    expect(existsSync(path.join(dir, 'README.yaml'))).toBe(false);
  });
});
