/** What the register of numbers says, in Bahasa Indonesia and English: problems of `naskah nomor` and findings of `check FOLDER`. */
import type { FindingValues } from '../check/finding';
import type { Catalogue } from '../messages/catalogue';
import type { ProblemValues } from '../problems/problem';

export const registerMessages = {
  'register-invalid': (p) => ({
    id: `buku nomor tidak sah (${p.detail}); setiap butir di bawah "nomor:" memuat tahun, nomor, tentang dan diambil`,
    en: `the register of numbers is not valid (${p.detail}); every item under "nomor:" holds tahun, nomor, tentang and diambil`,
  }),
  'register-not-reserved': (p) => ({
    id: `nomor ${p.found} tahun ${p.detail} tidak tercatat di buku nomor; periksa nomor dan --tahun`,
    en: `number ${p.found} of ${p.detail} is not in the register; check the number and --tahun`,
  }),
  'register-already-used': (p) => ({
    id: `nomor ${p.found} sudah dipakai oleh ${p.detail}; ambil nomor baru dengan "naskah nomor ambil"`,
    en: `number ${p.found} is used by ${p.detail} already; reserve a new one with "naskah nomor ambil"`,
  }),
  'register-title-missing': () => ({
    id: 'tulis judul keputusan dengan --tentang "…", atau sebut berkas konsepnya: naskah nomor ambil data/kantor/2023-konsep.yaml',
    en: 'give the decree\'s title with --tentang "…", or name its draft: naskah nomor ambil data/office/2023-konsep.yaml',
  }),
  'register-number-invalid': (p) => ({
    id: `tertulis ${p.found}; nomor yang dilepas adalah nomor urut seperti 12`,
    en: `found ${p.found}; the number to release is a sequence number such as 12`,
  }),
  'register-not-folder': () => ({
    id: 'ini bukan folder; --folder menyebut folder data kantor, tempat buku nomor (nomor.yaml) disimpan',
    en: 'this is not a folder; --folder names the office\'s data folder, where the register (nomor.yaml) is kept',
  }),
  'register-busy': () => ({
    id: 'buku nomor sedang dipakai proses lain terlalu lama; ulangi sebentar lagi',
    en: 'another process has held the register of numbers for too long; try again in a moment',
  }),
} satisfies Catalogue<ProblemValues>;

const p = (f: FindingValues, name: string): string => String(f.params?.[name] ?? '');

export const registerFindingMessages = {
  'number-twice': (f) => ({
    id: {
      what: `nomor ${p(f, 'number')} tahun ${p(f, 'year')} juga dipakai oleh ${p(f, 'others')}`,
      why: 'satu nomor hanya untuk satu keputusan',
      fix: 'ambil nomor baru untuk salah satunya dengan "naskah nomor ambil"',
    },
    en: {
      what: `number ${p(f, 'number')} of ${p(f, 'year')} is also used by ${p(f, 'others')}`,
      why: 'one number belongs to one decree',
      fix: 'reserve a new number for one of them with "naskah nomor ambil"',
    },
  }),
  'number-not-reserved': (f) => ({
    id: {
      what: `nomor ${p(f, 'number')} tahun ${p(f, 'year')} tidak pernah diambil di ${p(f, 'register')}`,
      why: 'nomor di luar buku nomor dapat terpakai dua kali',
      fix: 'tetapkan keputusan dengan "naskah tetapkan", yang mencatat nomornya',
    },
    en: {
      what: `number ${p(f, 'number')} of ${p(f, 'year')} was never reserved in ${p(f, 'register')}`,
      why: 'a number taken outside the register can be used twice',
      fix: 'finalise the decree with "naskah tetapkan", which records its number',
    },
  }),
  'number-other-file': (f) => ({
    id: {
      what: `buku nomor mencatat nomor ${p(f, 'number')} tahun ${p(f, 'year')} untuk ${p(f, 'other')}`,
      why: 'dua keputusan memakai satu nomor',
      fix: 'ambil nomor baru untuk keputusan ini dengan "naskah nomor ambil"',
    },
    en: {
      what: `the register records number ${p(f, 'number')} of ${p(f, 'year')} for ${p(f, 'other')}`,
      why: 'two decrees use one number',
      fix: 'reserve a new number for this decree with "naskah nomor ambil"',
    },
  }),
  'reservation-unused': (f) => ({
    id: {
      what: `nomor ${p(f, 'number')} tahun ${p(f, 'year')} ("${p(f, 'title')}") diambil ${p(f, 'since')} tetapi belum dipakai keputusan mana pun`,
      why: 'nomor yang tertinggal membuat penomoran berlubang',
      fix: `pakai nomor itu, atau lepaskan dengan "naskah nomor lepas ${p(f, 'number')} --tahun ${p(f, 'year')}"`,
    },
    en: {
      what: `number ${p(f, 'number')} of ${p(f, 'year')} ("${p(f, 'title')}") was reserved ${p(f, 'since')} but no decree uses it`,
      why: 'numbers left behind leave gaps in the numbering',
      fix: `use it, or release it with "naskah nomor lepas ${p(f, 'number')} --tahun ${p(f, 'year')}"`,
    },
  }),
  'register-file-mismatch': (f) => ({
    id: {
      what: `nomor ${p(f, 'number')} tahun ${p(f, 'year')} tercatat untuk ${p(f, 'other')}, tetapi berkas itu tidak ada atau memuat nomor lain`,
      why: 'buku nomor dan berkas data harus sama',
      fix: 'perbaiki nomor di berkas data itu, atau nama berkas di buku nomor bila berkasnya dipindah',
    },
    en: {
      what: `number ${p(f, 'number')} of ${p(f, 'year')} is recorded for ${p(f, 'other')}, but that file is missing or carries another number`,
      why: 'the register and the data files must agree',
      fix: 'correct the number in that data file, or the file name in the register if the file was moved',
    },
  }),
} satisfies Catalogue<FindingValues, { what: string; why: string; fix: string }>;
