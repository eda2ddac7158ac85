import path from 'node:path';
import { REPO, runCli, SAMPLE } from '../support/cli';
import { toolAvailable } from '../support/tools';

describe('naskah check', () => {
  test('finds the office’s mistakes in the sample decree and exits 1', () => {
    const result = runCli(['check', SAMPLE], REPO);
    expect(result.status).toBe(1);
    const out = result.stdout;
    expect(out).toMatch(/2022-035\.yaml:\d+:\d+: .*menimbang ke-1.*Provinsi Nusa Tenggara Barat/);
    expect(out).toMatch(/Pimpinan unit kerja memantau pencapaian kinerja secara berkala/);
    expect(out).toMatch(/dan Prosedur Operasional tetap \(SOP\)/);
    if (toolAvailable(!out.includes('spelling-unavailable'), 'Indonesian dictionary not installed: spelling findings of the sample')) {
      for (const typo of ['Interitas', 'endorong', 'Pelaksaannya', 'Pencanaan']) expect(out).toContain(typo);
    }
    expect(out.trim().split('\n').pop()).toMatch(/^\d+ kesalahan, \d+ peringatan$/);
  });

  test('reports nothing on a clean decree', () => {
    const result = runCli(['check', path.join(REPO, 'tests', 'fixtures', 'data', 'clean.yaml')], REPO);
    expect(result.stdout.trim()).toBe('0 kesalahan, 0 peringatan');
    expect(result.status).toBe(0);
  });

  test('speaks English with --lang en', () => {
    const result = runCli(['--lang', 'en', 'check', SAMPLE], REPO);
    expect(result.stdout.trim().split('\n').pop()).toMatch(/^\d+ errors, \d+ warnings$/);
  });
});
