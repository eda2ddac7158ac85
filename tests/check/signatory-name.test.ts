import { formatFinding } from '../../src/check';
import { findingsOf } from './support';

describe('a title where the signatory\'s name belongs (signatory-title)', () => {
  test.each<[string, string, string, boolean]>([
    // A signature block typed "Ketua," above the name, read with the title as the name.
    ['"Ketua," above the name taken for the name', 'Ketua', 'Ketua,', true],
    ['the title in capitals', 'Ketua', 'KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT', true],
    ['the name equal to the title', 'Plt. Ketua', 'Plt. Ketua', true],
    ['a name', 'Ketua', 'Denny Saputra', false],
    ['a name with a degree', 'Ketua', 'Dr. H. Denny Saputra, S.H., M.H.', false],
  ])('%s', (_, jabatan, nama, reported) => {
    const findings = findingsOf('signatory-title', (data) => {
      data.penandatangan = { jabatan, nama };
    });
    expect(findings).toEqual(reported ? [expect.objectContaining({ severity: 'error', path: ['penandatangan', 'nama'], found: nama })] : []);
  });

  test('the certifier of copies too, with a message that says what to write', () => {
    const findings = findingsOf('signatory-title', (data) => {
      data.kantor.pengesah_salinan.nama = 'Kasubbag Hukum,';
    });
    expect(findings).toEqual([expect.objectContaining({ path: ['kantor', 'pengesah_salinan', 'nama'] })]);
    expect(formatFinding(findings[0], 'id')).toMatch(/nama "Kasubbag Hukum," adalah sebutan jabatan.*tulis nama lengkap pejabat/);
  });
});
