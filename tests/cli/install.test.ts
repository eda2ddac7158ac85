/**
 * Installed once as the README says (`npm install -g .` in the program folder), `naskah` is a command in
 * every folder: npm links it into the PATH's bin folder, and from any other folder it finds its own files
 * (templates, fonts, word lists) and builds there. Installed into a prefix of the test's own, not the
 * machine's global folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, SAMPLE } from '../support/cli';

const prefix = mkdtempSync(path.join(os.tmpdir(), 'naskah-global-'));
const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'naskah-elsewhere-'));
afterAll(() => {
  rmSync(prefix, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

test('after npm install -g . the command naskah builds a decree in another folder', () => {
  const install = spawnSync('npm', ['install', '-g', '.', '--prefix', prefix, '--offline', '--no-audit', '--no-fund'], { cwd: REPO, encoding: 'utf8' });
  expect({ status: install.status, stderr: install.stderr.split('\n').filter((line) => /ERR/.test(line)) }).toEqual({ status: 0, stderr: [] });

  cpSync(SAMPLE, path.join(elsewhere, 'keputusan.yaml'));
  const env = { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` };
  const result = spawnSync('naskah', ['build', 'keputusan.yaml', '--draft'], { cwd: elsewhere, env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(readdirSync(path.join(elsewhere, 'output')).sort()).toEqual(['kpu-kabupaten-sumbawa-barat-2022-35-asli-konsep.docx', 'kpu-kabupaten-sumbawa-barat-2022-35-asli-konsep.pdf']);
}, 300_000);
