import { readFileSync } from 'node:fs';
import { checkDecree, formatFinding, type Finding } from '../../src/check';
import { loadYamlFile } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { AS_SIGNED_FILE, CLEAN_FILE, SAMPLE_FILE, decreeWith, hasDictionary, lampiranOf } from './support';

function checkFile(file: string): Finding[] {
  const source = loadYamlFile(file);
  return checkDecree(source, validateDecree(source, { draft: true }));
}

/**
 * The line where the field holding the `nth` line with `snippet` starts, read from the file itself:
 * that line, or for a folded text (">-") the line of its key.
 */
function fieldLine(text: string, snippet: string, nth = 1): number {
  const lines = text.split('\n');
  let index = -1;
  for (let seen = 0; seen < nth; seen++) index = lines.findIndex((line, i) => i > index && line.includes(snippet));
  if (index < 0) throw new Error(`"${snippet}" is not in the sample`);
  while (!/:\s|^\s*- /.test(lines[index])) index--;
  return index + 1;
}

/** The 1-based line on which `snippet` stands in the file. */
function lineOf(text: string, snippet: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(snippet));
  if (index < 0) throw new Error(`"${snippet}" is not in the sample`);
  return index + 1;
}

describe('the decree Sumbawa Barat 35/2022 as the office signed it', () => {
  const text = readFileSync(AS_SIGNED_FILE, 'utf8');
  const findings = checkFile(AS_SIGNED_FILE);
  const of = (rule: string) => findings.filter((f) => f.rule === rule);
  const activity = (a: number, ...rest: (string | number)[]) => ['lampiran', 'kegiatan', a, ...rest];

  test('names the province where the regency office is meant, in Menimbang a.', () => {
    expect(of('other-office')).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['menimbang', 0],
        line: fieldLine(text, 'Provinsi Nusa Tenggara Barat berkewajiban'),
        found: 'Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat',
        params: { office: 'Komisi Pemilihan Umum Kabupaten Sumbawa Barat', expected: 'Komisi Pemilihan Umum Kabupaten Sumbawa Barat' },
      }),
    ]);
  });

  test('finds the repeated sub-activity of activity 17', () => {
    const repeated = 'Pimpinan unit kerja memantau pencapaian kinerja secara berkala';
    expect(of('duplicate-task')).toEqual([
      expect.objectContaining({ severity: 'error', path: activity(16, 'sub_kegiatan', 5, 'uraian'), line: fieldLine(text, repeated, 2), found: repeated }),
    ]);
  });

  test('finds the activity names cut from longer ones', () => {
    expect(of('fragment-activity')).toEqual([
      expect.objectContaining({ path: activity(7, 'nama'), line: fieldLine(text, 'nama: dan Prosedur Operasional tetap (SOP)'), found: 'dan Prosedur Operasional tetap (SOP)' }),
      expect.objectContaining({ path: activity(31, 'nama'), line: fieldLine(text, 'nama: Penilaian kepuasan terhadap'), found: 'Penilaian kepuasan terhadap' }),
    ]);
  });

  test('finds the sub-activities cut off mid-sentence', () => {
    expect(of('truncated-task').map((f) => [f.path, f.found, f.line])).toEqual([
      [activity(13, 'sub_kegiatan', 1, 'uraian'), 'kode', fieldLine(text, 'aturan disiplin/kode etik/kode')],
      [activity(14, 'sub_kegiatan', 0, 'uraian'), 'sesuai', fieldLine(text, 'pada seluruh jabatan sesuai')],
    ]);
  });

  (hasDictionary ? test : test.skip)('finds the typing errors, each on the line where the word stands', () => {
    const misspelt = of('misspelling').map((f) => [f.found, f.line, f.params?.suggestion]);
    expect(misspelt).toEqual(
      expect.arrayContaining([
        ['Interitas', lineOf(text, 'Penanggungjawab Zona Interitas'), 'Integritas'],
        ['Interitas', lineOf(text, 'Penyajian Rencana Kerja Zona Interitas'), 'Integritas'],
        ['endorong', lineOf(text, 'mampu endorong'), expect.stringMatching(/^mendorong/)],
        ['Pelaksaannya', lineOf(text, 'Pelaksaannya analisis'), 'Pelaksanaannya'],
        ['Pencanaan', lineOf(text, 'Pencanaan Pembangunan'), expect.stringContaining('Perencanaan')],
      ]),
    );
    // Beyond the typing errors, the words that the standard language (KBBI) writes otherwise.
    expect(misspelt.map(([word]) => word).sort()).toEqual(
      ['Efektifitas', 'Interitas', 'Interitas', 'Pelaksaannya', 'Pencanaan', 'efektifitas', 'endorong', 'karir', 'meminimalisir', 'terintegritas'].sort(),
    );
  });

  test('reports nothing else', () => {
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(
      ['certifier-nip', 'certifier-title', 'duplicate-task', 'fragment-activity', 'other-office', 'truncated-task', ...(hasDictionary ? ['misspelling'] : ['spelling-unavailable'])].sort(),
    );
  });

  test('lists the findings in the order of the file', () => {
    const lines = findings.map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  test('explains a finding on one line, in Bahasa Indonesia or English', () => {
    const [finding] = of('other-office');
    const place = `${AS_SIGNED_FILE}:${finding.line}:${finding.column}`;
    expect(formatFinding(finding, 'id')).toBe(
      `${place}: kesalahan [other-office] menimbang ke-1: menyebut "Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat", ` +
        'padahal keputusan ini diterbitkan oleh Komisi Pemilihan Umum Kabupaten Sumbawa Barat; ganti dengan "Komisi Pemilihan Umum Kabupaten Sumbawa Barat"',
    );
    expect(formatFinding(finding, 'en')).toBe(
      `${place}: error [other-office] menimbang no. 1: names "Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat", ` +
        'but this decree is issued by Komisi Pemilihan Umum Kabupaten Sumbawa Barat; replace it with "Komisi Pemilihan Umum Kabupaten Sumbawa Barat"',
    );
  });
});

