/** What the studio's server says when it refuses a request, in Bahasa Indonesia and English. */
import type { Catalogue } from '../messages/catalogue';
import type { ProblemValues } from '../problems/problem';

export const studioMessages = {
  'studio-path-refused': (p) => ({
    id: `nama berkas "${p.file}" tidak diterima: hanya berkas .yaml di dalam folder data, ditulis relatif (misalnya kantor/2022-035.yaml), tanpa "..", tautan atau folder tersembunyi`,
    en: `the file name "${p.file}" is refused: only .yaml files inside the data folder, written relative (e.g. office/2022-035.yaml), without "..", links or hidden folders`,
  }),
  'studio-token': () => ({
    id: 'akses ditolak: buka studio dengan alamat lengkap (dengan token) yang dicetak saat naskah studio dijalankan',
    en: 'access refused: open the studio with the full address (with its token) printed when naskah studio started',
  }),
  'studio-host': () => ({
    id: 'akses ditolak: studio hanya melayani alamat 127.0.0.1 atau localhost di komputer ini',
    en: 'access refused: the studio serves only 127.0.0.1 or localhost on this computer',
  }),
  'studio-origin': () => ({
    id: 'akses ditolak: permintaan datang dari halaman lain, bukan dari studio',
    en: 'access refused: the request comes from another page, not from the studio',
  }),
  'studio-too-large': (p) => ({
    id: `kiriman terlalu besar; batasnya ${p.limit} bita`,
    en: `the request is too large; the limit is ${p.limit} bytes`,
  }),
  'studio-bad-request': (p) => ({
    id: `permintaan tidak sah: ${p.detail}`,
    en: `the request is not valid: ${p.detail}`,
  }),
  'studio-not-found': () => ({ id: 'alamat tidak dikenal', en: 'unknown address' }),
  'studio-internal': (p) => ({
    id: `naskah gagal mengerjakan permintaan ini (${p.detail}); ini kesalahan naskah, bukan isian Anda: ubah isian atau muat ulang halaman, dan laporkan pesan di terminal studio`,
    en: `naskah failed on this request (${p.detail}); this is a fault of naskah, not of your entries: change an entry or reload the page, and report the message in the studio's terminal`,
  }),
  'studio-conflict': () => ({
    id: 'berkas sudah diubah di disk sejak dibuka; pilih versi yang dipakai',
    en: 'the file changed on disk since it was opened; choose which version to keep',
  }),
  'studio-errors-remain': () => ({
    id: 'naskah asli dan salinan tidak dibuat selama masih ada kesalahan; perbaiki isian yang ditandai, atau unduh konsep',
    en: 'the original and the copy are not built while errors remain; fix the marked fields, or download a draft',
  }),
} satisfies Catalogue<ProblemValues>;
