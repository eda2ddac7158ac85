import { readFileSync } from 'node:fs';
import path from 'node:path';
import { editYamlText, readData } from '../../src/studio/yaml-edit';
import { REPO } from '../support/cli';

/** Activities whose second list of sub-activities ends in the office's comment lines, as the sample's activity 17 does. */
const TEXT = `kegiatan:
  # 1
  - nama: Pembentukan
    sub_kegiatan:
      - uraian: Rapat
        bulan: [1]

  # 2
  - nama: Pengawasan
    sub_kegiatan:
      - uraian: Pemantauan
        bulan: [2]
      # baris ganda dihapus

  # 3
  - nama: Evaluasi
    sub_kegiatan:
      - uraian: Laporan
        bulan: [12]
`;

type Activities = { kegiatan: { nama: string; sub_kegiatan: { uraian: string; bulan: number[] }[] }[] };
const data = () => readData(TEXT) as Activities;

describe('editing a file where a nested list ends in comment lines', () => {
  test('a change above it changes that value only; the next item keeps its indentation', () => {
    const edited = data();
    edited.kegiatan[0].sub_kegiatan[0].bulan = [1, 5];
    expect(editYamlText('keputusan.yaml', TEXT, edited)).toBe(TEXT.replace('bulan: [1]', 'bulan: [1, 5]'));
  });

  test('the item closed by comments moved last keeps them, and the items stand where they belong', () => {
    const edited = data();
    edited.kegiatan.push(...edited.kegiatan.splice(1, 1));
    const text = editYamlText('keputusan.yaml', TEXT, edited);
    expect(readData(text)).toEqual(edited);
    expect(text).toContain('      # baris ganda dihapus\n');
    expect(text).not.toMatch(/^ +$/m);
    expect(text.split('\n').filter((line) => /^\s*- nama:/.test(line)).map((line) => line.indexOf('-'))).toEqual([2, 2, 2]);
  });
});

describe('the labels "# 1", "# 2", ... that number the activities in the file', () => {
  /** The label above each activity, in the order of the file. */
  const labelled = (text: string) =>
    [...text.matchAll(/^ *# (\d+)\n(?: *\n)* *- nama: (\S+)/gm)].map(([, number, name]) => `${number} ${name}`);

  test('follow a moved activity: each still names the position of the one below it', () => {
    const edited = data();
    edited.kegiatan.push(edited.kegiatan.shift()!);
    const text = editYamlText('keputusan.yaml', TEXT, edited);
    expect(readData(text)).toEqual(edited);
    expect(labelled(text)).toEqual(['1 Pengawasan', '2 Evaluasi', '3 Pembentukan']);
    expect(text.match(/# \d+/g)).toHaveLength(3);
    expect(text).toContain('      # baris ganda dihapus\n');
  });

  test('are counted again when an activity is removed or added', () => {
    const removed = data();
    removed.kegiatan.splice(1, 1);
    expect(labelled(editYamlText('keputusan.yaml', TEXT, removed))).toEqual(['1 Pembentukan', '2 Evaluasi']);
    const added = data();
    added.kegiatan.push({ nama: 'Pelaporan', sub_kegiatan: [{ uraian: 'Laporan akhir', bulan: [12] }] });
    const text = editYamlText('keputusan.yaml', TEXT, added);
    expect(readData(text)).toEqual(added);
    expect(labelled(text)).toEqual(['1 Pembentukan', '2 Pengawasan', '3 Evaluasi', '4 Pelaporan']);
  });

  test("in the sample, activity 17 moved up to third and back gives the office's file again, byte for byte", () => {
    const sample = readFileSync(path.join(REPO, 'data/kpu-sumbawa-barat/2022-035.yaml'), 'utf8');
    type Schedule = { lampiran: { kegiatan: unknown[] } };
    const moved = readData(sample) as Schedule;
    moved.lampiran.kegiatan.splice(2, 0, ...moved.lampiran.kegiatan.splice(16, 1));
    const text = editYamlText('keputusan.yaml', sample, moved);
    expect(text).toMatch(/\n\n {4}# 3\n {4}- nama: Keterlibatan pimpinan\n/);
    expect(text).toMatch(/\n\n {4}# 18\n {4}- nama: Pengelolaan Akuntabilitas Kinerja\n/);
    const back = readData(text) as Schedule;
    back.lampiran.kegiatan.splice(16, 0, ...back.lampiran.kegiatan.splice(2, 1));
    expect(editYamlText('keputusan.yaml', text, back)).toBe(sample);
  });

  test('are left as written in a list that does not number every item', () => {
    const unnumbered = TEXT.replace('  # 3\n', '');
    const edited = readData(unnumbered) as Activities;
    edited.kegiatan.push(edited.kegiatan.shift()!);
    const text = editYamlText('keputusan.yaml', unnumbered, edited);
    expect(text.match(/# \d+/g)).toEqual(['# 1', '# 2']);
  });
});
