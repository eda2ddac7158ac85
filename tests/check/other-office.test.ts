import { findRegion, officeMentions } from '../../src/check/regions';
import { checkDecree } from '../../src/check';
import { decreeWith, findingsOf } from './support';

describe('another office named (other-office)', () => {
  test.each<[string, string, string[]]>([
    // [case, first consideration, offices reported]
    ['the office itself', 'bahwa Komisi Pemilihan Umum Kabupaten Sumbawa Barat berkewajiban menyusun;', []],
    [
      'the province instead of the regency (Sumbawa Barat 35/2022)',
      'bahwa Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat berkewajiban menyusun;',
      ['Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat'],
    ],
    ['a neighbouring regency whose name is a prefix', 'bahwa KPU Kabupaten Sumbawa berkewajiban menyusun;', ['KPU Kabupaten Sumbawa']],
    ['a city, abbreviated', 'bahwa KPU Kota Mataram Tahun 2022 menyusun;', ['KPU Kota Mataram']],
    ['in capitals', 'bahwa KOMISI PEMILIHAN UMUM KOTA BIMA TAHUN 2022 menyusun;', ['KOMISI PEMILIHAN UMUM KOTA BIMA']],
    ['a region that does not exist', 'bahwa KPU Kabupaten Sumbawa Timur menyusun;', ['KPU Kabupaten Sumbawa Timur']],
    ['two offices in one item', 'bahwa KPU Kota Bima dan KPU Kota Mataram menyusun;', ['KPU Kota Bima', 'KPU Kota Mataram']],
    ['the national office without a level word', 'bahwa Komisi Pemilihan Umum menetapkan pedoman;', []],
    ['an instrument of another office, cited', 'bahwa Keputusan Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat mengatur;', []],
    ['a report sent to another office', 'bahwa hasilnya dilaporkan kepada KPU Provinsi Nusa Tenggara Barat;', []],
    ['offices of every regency and city', 'bahwa KPU Kabupaten/Kota menyusun;', []],
  ])('%s', (_, consideration, offices) => {
    const findings = findingsOf('other-office', (data) => {
      data.menimbang[0] = consideration;
    });
    expect(findings.map((f) => f.found)).toEqual(offices);
    for (const finding of findings) {
      expect(finding).toMatchObject({ severity: 'error', path: ['menimbang', 0] });
      expect(finding.params?.expected).toMatch(/ Kabupaten Sumbawa Barat$/);
    }
  });

  test.each<[string, (string | number)[]]>([
    ['legal basis', ['mengingat', 1]],
    ['dictum', ['diktum', 0]],
    ['appendix title', ['lampiran', 'judul']],
    ['activity', ['lampiran', 'kegiatan', 0, 'nama']],
    ['sub-activity', ['lampiran', 'kegiatan', 0, 'sub_kegiatan', 1, 'uraian']],
  ])('is found in a %s', (_, path) => {
    const findings = findingsOf('other-office', (data) => {
      const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], data);
      parent[path[path.length - 1]] += ' oleh KPU Provinsi Bali';
    });
    expect(findings).toEqual([expect.objectContaining({ path, found: 'KPU Provinsi Bali', params: expect.objectContaining({ expected: 'KPU Kabupaten Sumbawa Barat' }) })]);
  });

  test.each<[string, string | undefined]>([
    // [wilayah, suggestion]; undefined suggestion: the region is real, nothing is reported.
    ['Kabupaten Sumbawa Barat', undefined],
    ['Provinsi Nusa Tenggara Barat', undefined],
    ['Republik Indonesia', undefined],
    ['Kota Administrasi Jakarta Selatan', undefined],
    ['Kota Jakarta Selatan', undefined],
    ['Provinsi DKI Jakarta', undefined],
    ['Aceh', undefined],
    ['Kabupaten Sumbawa Brat', 'Kabupaten Sumbawa Barat'],
    ['Provinsi Nusa Tengara Barat', 'Provinsi Nusa Tenggara Barat'],
    ['Kabupaten Atlantis Raya', ''],
  ])('office region %j', (wilayah, suggestion) => {
    const findings = findingsOf('unknown-region', (data) => {
      data.kantor.wilayah = wilayah;
    });
    if (suggestion === undefined) return expect(findings).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: ['kantor', 'wilayah'], found: wilayah })]);
    expect(findings[0].params?.suggestion ?? '').toBe(suggestion);
  });

  test('an office of another region is measured against the office named in kantor.wilayah', () => {
    const findings = findingsOf('other-office', (data) => {
      data.kantor.wilayah = 'Provinsi Nusa Tenggara Barat';
      data.menimbang[0] = 'bahwa Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat menyusun;';
    });
    // The sub-activity's "KPU Kabupaten Sumbawa Barat" is now the other office.
    expect(findings.map((f) => f.found)).toEqual(expect.arrayContaining(['KPU Kabupaten Sumbawa Barat']));
    expect(findings.map((f) => f.found)).not.toContain('Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat');
  });

  test('regions come from the register of regions', () => {
    expect(findRegion('Kabupaten Sumbawa Barat')).toEqual({ level: 'kabupaten', name: 'Sumbawa Barat' });
    expect(findRegion('provinsi nusa tenggara barat')).toEqual({ level: 'provinsi', name: 'Nusa Tenggara Barat' });
    expect(officeMentions('oleh KPU Kabupaten Sumbawa Barat Tahun 2022')).toEqual([
      { text: 'KPU Kabupaten Sumbawa Barat', institution: 'KPU', region: { level: 'kabupaten', name: 'Sumbawa Barat' }, index: 5 },
    ]);
  });
});

describe("an office's own region that is not real (unknown-region first)", () => {
  test('is an error with the closest real region, and the texts naming the real one are not flagged', () => {
    const { source, decree } = decreeWith((data) => {
      data.kantor.wilayah = 'Kabupaten Sumbawa Brat';
    });
    const findings = checkDecree(source, decree).filter((f) => f.severity === 'error');
    expect(findings.map((f) => [f.rule, f.found, f.params?.suggestion])).toEqual([['unknown-region', 'Kabupaten Sumbawa Brat', 'Kabupaten Sumbawa Barat']]);
  });
});
