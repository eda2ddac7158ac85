/** A signer's certificate and key as an office gets them, made with openssl for the tests. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const PASSPHRASE = 'sandi-uji-7Qx';
export const SIGNER = 'Denny Saputra';

/** A self-signed RSA certificate in a PKCS#12 file protected by PASSPHRASE. */
export function makeCertificate(dir: string): string {
  const key = path.join(dir, 'kunci.pem');
  const cert = path.join(dir, 'sertifikat.pem');
  const p12 = path.join(dir, 'ketua.p12');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${SIGNER}/O=KPU Kabupaten Sumbawa Barat/C=ID`], { stdio: 'ignore' });
  execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', `pass:${PASSPHRASE}`], { stdio: 'ignore' });
  return p12;
}
