import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, workspaceWithSample } from '../support/cli';

/** One edit of the sample's text, which must be found exactly once. */
const edit = (text: string, from: string | RegExp, to: string) => {
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`the sample no longer holds ${from}`);
  return edited;
};

describe('naskah check --perbaiki', () => {
  const { dir, data } = workspaceWithSample();
  const sample = readFileSync(data, 'utf8');
  // Every pasted-text trap, each where a clerk meets it.
  const pasted = [
    (t: string) => edit(t, 'Pembangunan Zona Integritas\n    berdasarkan', 'Pembangunan Zona Integ\u00ADritas\n    berdasarkan'),
    (t: string) => edit(t, 'Menuju Wilayah Bebas Korupsi dan\n    Wilayah Birokrasi', 'Menuju\u200B Wilayah Bebas Korupsi dan\n    Wilayah Birokrasi'),
    (t: string) => edit(t, '  nama: Denny Saputra', '  nama: Denny\u00A0Saputra'),
    (t: string) => edit(t, 'mengingat:\n  - >-\n    Undang-Undang', 'mengingat:\n  - >-\n    • Undang-Undang'),
    (t: string) => edit(t, '  - Keputusan ini mulai berlaku', '  - b. Keputusan ini mulai berlaku'),
    (t: string) => edit(t, '- uraian: >-\n            Pembentukan Tim Kerja', '- uraian: >-\n            ▪ Pembentukan Tim Kerja'),
    (t: string) => edit(t, /bulan: \[1\]/, 'bulan: "1–3"'),
  ].reduce((text, trap) => trap(text), sample);
  writeFileSync(data, pasted);
  const before = runCli(['build', data, '--out', 'hasil'], dir);
  const result = runCli(['check', data, '--perbaiki'], dir);
  const fixed = readFileSync(data, 'utf8');

  test('the pasted file does not build as it is', () => {
    expect(before.status).toBe(1);
  });

  test('the file differs from the clean one only where the fixes say: the range written 1-3', () => {
    expect(fixed).toBe(edit(sample, /bulan: \[1\]/, 'bulan: "1-3"'));
  });

  test('prints every change with its place', () => {
    const lineOf = (snippet: string) => pasted.split('\n').findIndex((line) => line.includes(snippet)) + 1;
    const fixes = result.stdout.split('\n').filter((line) => line.includes(': diperbaiki: '));
    expect(fixes.map((line) => line.replace(/^[^:]+:\d+:\d+: diperbaiki: /, ''))).toEqual([
      'keputusan › tentang: 1 karakter lebar-nol dihapus',
      'menimbang ke-1: 1 tanda hubung lunak (U+00AD) dihapus',
      'mengingat ke-1: "•" di awal butir dihapus',
      'diktum ke-2: "b." di awal butir dihapus',
      'penandatangan › nama: 1 spasi tak-putus diganti spasi biasa',
      'lampiran › kegiatan ke-1 › sub_kegiatan ke-1 › uraian: "▪" di awal butir dihapus',
      'lampiran › kegiatan ke-1 › sub_kegiatan ke-1 › bulan: 1 rentang dengan tanda pisah (1–3) ditulis 1-3',
    ]);
    for (const line of fixes) expect(line.startsWith(`${data}:`)).toBe(true);
    const lines = fixes.map((line) => Number(line.split(':')[1]));
    // Each at the first line of its text.
    expect(lines).toEqual([lineOf('Menuju\u200B'), lineOf('bahwa untuk melaksanakan tugas'), lineOf('• Undang'), lineOf('b. Keputusan'), lineOf('Denny\u00A0'), lineOf('▪ Pembentukan'), lineOf('"1–3"')]);
  });

  test('then checks the fixed file, and it builds', () => {
    expect(result.stdout).toMatch(/^0 kesalahan, \d+ peringatan$/m);
    expect(result.status).toBe(0);
    expect(runCli(['build', data, '--out', 'hasil'], dir).status).toBe(0);
  });

  test('a file with nothing to fix is left as it is', () => {
    const again = runCli(['check', data, '--perbaiki'], dir);
    expect(again.stdout).not.toContain('diperbaiki');
    expect(readFileSync(data, 'utf8')).toBe(fixed);
    expect(path.basename(data)).toBe('keputusan.yaml');
  });
});