describe('the sample, with those mistakes corrected', () => {
  test('has no error left, so that it builds as a final decree', () => {
    expect(checkFile(SAMPLE_FILE).filter((f) => f.severity === 'error').map((f) => formatFinding(f, 'en'))).toEqual([]);
  });
});

describe('a decree without mistakes', () => {
  test('reports nothing', () => {
    expect(checkFile(CLEAN_FILE).map((f) => formatFinding(f, 'en'))).toEqual([]);
  });
});

describe('every rule explains itself', () => {
  // One mistake of each kind in the clean decree.
  const { source, decree } = decreeWith((data) => {
    const [first, second, third] = lampiranOf(data).kegiatan;
    data.kantor.wilayah = 'Kabupaten Sumbawa Brat';
    data.keputusan.tentang += ' Tahun 2021';
    data.menimbang[0] = 'Untuk melaksanakan tugas, KPU Kota Mataram menyusun Rencana Kerja Zona Interitas.';
    data.menimbang[1] = 'bahwa perlu menetapkan Keputusan Komisi Pemilihan Umum tentang Rencana Kerja;';
    data.mengingat.reverse();
    data.diktum[1] = data.diktum[1].replace(/\.$/, '');
    data.ditetapkan.tanggal = '2021-12-30';
    first.sub_kegiatan.push({ ...first.sub_kegiatan[0] });
    first.sub_kegiatan[1] = { uraian: 'Koordinasi dengan', bulan: [] };
    second.nama = 'dan Prosedur';
    third.sub_kegiatan[0].uraian += ' endorong';
    data.keputusan.nomor = 'dua belas';
    data.kantor.pengesah_salinan = { jabatan: 'Kasubbag Hukum KPU Kabupaten Sumbawa Barat', nama: '.........' };
    data.penandatangan.nama = 'Denny Saputra, S.H.';
    data.mengingat[0] = `• ${data.mengingat[0]}`;
  });
  const findings = checkDecree(source, decree);
  const rules = [
    'other-office', 'unknown-region', 'duplicate-task', 'fragment-activity', 'year-mismatch', 'date-outside-year', 'no-months',
    'legal-basis-order', 'item-end', 'consideration-start', 'consideration-title', 'consideration-office', 'truncated-task',
    'placeholder', 'number-form', 'name-with-degrees', 'office-in-title', 'certifier-title', 'certifier-nip', 'pasted-marker',
    hasDictionary ? 'misspelling' : 'spelling-unavailable',
  ];

  test.each(rules)('%s', (rule) => {
    const finding = findings.find((f) => f.rule === rule);
    expect(finding).toBeDefined();
    const [id, en] = (['id', 'en'] as const).map((lang) => formatFinding(finding!, lang));
    // "file:line:col: severity [rule] field: what, why; fix" (no field for a notice on the whole file)
    expect(id).toMatch(new RegExp(`^keputusan\\.yaml:\\d+:\\d+: (kesalahan|peringatan) \\[${rule}\\] ([^:]+: )?.+, .+; .+$`));
    expect(en).toMatch(new RegExp(`^keputusan\\.yaml:\\d+:\\d+: (error|warning) \\[${rule}\\] ([^:]+: )?.+, .+; .+$`));
    expect(en).not.toBe(id);
  });
});
