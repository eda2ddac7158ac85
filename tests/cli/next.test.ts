import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli, workspaceWithSample } from '../support/cli';
import { readPdf } from '../support/read-pdf';

describe('naskah next', () => {
  const { dir, data } = workspaceWithSample();
  const draft = path.join(dir, '2023-konsep.yaml');
  const first = runCli(['next', data, '--year', '2023'], dir);

  test('writes next year beside the old file', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2023-konsep.yaml');
  });

  test('moves the year on where it is the decree’s own, empties number and date, keeps the rest and the comments', () => {
    const before = parse(readFileSync(data, 'utf8'));
    const text = readFileSync(draft, 'utf8');
    const after = parse(text);
    expect(after.keputusan.tahun).toBe(2023);
    expect(after.keputusan.nomor).toBeNull();
    expect(after.ditetapkan.tanggal).toBeNull();
    expect(text).toMatch(/nomor: null # ISI/);
    expect(after.keputusan.tentang).toBe(before.keputusan.tentang.replace('2022', '2023'));
    expect(after.mengingat).toEqual(before.mengingat);
    expect(after.menimbang.join(' ')).not.toContain('2022');
    expect(after.lampiran.kegiatan).toEqual(before.lampiran.kegiatan);
    expect(after.penandatangan).toEqual(before.penandatangan);
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    for (const comment of readFileSync(data, 'utf8').match(/^\s*# .*$/gm) ?? []) expect(text).toContain(comment.trim());
  });

  test('never overwrites an existing file', () => {
    writeFileSync(draft, 'mine');
    const again = runCli(['next', data, '--year', '2023'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('2023-konsep.yaml');
    expect(again.stderr).toContain('tidak akan ditimpa');
    expect(readFileSync(draft, 'utf8')).toBe('mine');
  });
});

describe('building next year’s draft', () => {
  const { dir, data } = workspaceWithSample();
  const draft = path.join(dir, '2023-konsep.yaml');
  runCli(['next', data, '--year', '2023'], dir);

  test('a plain build of the unfilled draft fails and names the fields to fill', () => {
    const result = runCli(['build', draft, '--out', path.join(dir, 'hasil')], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2023-konsep\.yaml:\d+:\d+: keputusan › nomor: belum diisi/);
    expect(result.stderr).toMatch(/2023-konsep\.yaml:\d+:\d+: ditetapkan › tanggal: belum diisi/);
  });

  test('build --draft makes a draft with KONSEP on every page', async () => {
    const out = path.join(dir, 'konsep');
    const result = runCli(['build', draft, '--draft', '--out', out], dir);
    expect(result.status).toBe(0);
    const pdf = await readPdf(path.join(out, 'kpu-kabupaten-sumbawa-barat-2023-tanpa-nomor-asli-konsep.pdf'));
    for (const page of pdf.pages) expect(page.lines).toContain('KONSEP');
    expect(pdf.pages[0].lines).toContain('NOMOR ......... TAHUN 2023');
  });
});
