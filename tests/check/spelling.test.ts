import os from 'node:os';
import path from 'node:path';
import { formatFinding } from '../../src/check';
import { checkSpelling } from '../../src/check/rules/spelling';
import { dictionaryDirs, loadSpeller } from '../../src/check/speller';
import { decreeWith, describeWithDictionary, findingsOf, lampiranOf } from './support';

describeWithDictionary('misspelling', () => {
  test.each<[string, string[], string | undefined]>([
    // [sub-activity, words reported, first suggestion for the first word]
    ['Pembentukan Tim Kerja Zona Interitas', ['Interitas'], 'Integritas'],
    ['Implementasi SPBE mampu endorong pelaksanaan pelayanan', ['endorong'], 'mendorong'],
    ['Pelaksaannya analisis jabatan', ['Pelaksaannya'], 'Pelaksanaannya'],
    ['Pencanaan Pembangunan Zona Integritas', ['Pencanaan'], undefined],
    ['Pengembangan karir individu', ['karir'], 'karier'],
    // Each word once per field.
    ['Interitas dan Interitas', ['Interitas'], 'Integritas'],
    // Terms of the domain list, any case for a lower-case entry.
    ['Penanggungjawab ZI, asesor PMPRB, SPIP, RATL, SKJ, SKM, SOP, WBK, WBBM, SAKIP, RENSTRA, ASN', [], undefined],
    ['Sosialisasi road map, _whistle blowing system_, _reward and punishment_ kepada stakeholders', [], undefined],
    ['Informasi di website dan secara online; pemutakhiran data oleh PENANGGUNGJAWAB', [], undefined],
    // An abbreviation of the list is right only in capitals.
    ['Implementasi Spbe', ['Spbe'], undefined],
    // Region names, the office's seat, numbers, Roman numerals and hyphenated words.
    ['Rapat di Taliwang dengan KPU Kabupaten Sumbawa Barat dan Provinsi Nusa Tenggara Barat', [], undefined],
    ['Road Map 2020-2024 dan Undang-Undang Bab IV bagi anak-anak', [], undefined],
    ['Kegiatan lanjut-lanjtan', ['lanjtan'], undefined],
    // Words of real KPU decrees: the KPU list, and the codes inside a number.
    ['Pencalonan Walikota, pencermatan DPT oleh Pantarlih dan badan adhoc', [], undefined],
    ['Keputusan Nomor 123/PL.02-Kpt/01/KPU/IV/2023 dan/atau Nomor 45/PP.04-BA/5207/2023', [], undefined],
    ['Pembentukan dan/atau pembubaran Panitai', ['Panitai'], undefined],
    ['PPS se-Kabupaten Sumbawa di Kecamatan Brang Rea dan Kecamatan Poto Tano; sekali se-kali', ['se'], undefined],
  ])('%j', (uraian, words, suggestion) => {
    const findings = findingsOf('misspelling', (data) => {
      lampiranOf(data).kegiatan[0].sub_kegiatan[1].uraian = uraian;
    });
    expect(findings.map((f) => f.found)).toEqual(words);
    for (const finding of findings) {
      expect(finding).toMatchObject({ severity: 'warning', path: ['lampiran', 'kegiatan', 0, 'sub_kegiatan', 1, 'uraian'] });
    }
    if (suggestion) expect(String(findings[0].params?.suggestion).split(', ')[0]).toBe(suggestion);
  });

  test('"Pencanaan" is offered the word it stands for among the corrections', () => {
    const [finding] = findingsOf('misspelling', (data) => {
      lampiranOf(data).kegiatan[0].sub_kegiatan[1].uraian = 'Pencanaan Pembangunan Zona Integritas';
    });
    expect(String(finding.params?.suggestion).split(', ')).toContain('Perencanaan');
  });

  test.each<[string, (string | number)[]]>([
    ['title', ['keputusan', 'tentang']],
    ['consideration', ['menimbang', 0]],
    ['legal basis', ['mengingat', 0]],
    ['dictum', ['diktum', 0]],
    ['appendix title', ['lampiran', 'judul']],
    ['activity', ['lampiran', 'kegiatan', 1, 'nama']],
    ['note', ['lampiran', 'kegiatan', 3, 'sub_kegiatan', 1, 'ket']],
  ])('the %s is checked', (_, fieldPath) => {
    const findings = findingsOf('misspelling', (data) => {
      const parent = fieldPath.slice(0, -1).reduce<any>((node, key) => node[key], data);
      parent[fieldPath[fieldPath.length - 1]] += ' dan Interitas';
    });
    expect(findings).toEqual([expect.objectContaining({ path: fieldPath, found: 'Interitas' })]);
  });

  test('names of people are not checked', () => {
    const findings = findingsOf('misspelling', (data) => {
      data.penandatangan.nama = 'Qwrtzy Saputra';
      data.kantor.pengesah_salinan.nama = 'Xyzzq Anwar';
    });
    expect(findings).toEqual([]);
  });
});

describe('spelling without the dictionary (spelling-unavailable)', () => {
  test('no dictionary in the given folders: no speller', () => {
    expect(loadSpeller([path.join(os.tmpdir(), 'no-such-dictionary-folder')])).toBeNull();
  });

  test('$DICPATH is searched first, as hunspell does', () => {
    const previous = process.env.DICPATH;
    process.env.DICPATH = ['/opt/a', '/opt/b'].join(path.delimiter);
    try {
      expect(dictionaryDirs().slice(0, 3)).toEqual(['/opt/a', '/opt/b', '/usr/share/hunspell']);
    } finally {
      if (previous === undefined) delete process.env.DICPATH;
      else process.env.DICPATH = previous;
    }
  });

  test('one notice instead of the spelling findings, in both languages', () => {
    const { source, decree } = decreeWith((data) => {
      lampiranOf(data).kegiatan[0].sub_kegiatan[1].uraian = 'Interitas dan endorong';
    });
    const findings = checkSpelling({ source, decree }, null);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'spelling-unavailable', path: [], line: 1, column: 1 })]);
    expect(formatFinding(findings[0], 'id')).toBe(
      'keputusan.yaml:1:1: peringatan [spelling-unavailable] ejaan tidak diperiksa, kamus Hunspell Bahasa Indonesia (id_ID.dic dan id_ID.aff) tidak ditemukan; ' +
        'pasang paket hunspell-id (Debian/Ubuntu: apt install hunspell-id) atau tunjukkan foldernya dengan DICPATH',
    );
    expect(formatFinding(findings[0], 'en')).toMatch(/^keputusan\.yaml:1:1: warning \[spelling-unavailable\] spelling was not checked, /);
  });
});
