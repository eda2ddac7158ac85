import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { LIMITS, parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { NaskahError } from '../../src/problems/problem';

const CLEAN = parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'data', 'clean.yaml'), 'utf8')) as Record<string, unknown>;
const { lampiran: schedule, ...withoutAppendix } = CLEAN;

const load = (data: Record<string, unknown>) => validateDecree(parseYamlText('k.yaml', stringify(data)));
const problemsOf = (data: Record<string, unknown>) => {
  try {
    load(data);
  } catch (error) {
    return (error as NaskahError).problems;
  }
  return [];
};

const nameTable = (rows: number) => ({
  jenis: 'tabel',
  judul: 'Daftar Anggota',
  kolom: 'susunan_keanggotaan',
  baris: [{ kelompok: 'KECAMATAN TALIWANG', baris: Array.from({ length: rows }, (_, i) => [`Nama ${i + 1}`, 'Anggota', 'Taliwang']) }],
});

describe('lampiran: none, one, or a list', () => {
  test('no appendix is an empty list', () => {
    expect(load(withoutAppendix).lampiran).toEqual([]);
  });

  test('a single object is a list of one, and one without a kind is a schedule', () => {
    const decree = load(CLEAN);
    expect(decree.lampiran).toHaveLength(1);
    expect(decree.lampiran[0]).toMatchObject({ jenis: 'jadwal', judul: (schedule as { judul: string }).judul });
  });

  test('a list of appendices of every kind', () => {
    const decree = load({ ...withoutAppendix, lampiran: [schedule, nameTable(2), { jenis: 'teks', judul: 'Pedoman', isi: '# Pendahuluan' }] });
    expect(decree.lampiran.map((appendix) => appendix.jenis)).toEqual(['jadwal', 'tabel', 'teks']);
  });

  test('a mistake in a single appendix is placed where it is written, without a list index', () => {
    const data = structuredClone(CLEAN) as { lampiran: { kegiatan: { sub_kegiatan: { bulan: unknown }[] }[] } };
    data.lampiran.kegiatan[0].sub_kegiatan[0].bulan = [13];
    const [problem] = problemsOf(data as unknown as Record<string, unknown>);
    expect(problem.path).toEqual(['lampiran', 'kegiatan', 0, 'sub_kegiatan', 0, 'bulan', 0]);
    expect(problem.line).toBeGreaterThan(1);
  });

  test('an unknown kind names the kinds there are', () => {
    const [problem] = problemsOf({ ...withoutAppendix, lampiran: [{ jenis: 'gambar', judul: 'x' }] });
    expect(problem).toMatchObject({ path: ['lampiran', 0, 'jenis'] });
  });

  test('a group without rows, or a row that is neither cells nor a group, is refused', () => {
    expect(problemsOf({ ...withoutAppendix, lampiran: { ...nameTable(1), baris: [{ kelompok: 'DESA A', baris: [] }] } })).toHaveLength(1);
    expect(problemsOf({ ...withoutAppendix, lampiran: { ...nameTable(1), baris: ['Nama saja'] } })).toHaveLength(1);
  });
});

describe('limits of a name table', () => {
  test(`${LIMITS.tableRows.toLocaleString('en')} rows are accepted, in one list or in groups`, () => {
    expect(load({ ...withoutAppendix, lampiran: nameTable(LIMITS.tableRows) }).lampiran[0].jenis).toBe('tabel');
  });

  test('one row more is refused by name, not by the length of one list', () => {
    const problems = problemsOf({ ...withoutAppendix, lampiran: nameTable(LIMITS.tableRows + 1) });
    expect(problems.map((problem) => problem.key)).toEqual(['too-many-table-rows']);
  });
});
