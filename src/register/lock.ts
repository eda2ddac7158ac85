/**
 * A lock file for one shared file (the register of numbers), so that two clerks' processes never
 * read-modify-write it at the same time. The lock is created with O_EXCL, which the file system grants to
 * one process only; a lock left by a process that died (power cut, SIGKILL) is broken by the next one.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import { isRunning } from '../output/files';

/** How long to wait for another process's lock before giving up; a reservation holds it for milliseconds. */
const WAIT_MS = 15_000;
/** A lock older than this is stale even where its owner cannot be asked (another machine on a shared folder). */
const STALE_AFTER_MS = 120_000;

export class LockBusyError extends Error {
  constructor(readonly lockFile: string) {
    super(`${lockFile} is held by another process`);
  }
}

interface Owner {
  pid: number;
  host: string;
  token: string;
}

/** Runs `work` while holding `LOCKFILE`; the lock is released afterwards, also when `work` throws. */
export function withLock<T>(lockFile: string, work: () => T): T {
  const owner: Owner = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + WAIT_MS;
  while (!tryCreate(lockFile, owner)) {
    if (isStale(lockFile)) breakStale(lockFile);
    else if (Date.now() > deadline) throw new LockBusyError(lockFile);
    else sleep(5 + Math.random() * 20);
  }
  try {
    return work();
  } finally {
    // Only our own lock is removed: a lock that was broken as stale under us belongs to someone else now.
    if (readOwner(lockFile)?.token === owner.token) unlinkSync(lockFile);
  }
}

function tryCreate(lockFile: string, owner: Owner): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(lockFile: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as Owner;
  } catch {
    // Gone, or caught between its creation and the write of its owner: nobody we can name.
    return undefined;
  }
}

/** Held by a process of this machine that is gone, or for far longer than any reservation takes. */
function isStale(lockFile: string): boolean {
  const since = statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs;
  if (since === undefined) return false;
  if (Date.now() - since > STALE_AFTER_MS) return true;
  const owner = readOwner(lockFile);
  return owner !== undefined && owner.host === os.hostname() && !isRunning(owner.pid);
}

/**
 * Two processes may find the same stale lock; if both removed "it", the second would remove the lock the
 * first has just taken. So breaking takes a second lock, and the lock is looked at again under it.
 */
function breakStale(lockFile: string): void {
  const breaker = `${lockFile}.break`;
  const owner: Owner = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex') };
  if (!tryCreate(breaker, owner)) {
    // A breaker that died between its two steps leaves its own stale lock behind.
    if (isStale(breaker)) unlinkQuietly(breaker);
    return;
  }
  try {
    if (isStale(lockFile)) unlinkQuietly(lockFile);
  } finally {
    unlinkQuietly(breaker);
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already removed by its owner.
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}
