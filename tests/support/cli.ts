/** Runs the built command line as a user would, in a folder of the test's own. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.join(__dirname, '..', '..');
export const SAMPLE = path.join(REPO, 'data', 'kpu-sumbawa-barat', '2022-035.yaml');
/** The installed command: the launcher of the bundled command line. */
export const CLI = path.join(REPO, 'dist', 'cli', 'launch.js');
/** The sample as the office signed it, with the mistakes `check` finds (the sample has them corrected). */
export const AS_SIGNED = path.join(REPO, 'tests', 'fixtures', 'data', 'sumbawa-barat-2022-035-as-signed.yaml');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, nodeOptions: string[] = []): CliResult {
  const result = spawnSync(process.execPath, [...nodeOptions, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NASKAH_PDF_FONT: 'bundled', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding a copy of the sample decree's data as `keputusan.yaml`. */
export function workspaceWithSample(): { dir: string; data: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-'));
  const data = path.join(dir, 'keputusan.yaml');
  cpSync(SAMPLE, data);
  return { dir, data };
}

/** The sample's two office mistakes, each corrected as the office would (Menimbang a., activity 17). */
export function correctedSample(text: string): string {
  return text
    .replace('Komisi Pemilihan Umum\n    Provinsi Nusa Tenggara Barat berkewajiban', 'Komisi Pemilihan Umum\n    Kabupaten Sumbawa Barat berkewajiban')
    .replace(/\n {8}- uraian: Pimpinan unit kerja memantau pencapaian kinerja secara berkala\n {10}bulan: \[3, 6, 9, 12\]\n(?=\n {4}# 18)/, '\n');
}

/** A workspace with the sample as corrected, which the check finds no error in. */
export function workspaceWithCorrectedSample(): { dir: string; data: string } {
  const { dir, data } = workspaceWithSample();
  writeFileSync(data, correctedSample(readFileSync(data, 'utf8')));
  return { dir, data };
}
