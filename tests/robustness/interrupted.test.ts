/**
 * Real processes, no hooks: a build killed (SIGKILL) while it writes, and two builds of one decree at
 * once. Earlier outputs stay whole, a killed build's temporary file is removed by the next build, and
 * every output file is always either the earlier one or a complete new one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { parse, stringify } from 'yaml';
import type { DecreeInput } from '../../src/data/schema';
import { REPO, runCli, SAMPLE } from '../support/cli';
import { temporaries } from './workspace';

const CLI = path.join(REPO, 'dist', 'cli', 'main.js');
const OUTPUTS = ['kpu-kabupaten-sumbawa-barat-2022-35-asli.docx', 'kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf'];
/** Kills in the writing window wanted, and the most attempts at them (each attempt is a full build). */
const KILLS_WANTED = 2;
const MOST_ATTEMPTS = 10;

let dir: string;
/** The outputs of the earlier data and of the changed data, built undisturbed. */
const earlier = new Map<string, Buffer>();
const changed = new Map<string, Buffer>();

/**
 * An emblem of noise that does not compress (stored without alpha, so the PDF takes its data as it is):
 * it makes the outputs megabytes, so that writing them lasts long enough to be interrupted.
 */
function writeNoisePng(file: string, side: number): void {
  const png = new PNG({ width: side, height: side, colorType: 2 });
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 2654435761) >>> 24;
  writeFileSync(file, PNG.sync.write(png, { colorType: 2 }));
}

function writeDecree(file: string, title: string): void {
  const decree = parse(readFileSync(SAMPLE, 'utf8')) as DecreeInput;
  decree.kantor.lambang = 'lambang.png';
  decree.keputusan.tentang = title;
  writeFileSync(file, stringify(decree));
}

function buildInto(out: string, data: string): Map<string, Buffer> {
  const result = runCli(['build', data, '--out', out], dir);
  if (result.status !== 0) throw new Error(result.stderr);
  return new Map(OUTPUTS.map((name) => [name, readFileSync(path.join(out, name))]));
}

/** Starts a build: the process (to kill) and its exit (code or signal). */
function spawnBuild(data: string, out: string): { child: ReturnType<typeof spawn>; exit: Promise<{ code: number | null; signal: string | null }> } {
  const child = spawn(process.execPath, [CLI, 'build', data, '--out', out], { cwd: dir, stdio: 'ignore', env: { ...process.env, NASKAH_PDF_FONT: 'bundled' } });
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exit };
}

/** Each output is byte for byte the earlier one or the new one: never a mix, never a part. */
function expectWholeOutputs(out: string): void {
  for (const name of OUTPUTS) {
    const bytes = readFileSync(path.join(out, name));
    expect([earlier.get(name), changed.get(name)].some((whole) => whole?.equals(bytes))).toBe(true);
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-interrupted-'));
  writeNoisePng(path.join(dir, 'lambang.png'), 800);
  writeDecree(path.join(dir, 'earlier.yaml'), 'Rencana Kerja Tahun 2022');
  writeDecree(path.join(dir, 'changed.yaml'), 'Rencana Kerja Tahun 2022 (Perubahan)');
  for (const [name, bytes] of buildInto(path.join(dir, 'reference-earlier'), path.join(dir, 'earlier.yaml'))) earlier.set(name, bytes);
  for (const [name, bytes] of buildInto(path.join(dir, 'reference-changed'), path.join(dir, 'changed.yaml'))) changed.set(name, bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the two decrees give different outputs, so the checks below can tell them apart', () => {
  for (const name of OUTPUTS) expect(earlier.get(name)!.equals(changed.get(name)!)).toBe(false);
});

test('a build killed while it writes leaves the earlier outputs whole; the next build removes its temporary file', async () => {
  const out = path.join(dir, 'killed');
  buildInto(out, path.join(dir, 'earlier.yaml'));
  let killedWhileWriting = 0;
  for (let attempt = 0; attempt < MOST_ATTEMPTS && killedWhileWriting < KILLS_WANTED; attempt++) {
    const build = spawnBuild(path.join(dir, 'changed.yaml'), out);
    // The first temporary file in the output folder means the build has started writing: kill it there.
    const watcher = watch(out, (_event, name) => {
      if (name?.endsWith('.tmp')) build.child.kill('SIGKILL');
    });
    const exit = await build.exit;
    watcher.close();
    if (exit.signal === 'SIGKILL' && temporaries(out).length > 0) killedWhileWriting++;
    expectWholeOutputs(out);
    // Back to the earlier outputs for the next attempt, with whatever the killed build left behind.
    for (const name of OUTPUTS) writeFileSync(path.join(out, name), earlier.get(name)!);
  }
  // Killed with a temporary file in the folder: interrupted while writing, not before or after.
  expect(killedWhileWriting).toBeGreaterThan(0);

  const next = spawnBuild(path.join(dir, 'changed.yaml'), out);
  expect(await next.exit).toEqual({ code: 0, signal: null });
  expect(temporaries(out)).toEqual([]);
  for (const name of OUTPUTS) expect(readFileSync(path.join(out, name)).equals(changed.get(name)!)).toBe(true);
});

test('two builds of the same decree at the same time both finish with complete files', async () => {
  const out = path.join(dir, 'concurrent');
  buildInto(out, path.join(dir, 'earlier.yaml'));
  const builds = [spawnBuild(path.join(dir, 'changed.yaml'), out), spawnBuild(path.join(dir, 'changed.yaml'), out)];
  for (const build of builds) expect(await build.exit).toEqual({ code: 0, signal: null });
  expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  for (const name of OUTPUTS) expect(readFileSync(path.join(out, name)).equals(changed.get(name)!)).toBe(true);
});
