import { editYamlText, readData } from '../../src/studio/yaml-edit';

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
