/**
 * The YAML mistakes clerks make, each said once by its real cause (in Indonesian by default), not as the
 * parser's cascade of English errors.
 */
import { parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { formatProblem } from '../../src/problems/messages';
import { NaskahError } from '../../src/problems/problem';

function messagesOf(text: string): string[] {
  try {
    validateDecree(parseYamlText('k.yaml', text), { draft: true });
  } catch (error) {
    return (error as NaskahError).problems.map((problem) => formatProblem(problem, 'id'));
  }
  throw new Error('the text loaded');
}

test.each([
  ['a missing colon', 'keputusan:\n  nomor 35\n  tahun: 2022\n', 'k.yaml:2:3: tanda titik dua sesudah nama isian tidak ada; tulis "nomor: 35"'],
  ['a missing "- "', 'menimbang:\n  - bahwa satu;\n  bahwa dua;\n', 'k.yaml:3:3: butir daftar ini tidak diawali "- " seperti butir di atasnya; tulis "- bahwa dua;"'],
  ['a missing "- " after a folded item', 'menimbang:\n  - >-\n    bahwa satu;\n  bahwa dua;\n', 'k.yaml:4:3: butir daftar ini tidak diawali "- " seperti butir di atasnya; tulis "- bahwa dua;"'],
  ['one space too many', 'keputusan:\n  nomor: 35\n   tahun: 2022\n', 'k.yaml:3:4: baris ini menjorok 3 spasi, baris di atasnya 2 spasi; isian yang setingkat ditulis sejajar, dengan jumlah spasi yang sama'],
  ['one space too few', 'keputusan:\n  nomor: 35\n tahun: 2022\n', 'k.yaml:3:2: baris ini menjorok 1 spasi, baris di atasnya 2 spasi; isian yang setingkat ditulis sejajar, dengan jumlah spasi yang sama'],
  ['a tab', 'keputusan:\n\tnomor: 35\n', 'k.yaml:2:1: indentasi baris ini memakai tab, padahal YAML hanya menerima spasi di awal baris; ganti tab dengan spasi'],
  ['a colon in a text', 'keputusan:\n  tentang: Rencana Kerja: Tahap 1\n', 'k.yaml:2:3: teks ini memuat titik dua dan spasi (": "), yang dalam YAML memisahkan nama isian dari isinya; beri tanda kutip pada seluruh teks: tentang: "Rencana Kerja: Tahap 1"'],
  ['a text starting with "- "', 'keputusan:\n  tentang: - Rencana Kerja\n', 'k.yaml:2:3: teks ini diawali "- ", yang dalam YAML memulai daftar; beri tanda kutip pada seluruh teks: tentang: "- Rencana Kerja"'],
  ['a text starting with "["', 'keputusan:\n  tentang: [Draf] Rencana Kerja\n', 'k.yaml:2:3: teks ini diawali "[", yang dalam YAML memulai daftar; beri tanda kutip pada seluruh teks: tentang: "[Draf] Rencana Kerja"'],
  ['an item starting with "["', 'menimbang:\n  - [Draf] bahwa satu;\n', 'k.yaml:2:3: teks ini diawali "[", yang dalam YAML memulai daftar; beri tanda kutip pada seluruh teks: - "[Draf] bahwa satu;"'],
])('%s: one message about the real cause', (_name, text, message) => {
  expect(messagesOf(text)).toEqual([message]);
});

describe('a text that YAML reads as a group or a list is said as the quoting it needs', () => {
  const decree = (item: string) =>
    `kantor: { lembaga: Komisi Pemilihan Umum, wilayah: Kabupaten Sumbawa Barat, kedudukan: Taliwang, pengesah_salinan: { jabatan: Kepala Subbagian, nama: Faridah Anwar } }\nkeputusan: { nomor: null, tahun: 2022, tentang: Rencana Kerja }\nmenimbang:\n  - ${item}\nmengingat: [Undang-Undang Nomor 7 Tahun 2017]\ndiktum: [Menetapkan Rencana Kerja.]\nditetapkan: { tanggal: null }\npenandatangan: { jabatan: Ketua, nama: Denny Saputra }\n`;

  test('an item with ": " in it', () => {
    expect(messagesOf(decree('bahwa sesuai dengan: Undang-Undang;'))).toEqual([
      'k.yaml:4:5: menimbang ke-1: teks ini memuat titik dua dan spasi (": "), yang dalam YAML memisahkan nama isian dari isinya; beri tanda kutip pada seluruh teks: "bahwa sesuai dengan: Undang-Undang;"',
    ]);
  });

  test('an item starting with a second "- "', () => {
    expect(messagesOf(decree('- bahwa satu;'))).toEqual([
      'k.yaml:4:5: menimbang ke-1: teks ini diawali "- ", yang dalam YAML memulai daftar; beri tanda kutip pada seluruh teks: "- bahwa satu;"',
    ]);
  });
});
