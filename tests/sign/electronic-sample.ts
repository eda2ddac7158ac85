/** A decree as an office that signs electronically has it: kantor.tte set, the rest as it is. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE } from '../support/cli';

export const VERIFICATION = 'https://jdih.kpu.go.id/verifikasi/{tahun}/{nomor}';
export const SAMPLE_ADDRESS = 'https://jdih.kpu.go.id/verifikasi/2022/35';

/** `source` (the sample by default) written into `dir` with the office's `tte` settings, plus `settings` (indented lines) under them. */
export function writeElectronicSample(dir: string, settings = '', source = SAMPLE): string {
  const file = path.join(dir, 'keputusan.yaml');
  const office = `kantor:\n  tte:\n    tanda_tangan: elektronik\n    verifikasi: "${VERIFICATION}"\n${settings}`;
  const text = readFileSync(source, 'utf8');
  if (!/^kantor:\n/m.test(text)) throw new Error(`${source}: no "kantor:" line to put the tte settings under`);
  writeFileSync(file, text.replace(/^kantor:\n/m, office));
  return file;
}
