import { readFileSync } from 'node:fs';
import { checkDecree } from '../../src/check';
import { parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { CLEAN_FILE, findingsOf } from './support';

describe('placeholders (placeholder)', () => {
  test('an empty number and date, as `next` leaves them, are errors', () => {
    const findings = findingsOf('placeholder', (data) => {
      data.keputusan.nomor = null;
      data.ditetapkan.tanggal = null;
    });
    expect(findings.map((f) => [f.severity, f.path, f.params?.kind])).toEqual([
      ['error', ['keputusan', 'nomor'], 'empty'],
      ['error', ['ditetapkan', 'tanggal'], 'empty'],
    ]);
  });

  test('the dots `import` puts where the source had nothing (a certifier of ".........") are errors', () => {
    const findings = findingsOf('placeholder', (data) => {
      data.kantor.pengesah_salinan.jabatan = '.........';
      data.kantor.pengesah_salinan.nama = '…';
      data.diktum[1] = 'Keputusan ini mulai berlaku pada tanggal ..........';
    });
    expect(findings.map((f) => [f.path, f.found])).toEqual([
      [['kantor', 'pengesah_salinan', 'jabatan'], '.........'],
      [['kantor', 'pengesah_salinan', 'nama'], '…'],
      [['diktum', 1], 'Keputusan ini mulai berlaku pada tanggal ..........'],
    ]);
  });

  test('a field still marked "# ISI" is an error on the line of the mark, reported once with its empty value', () => {
    const text = readFileSync(CLEAN_FILE, 'utf8')
      .replace(/^  nomor: 35$/m, '  nomor: null # ISI: keputusan.nomor tahun 2022; wajib diisi sebelum membuat naskah asli')
      .replace(/^  tanggal: (.*)$/m, '  tanggal: $1 # ISI: periksa tanggalnya')
      .replace(/^kantor:$/m, 'kantor: # "# ISI" in a quoted text is no mark');
    const source = parseYamlText('keputusan.yaml', text);
    const findings = checkDecree(source, validateDecree(source, { draft: true })).filter((f) => f.rule === 'placeholder');
    const lineOf = (snippet: string) => text.split('\n').findIndex((line) => line.includes(snippet)) + 1;
    expect(findings.map((f) => [f.line, f.params?.kind, f.found])).toEqual([
      [lineOf('nomor: null'), 'empty', ''],
      [lineOf('periksa tanggalnya'), 'mark', '# ISI: periksa tanggalnya'],
    ]);
  });
});
