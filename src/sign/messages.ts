/** What `naskah tandatangani` says when it cannot sign, in Bahasa Indonesia and English. */
import type { Catalogue } from '../messages/catalogue';
import type { ProblemValues } from '../problems/problem';

export const signMessages = {
  'sign-not-pdf': () => ({ id: 'berkas ini bukan PDF; sebut PDF hasil naskah build', en: 'this file is not a PDF; name a PDF built by naskah build' }),
  'sign-pdf-unreadable': (p) => ({
    id: `PDF ini tidak dapat dibaca untuk ditandatangani (${p.detail}); buat ulang dengan naskah build`,
    en: `this PDF cannot be read for signing (${p.detail}); build it again with naskah build`,
  }),
  'sign-area-missing': (p) => ({
    id: `letak tanda tangan tidak ditemukan; buat ${p.found} dengan tanda_tangan: elektronik (naskah menulis berkas ini di sebelahnya), atau sebut berkasnya dengan --area`,
    en: `the signature area is missing; build ${p.found} with tanda_tangan: elektronik (naskah writes this file beside it), or name one with --area`,
  }),
  'sign-area-invalid': (p) => ({
    id: `letak tanda tangan tidak sah (${p.detail}); berkas ini memuat page, x, y, width, height dalam poin PDF`,
    en: `the signature area is not valid (${p.detail}); the file holds page, x, y, width, height in PDF points`,
  }),
  'sign-area-outside': (p) => ({
    id: `letak tanda tangan berada di luar PDF (${p.detail}); berkas letak ini milik PDF lain`,
    en: `the signature area lies outside the PDF (${p.detail}); this area file belongs to another PDF`,
  }),
  'sign-no-passphrase': (p) => ({
    id: `kata sandi sertifikat tidak dapat ditanyakan (bukan terminal); isi variabel lingkungan ${p.detail}`,
    en: `the certificate's passphrase cannot be asked for (not a terminal); set the environment variable ${p.detail}`,
  }),
  'sign-wrong-passphrase': () => ({
    id: 'kata sandi sertifikat salah; ulangi dengan kata sandi yang benar',
    en: 'the certificate passphrase is wrong; try again with the right one',
  }),
  'sign-certificate-unreadable': (p) => ({
    id: `sertifikat tidak dapat dibaca sebagai PKCS#12 (.p12/.pfx) dengan kunci RSA (${p.detail})`,
    en: `the certificate cannot be read as PKCS#12 (.p12/.pfx) with an RSA key (${p.detail})`,
  }),
} satisfies Catalogue<ProblemValues>;
