/**
 * Validates a DOCX against the OOXML schemas with the shared `validate-docx` tool, which sits
 * beside the repository (../shared/tools). Where the tool or xmllint is missing the result is
 * "skipped": CI fails on it, a developer's machine says so once (support/tools.ts).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { toolAvailable } from './tools';

const VALIDATOR = path.resolve(__dirname, '../../../shared/tools/validate-docx');

export type Validation = { status: 'valid' } | { status: 'invalid'; output: string } | { status: 'skipped'; reason: string };

export function validateDocx(docx: Buffer): Validation {
  if (!fs.existsSync(VALIDATOR)) return { status: 'skipped', reason: `${VALIDATOR} not found` };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-validate-'));
  try {
    const file = path.join(dir, 'document.docx');
    fs.writeFileSync(file, docx);
    const result = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    // Exit 2: the tool cannot run here (no xmllint, unzip or schemas).
    if (result.error || result.status === 2) return { status: 'skipped', reason: result.error?.message ?? output };
    return result.status === 0 ? { status: 'valid' } : { status: 'invalid', output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Expects a DOCX to validate; where validation cannot run, fails in CI and says so once elsewhere. */
export function expectValidDocx(docx: Buffer): void {
  const validation = validateDocx(docx);
  if (!toolAvailable(validation.status !== 'skipped', `DOCX schema validation cannot run (${validation.status === 'skipped' ? validation.reason : ''})`)) return;
  expect(validation).toEqual({ status: 'valid' });
}
