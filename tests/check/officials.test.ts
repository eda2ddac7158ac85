import { findingsOf } from './support';

describe("officials' names without degrees or ranks (name-with-degrees)", () => {
  test.each<[string, string | undefined]>([
    ['Denny Saputra', undefined],
    ["Ma'ruf Fauzi-Rahman", undefined],
    ['Muhammad A. Rahman', undefined],
    ['Denny Saputra, S.H.', 'Denny Saputra'],
    ['Dr. H. Denny Saputra, S.H., M.Si.', 'Denny Saputra'],
    ['Hj. Faridah Anwar', 'Faridah Anwar'],
    ['Denny Saputra (Penata Muda III/a)', 'Denny Saputra'],
  ])('signatory %j', (nama, suggestion) => {
    const findings = findingsOf('name-with-degrees', (data) => {
      data.penandatangan.nama = nama;
    });
    if (suggestion === undefined) return expect(findings).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: ['penandatangan', 'nama'], found: nama, params: { suggestion } })]);
  });

  test("a certifier's degrees are a warning: offices differ on certifiers' names", () => {
    const findings = findingsOf('name-with-degrees', (data) => {
      data.kantor.pengesah_salinan.nama = 'Faridah Anwar, S.H.';
    });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', path: ['kantor', 'pengesah_salinan', 'nama'] })]);
  });
});

describe('a title that names the institution, which the template adds (office-in-title)', () => {
  test.each<[string, string | undefined]>([
    ['Ketua', undefined],
    ['Plt. Ketua', undefined],
    ['Ketua Komisi Pemilihan Umum Kabupaten Sumbawa Barat', 'Ketua'],
    ['Ketua KPU Kabupaten Sumbawa Barat', 'Ketua'],
  ])('signatory %j', (jabatan, suggestion) => {
    const findings = findingsOf('office-in-title', (data) => {
      data.penandatangan.jabatan = jabatan;
    });
    if (suggestion === undefined) return expect(findings).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: ['penandatangan', 'jabatan'], found: jabatan, params: expect.objectContaining({ suggestion }) })]);
  });

  test('a certifier under "SEKRETARIAT KOMISI …" whose title repeats the secretariat', () => {
    const findings = findingsOf('office-in-title', (data) => {
      data.kantor.pengesah_salinan.jabatan = 'Kepala Subbagian Hukum Sekretariat KPU Kabupaten Sumbawa Barat';
    });
    expect(findings).toEqual([expect.objectContaining({ path: ['kantor', 'pengesah_salinan', 'jabatan'], params: expect.objectContaining({ suggestion: 'Kepala Subbagian Hukum' }) })]);
  });
});

describe('the certifier as the conventions want it (certifier-title, certifier-nip)', () => {
  test('an abbreviated title gets the full one, as a warning (Sumbawa Barat 35/2022)', () => {
    const findings = findingsOf('certifier-title', (data) => {
      data.kantor.pengesah_salinan.jabatan = 'Kasubbag Hukum dan SDM';
    });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', found: 'Kasubbag Hukum dan SDM', params: { suggestion: 'Kepala Subbagian Hukum dan Sumber Daya Manusia' } }),
    ]);
  });

  test('a certifier without NIP is a warning; with one, nothing', () => {
    expect(findingsOf('certifier-nip', () => undefined)).toEqual([]);
    const findings = findingsOf('certifier-nip', (data) => {
      delete data.kantor.pengesah_salinan.nip;
    });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', path: ['kantor', 'pengesah_salinan'], found: 'Faridah Anwar' })]);
  });
});
