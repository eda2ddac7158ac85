/**
 * A locked PDF (an immutable file, as a viewer's lock or a read-only share leaves it): the new DOCX
 * written a moment before is put back, so the earlier DOCX and PDF stay a pair. Locking needs
 * `chattr +i` (root on a file system that has it, as in CI); elsewhere the test is skipped, saying so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, SAMPLE } from '../support/cli';
import { earlierOutput, snapshot, temporaries, workspaceWith } from './workspace';
import { EARLIER_OUTPUT } from './cases';

const chattr = (flag: '+i' | '-i', file: string) => spawnSync('chattr', [flag, file]).status === 0;

function canLock(): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-lock-'));
  const probe = path.join(dir, 'probe');
  writeFileSync(probe, '');
  const locked = chattr('+i', probe);
  if (locked) chattr('-i', probe);
  rmSync(dir, { recursive: true, force: true });
  return locked;
}

const lockable = canLock();
if (!lockable) console.warn('chattr +i is not available here (needs root and a file system with it): the locked-PDF test is skipped');

(lockable ? describe : describe.skip)('a PDF that cannot be replaced', () => {
  let earlier: string;
  let workspace: string;
  let pdf: string;
  beforeAll(() => {
    earlier = earlierOutput();
  });
  afterAll(() => {
    chattr('-i', pdf);
    rmSync(workspace, { recursive: true, force: true });
    rmSync(path.dirname(earlier), { recursive: true, force: true });
  });

  test('leaves the earlier DOCX and PDF as they were, and names the locked file and why', () => {
    workspace = workspaceWith(earlier);
    const data = path.join(workspace, 'keputusan.yaml');
    // A changed decree: its new DOCX differs from the earlier one, so a DOCX left replaced would show.
    writeFileSync(data, readFileSync(SAMPLE, 'utf8').replace(/^  tentang: >-\n/m, '$&    Perubahan atas\n'));
    pdf = path.join(workspace, 'output', `${EARLIER_OUTPUT}.pdf`);
    expect(chattr('+i', pdf)).toBe(true);
    const before = snapshot(workspace);

    const result = runCli(['--lang', 'en', 'build', data, '--out', 'output'], workspace);

    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').pop()).toBe(
      `${path.join('output', `${EARLIER_OUTPUT}.pdf`)}: this file is locked or read-only (EPERM), perhaps open in another program; close it or change its permissions and try again (earlier files are unchanged)`,
    );
    expect(snapshot(workspace)).toEqual(before);
    expect(temporaries(workspace)).toEqual([]);
  });
});
