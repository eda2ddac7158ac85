/** Where outputs go: names derived from the data, safe on any file system, written atomically. */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Decree } from '../data/schema';
import { writeProblem, type WriteStep } from '../problems/file-system';
import { NaskahError } from '../problems/problem';

/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_PART = 60;

/** A lower-case ASCII name part: letters, digits, dots and hyphens only. */
export function safeNamePart(text: string): string {
  const part = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_PART)
    .replace(/[-.]+$/, '');
  if (!part) return 'x';
  // "con.txt" is as reserved as "con": the name before the first dot counts.
  return RESERVED.test(part.split('.')[0]) ? part.replace(/^[^.]*/, '$&-') : part;
}

/** "kpu-kabupaten-sumbawa-barat-2022-35-salinan": office (initials of the institution, then the region), year, number, variant. */
export function outputBaseName(decree: Decree, variant: string): string {
  const initials = decree.kantor.lembaga
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('');
  return [initials, decree.kantor.wilayah, String(decree.keputusan.tahun), decree.keputusan.nomor ?? 'tanpa-nomor', variant].map(safeNamePart).join('-');
}

/**
 * Writes every file completely or none at all: each goes to a temporary file beside its target, then is
 * renamed over it. The earlier files are kept as links until every rename has succeeded, so a target that
 * cannot be replaced (locked, read-only) puts back the files renamed before it: a decree's DOCX and PDF
 * always belong together. A failure is a problem naming the file (or its folder) and the reason.
 */
export function writeFilesAtomically(files: { target: string; bytes: Buffer }[]): void {
  for (const folder of new Set(files.map(({ target }) => path.dirname(target)))) removeStaleTemporaries(folder);
  // A folder where a file should go would fail its rename after others had succeeded: refuse before any.
  const blocked = files.find(({ target }) => isFolder(target));
  if (blocked) throw new NaskahError([{ file: blocked.target, key: 'output-is-folder' }]);
  const staged: { temp: string; target: string; earlier?: string }[] = [];
  const renamed: typeof staged = [];
  let step: WriteStep = 'folder';
  let current = '';
  try {
    for (const { target, bytes } of files) {
      current = target;
      step = 'folder';
      const file: (typeof staged)[number] = { temp: stage(target, bytes), target };
      staged.push(file);
      // An immutable file cannot take a second name either: that fails here, before anything is renamed.
      step = 'file';
      file.earlier = keepEarlier(target);
    }
    for (const file of staged) {
      current = file.target;
      renameSync(file.temp, file.target);
      renamed.push(file);
    }
  } catch (error) {
    for (const { target, earlier } of renamed.reverse()) {
      if (earlier) renameSync(earlier, target);
      else rmSync(target, { force: true });
    }
    for (const { temp, earlier } of staged) {
      rmSync(temp, { force: true });
      if (earlier) rmSync(earlier, { force: true });
    }
    throw new NaskahError([writeProblem(current, step, error)]);
  }
  for (const { earlier } of staged) if (earlier) rmSync(earlier, { force: true });
}

/** A second name for the file now at `target`, to put it back with; none when there is no such file. */
function keepEarlier(target: string): string | undefined {
  if (!statSync(target, { throwIfNoEntry: false })) return undefined;
  const earlier = temporaryName(target);
  linkSync(target, earlier);
  return earlier;
}

/** Writes a new file completely, and never over an existing one: linking the finished file fails if the name is taken. */
export function writeNewFileAtomically(target: string, bytes: Buffer): void {
  removeStaleTemporaries(path.dirname(target));
  let temp: string;
  try {
    temp = stage(target, bytes);
  } catch (error) {
    throw new NaskahError([writeProblem(target, 'folder', error)]);
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    throw new NaskahError([writeProblem(target, 'file', error)]);
  } finally {
    rmSync(temp, { force: true });
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    // No such file, or a path that cannot hold one: staging the file reports why.
    return false;
  }
}

/** "NAME.docx.PID.RANDOM.tmp": the writing process's id tells whether the file is still being written. */
const TEMPORARY = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function temporaryName(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** The bytes in a temporary file beside the target, flushed to disk. */
function stage(target: string, bytes: Buffer): string {
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = temporaryName(target);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    closeSync(fd);
  }
  return temp;
}

/**
 * A process killed while writing (power cut, SIGKILL) cannot remove its temporary file; the next write
 * into the same folder does. Files of processes still running are theirs and are left alone.
 */
function removeStaleTemporaries(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    // No folder yet (or none readable): nothing to clean, and writing reports its own error.
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      rmSync(path.join(folder, name), { force: true });
    } catch {
      // Not a file after all (a folder of that name): not ours to remove.
    }
  }
}

/** Whether a process of this machine is still running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
