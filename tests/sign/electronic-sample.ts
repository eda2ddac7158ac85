/** The sample decree as an office that signs electronically has it: kantor.tte set, the rest as it is. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE } from '../support/cli';

export const VERIFICATION = 'https://jdih.kpu.go.id/verifikasi/{tahun}/{nomor}';
export const SAMPLE_ADDRESS = 'https://jdih.kpu.go.id/verifikasi/2022/35';

export function writeElectronicSample(dir: string, settings = ''): string {
  const file = path.join(dir, 'keputusan.yaml');
  const office = `  tte:\n    tanda_tangan: elektronik\n    verifikasi: "${VERIFICATION}"\n${settings}  tata_letak:\n`;
  writeFileSync(file, readFileSync(SAMPLE, 'utf8').replace(/^ {2}# Tata letak:.*\n(^ {2}# .*\n)*^ {2}tata_letak:\n/m, office));
  return file;
}
