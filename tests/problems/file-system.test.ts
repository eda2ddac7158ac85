import fs, { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFilesAtomically, writeNewFileAtomically } from '../../src/output/files';
import { readProblem, writeProblem } from '../../src/problems/file-system';
import { formatProblem } from '../../src/problems/messages';
import { NaskahError } from '../../src/problems/problem';

const failure = (code: string) => Object.assign(new Error(code), { code });
const TARGET = path.join('hasil', 'keputusan.pdf');

describe('a file-system error as a problem naming the file and the reason', () => {
  test.each([
    ['ENOSPC', 'folder', TARGET, 'disk penuh'],
    ['EDQUOT', 'file', TARGET, 'disk penuh'],
    ['EBUSY', 'file', TARGET, 'terkunci atau hanya-baca'],
    ['EPERM', 'file', TARGET, 'terkunci atau hanya-baca'],
    ['EACCES', 'folder', 'hasil', 'folder ini tidak boleh ditulisi'],
    ['EROFS', 'folder', 'hasil', 'hanya dapat dibaca'],
    ['ENOENT', 'folder', 'hasil', 'folder ini tidak ada'],
    ['ENOTDIR', 'folder', 'hasil', 'melewati sebuah berkas'],
    ['EEXIST', 'file', TARGET, 'tidak akan ditimpa'],
    ['EISDIR', 'file', TARGET, 'sudah ada folder dengan nama berkas ini'],
    ['EIO', 'file', TARGET, 'tidak dapat ditulis (EIO)'],
  ] as const)('writing, %s when the %s refused', (code, step, named, reason) => {
    const line = formatProblem(writeProblem(TARGET, step, failure(code)), 'id');
    expect(line.startsWith(`${named}: `)).toBe(true);
    expect(line).toContain(reason);
  });

  test.each([
    ['ENOENT', 'berkas tidak ditemukan'],
    ['EISDIR', 'ini sebuah folder, bukan berkas data'],
    ['EACCES', 'berkas tidak dapat dibaca (EACCES)'],
  ])('reading, %s', (code, reason) => {
    expect(formatProblem(readProblem('a.yaml', failure(code)), 'id')).toBe(`a.yaml: ${reason}`);
  });

  test('anything but a system error is a bug, and is not dressed up as a problem', () => {
    const bug = new TypeError('x is undefined');
    expect(() => writeProblem(TARGET, 'file', bug)).toThrow(bug);
  });
});

describe('writing outputs', () => {
  afterEach(() => jest.restoreAllMocks());

  test('an output open in another program: the problem names it, the old file stays, no temporary is left', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-'));
    const pdf = path.join(dir, 'keputusan.pdf');
    writeFileSync(pdf, 'old');
    jest.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw failure('EBUSY');
    });
    let thrown: unknown;
    try {
      writeFilesAtomically([{ target: pdf, bytes: Buffer.from('new') }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NaskahError);
    expect((thrown as NaskahError).problems).toEqual([{ file: pdf, key: 'file-locked', detail: 'EBUSY' }]);
    expect(readFileSync(pdf, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['keputusan.pdf']);
  });

  test('a new file whose name is taken is never overwritten', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-'));
    const yaml = path.join(dir, 'a.yaml');
    writeFileSync(yaml, 'mine');
    expect(() => writeNewFileAtomically(yaml, Buffer.from('new'))).toThrow(NaskahError);
    expect(readFileSync(yaml, 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});
