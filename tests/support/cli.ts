/** Runs the built command line as a user would, in a folder of the test's own. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
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

/**
 * The lines a build printed besides the check's warnings. A final build prints its decree's warnings (the
 * sample keeps its office's spelling, e.g. "Pencanaan"); anything else there is a failure.
 */
export function besidesWarnings(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line && !/:\d+:\d+: (warning|peringatan) \[[a-z-]+\] /.test(line));
}

/** A fresh temporary folder holding a copy of the sample decree's data as `keputusan.yaml`. */
export function workspaceWithSample(): { dir: string; data: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-'));
  const data = path.join(dir, 'keputusan.yaml');
  cpSync(SAMPLE, data);
  return { dir, data };
}
