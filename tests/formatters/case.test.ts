import { titleCaseId, upperId } from '../../src/formatters';

describe('upperId', () => {
  test.each<[string, string]>([
    ['Kabupaten Sumbawa Barat', 'KABUPATEN SUMBAWA BARAT'],
    // Indonesian has no dotted capital I: "i" becomes a plain "I".
    ['istimewa', 'ISTIMEWA'],
    ['Peraturan Perundang-undangan', 'PERATURAN PERUNDANG-UNDANGAN'],
    ['Tahun 2022', 'TAHUN 2022'],
    ['KPU', 'KPU'],
    ['', ''],
  ])('%j → %j', (s, upper) => {
    expect(upperId(s)).toBe(upper);
  });
});

describe('titleCaseId', () => {
  const sumbawaBaratTitle =
    'Penetapan Rencana Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas Korupsi dan Wilayah Birokrasi ' +
    'Bersih Melayani di Lingkungan Komisi Pemilihan Umum Kabupaten Sumbawa Barat Tahun 2022';

  test.each<[string, string]>([
    // The title of KPU Kab. Sumbawa Barat 35/2022 as its last Menimbang item writes it, from any case.
    [sumbawaBaratTitle.toLowerCase(), sumbawaBaratTitle],
    [upperId(sumbawaBaratTitle), sumbawaBaratTitle],
    [sumbawaBaratTitle, sumbawaBaratTitle],
    // Function words stay lower case, except as the first word.
    ['perubahan atas keputusan komisi pemilihan umum', 'Perubahan atas Keputusan Komisi Pemilihan Umum'],
    ['tentang pedoman teknis', 'Tentang Pedoman Teknis'],
    ['Wilayah Bebas Dari Korupsi Dan Wilayah Bersih', 'Wilayah Bebas dari Korupsi dan Wilayah Bersih'],
    ['dan lain-lain', 'Dan Lain-Lain'],
    [
      'penetapan hari pemungutan suara sebagai hari libur nasional',
      'Penetapan Hari Pemungutan Suara sebagai Hari Libur Nasional',
    ],
    [
      'tata cara pengawasan oleh masyarakat terhadap pemilihan yang jujur serta adil bagi pemilih dengan disabilitas',
      'Tata Cara Pengawasan oleh Masyarakat terhadap Pemilihan yang Jujur serta Adil bagi Pemilih dengan Disabilitas',
    ],
    [
      'hubungan antara komisi dari pusat ke daerah untuk pemilihan pada tahun 2024 dalam satu atau dua putaran',
      'Hubungan antara Komisi dari Pusat ke Daerah untuk Pemilihan pada Tahun 2024 dalam Satu atau Dua Putaran',
    ],
    // Hyphens: only a full reduplication is capitalised after the hyphen.
    ['pembentukan peraturan perundang-undangan', 'Pembentukan Peraturan Perundang-undangan'],
    ['perubahan undang-undang', 'Perubahan Undang-Undang'],
    ['road map reformasi birokrasi 2020-2024', 'Road Map Reformasi Birokrasi 2020-2024'],
    // Slashes separate words of their own.
    ['komisi pemilihan umum kabupaten/kota', 'Komisi Pemilihan Umum Kabupaten/Kota'],
    ['pencabutan dan/atau perubahan', 'Pencabutan dan/atau Perubahan'],
    // Punctuation around a word does not hide it.
    ['pemilihan gubernur, bupati, dan wali kota', 'Pemilihan Gubernur, Bupati, dan Wali Kota'],
    ['tim kerja (pokja) pemilihan', 'Tim Kerja (Pokja) Pemilihan'],
    // Mixed-case input: words with capitals after their first character are kept as written.
    [
      'pedoman penyusunan peta jalan SPBE di lingkungan KPU',
      'Pedoman Penyusunan Peta Jalan SPBE di Lingkungan KPU',
    ],
    ['pelantikan anggota PPK dan PPS', 'Pelantikan Anggota PPK dan PPS'],
    ['kerja sama dengan pemerintah RI', 'Kerja Sama dengan Pemerintah RI'],
    ['penilaian PMPRB tahun 2022', 'Penilaian PMPRB Tahun 2022'],
    ['aplikasi SIREKAP', 'Aplikasi SIREKAP'],
    ['rincian lampiran II', 'Rincian Lampiran II'],
    ['pengadaan blangko e-KTP', 'Pengadaan Blangko e-KTP'],
    // All-capitals input cannot tell acronyms from words: each word gets title case.
    ['PEDOMAN PENGGUNAAN SISTEM INFORMASI KPU', 'Pedoman Penggunaan Sistem Informasi Kpu'],
    // White space is normalised.
    ['  penetapan   hasil\n pemilihan ', 'Penetapan Hasil Pemilihan'],
    ['', ''],
  ])('%j → %j', (s, title) => {
    expect(titleCaseId(s)).toBe(title);
  });
});
