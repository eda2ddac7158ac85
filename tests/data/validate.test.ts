import { parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { NaskahError, type Problem } from '../../src/problems/problem';
import { formatProblem } from '../../src/problems/messages';
import { scheduleOf } from '../support/appendix';

/** A small valid decree; each case below breaks one thing in it. */
const VALID = `kantor:
  lembaga: Komisi Pemilihan Umum
  wilayah: Kabupaten Sumbawa Barat
  kedudukan: Taliwang
  pengesah_salinan:
    jabatan: Kepala Subbagian Hukum
    nama: Faridah Anwar
keputusan:
  nomor: 35
  tahun: 2022
  tentang: Penetapan Rencana Kerja Tahun 2022
menimbang:
  - bahwa satu;
mengingat:
  - Undang-Undang Nomor 1 Tahun 1999;
diktum:
  - Keputusan ini mulai berlaku pada tanggal ditetapkan.
ditetapkan:
  tanggal: 2022-02-02
penandatangan:
  jabatan: Ketua
  nama: Denny Saputra
lampiran:
  judul: Rencana Kerja
  kegiatan:
    - nama: Tim Kerja
      sub_kegiatan:
        - uraian: Pembentukan tim;
          bulan: [1, 2]
        - uraian: Evaluasi.
          bulan: "3-5, 12"
`;

function problemsOf(text: string): Problem[] {
  try {
    validateDecree(parseYamlText('keputusan.yaml', text));
  } catch (error) {
    if (error instanceof NaskahError) return error.problems;
    throw error;
  }
  return [];
}

function messagesOf(text: string, lang: 'id' | 'en' = 'id'): string[] {
  return problemsOf(text).map((problem) => formatProblem(problem, lang));
}

describe('validation of decree data', () => {
  test('the valid decree passes, with defaults and month ranges expanded', () => {
    const decree = validateDecree(parseYamlText('keputusan.yaml', VALID));
    expect(decree.keputusan.nomor).toBe('35');
    expect(decree.kantor.tata_letak.kertas).toBe('F4');
    expect(scheduleOf(decree).kegiatan[0].sub_kegiatan[1].bulan).toEqual([3, 4, 5, 12]);
    expect(decree.ditetapkan.tanggal).toBe('2022-02-02');
  });

  test('months as people write them: one month, names and their short forms, en dashes', () => {
    const written = VALID.replace('bulan: [1, 2]', 'bulan: 6').replace('"3-5, 12"', '"Maret–Mei, Des"');
    const schedule = scheduleOf(validateDecree(parseYamlText('keputusan.yaml', written)));
    expect(schedule.kegiatan[0].sub_kegiatan.map((task) => task.bulan)).toEqual([[6], [3, 4, 5, 12]]);
  });

  test.each([
    ['a missing field', VALID.replace('  nama: Denny Saputra\n', ''), 'keputusan.yaml:21:3: penandatangan › nama: isian wajib belum ada; tulis teks'],
    ['month 13', VALID.replace('bulan: [1, 2]', 'bulan: [1, 13]'), 'keputusan.yaml:29:22: lampiran › kegiatan ke-1 › sub_kegiatan ke-1 › bulan ke-2: tertulis 13, paling besar 12'],
    ['a date that does not exist', VALID.replace('2022-02-02', '2022-02-30'), 'keputusan.yaml:19:12: ditetapkan › tanggal: tertulis "2022-02-30"; seharusnya tanggal yang ada di kalender, ditulis TTTT-BB-HH, misalnya 2022-02-02'],
    ['a string where a list belongs', VALID.replace('menimbang:\n  - bahwa satu;', 'menimbang: bahwa satu;'), 'keputusan.yaml:12:12: menimbang: tertulis "bahwa satu;" (string), seharusnya daftar (butir-butir diawali "- ")'],
    ['a misspelt key', VALID.replace('  kedudukan: Taliwang', '  kedudukan: Taliwang\n  kedudkan: Taliwang'), 'keputusan.yaml:5:13: kantor › kedudkan: kunci "kedudkan" tidak dikenal; periksa ejaannya atau hapus'],
    ['a reversed month range', VALID.replace('"3-5, 12"', '"5-3"'), 'keputusan.yaml:31:18: lampiran › kegiatan ke-1 › sub_kegiatan ke-2 › bulan: tertulis "5-3"; seharusnya bulan 1 sampai 12 atau nama bulan'],
  ])('%s is reported with file, line, column, field and what is expected', (_name, text, expected) => {
    const messages = messagesOf(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  test('every problem is reported at once', () => {
    const text = VALID.replace('2022-02-02', '2022-13-01').replace('bulan: [1, 2]', 'bulan: [0]').replace('  nama: Denny Saputra\n', '');
    expect(problemsOf(text).map((p) => p.path?.join('.'))).toEqual(
      expect.arrayContaining(['ditetapkan.tanggal', 'lampiran.kegiatan.0.sub_kegiatan.0.bulan.0', 'penandatangan.nama']),
    );
  });

  test('malformed YAML names the line and says how to mend it', () => {
    const messages = messagesOf(VALID.replace('  tahun: 2022', '  tahun: 2022\n   - x: [1'));
    // One space off from the line above: said as such, with what would be right.
    expect(messages).toEqual([expect.stringMatching(/^keputusan\.yaml:\d+:4: baris ini menjorok 3 spasi, baris di atasnya 2 spasi; isian yang setingkat ditulis sejajar/)]);
  });

  test('duplicate keys are refused', () => {
    expect(messagesOf(VALID.replace('  tahun: 2022', '  tahun: 2022\n  tahun: 2023'))[0]).toMatch(/^keputusan\.yaml:11:3: penulisan YAML salah: kunci yang sama ditulis dua kali/);
  });

  test('messages are in English with --lang en', () => {
    const [message] = messagesOf(VALID.replace('bulan: [1, 2]', 'bulan: [1, 13]'), 'en');
    expect(message).toContain('lampiran › kegiatan no. 1 › sub_kegiatan no. 1 › bulan no. 2: found 13, the largest allowed is 12');
  });
});
