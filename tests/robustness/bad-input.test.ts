/** Every bad input of cases.ts through the real command line: a clear message, exit 1, nothing changed. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { DecreeInput } from '../../src/data/schema';
import { runCli, SAMPLE } from '../support/cli';
import { cases, DATA_FILE, type BadInputCase } from './cases';
import { earlierOutput, snapshot, workspaceWith } from './workspace';

const sample = readFileSync(SAMPLE, 'utf8');
let earlier: string;

beforeAll(() => {
  earlier = earlierOutput();
});

afterAll(() => rmSync(path.dirname(earlier), { recursive: true, force: true }));

/** Puts the case's input in the workspace; returns the path naskah is given. */
function placeInput(workspace: string, input: BadInputCase['input']): string {
  const file = path.join(workspace, DATA_FILE);
  if ('path' in input) return input.path(workspace);
  if ('raw' in input) writeFileSync(file, input.raw);
  else if ('text' in input) writeFileSync(file, Buffer.from(input.text(sample), input.encoding ?? 'utf8'));
  else {
    const decree = parse(sample) as DecreeInput;
    input.data(decree);
    writeFileSync(file, stringify(decree));
  }
  return file;
}

function commandLine(badCase: BadInputCase, file: string): string[] {
  if (badCase.command === 'next') return ['--lang', 'en', 'next', file, '--year', '2023', ...(badCase.args ?? [])];
  if (badCase.command === 'tetapkan') return ['--lang', 'en', 'tetapkan', file, ...(badCase.args ?? [])];
  if (badCase.command === 'check') return ['--lang', 'en', 'check', file, ...(badCase.args ?? [])];
  return ['--lang', 'en', 'build', file, ...(badCase.args ?? ['--out', 'output'])];
}

test('the table holds at least 40 cases, each with its own name', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(new Set(cases.map((badCase) => badCase.name)).size).toBe(cases.length);
});

describe.each(cases)('$name', (badCase) => {
  let workspace: string;
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  test(`exits ${badCase.status} with a message naming file, place and problem; changes nothing`, () => {
    workspace = workspaceWith(earlier);
    const file = placeInput(workspace, badCase.input);
    badCase.prepare?.(workspace);
    const before = snapshot(workspace);

    const result = runCli(commandLine(badCase, file), workspace);

    // check tells its findings on stdout; every other command has nothing to say there when it fails.
    const told = badCase.command === 'check' ? result.stdout : result.stderr;
    expect({ status: result.status, stdout: badCase.command === 'check' ? '' : result.stdout }).toEqual({ status: badCase.status, stdout: '' });
    // Every line is one problem and starts with the file it is about, so no line is a stack trace; the
    // check's findings (a final build checks the data first) are about the data file.
    const about = badCase.file ?? DATA_FILE;
    for (const line of result.stderr.trimEnd().split('\n').filter(Boolean)) {
      const finding = /^[^:]+:\d+:\d+: (error|warning) \[/.test(line);
      expect(line.split(':')[0].split(path.sep).pop()).toBe(finding ? DATA_FILE : about);
    }
    for (const fragment of badCase.messages) expect(told).toContain(fragment);
    expect(snapshot(workspace)).toEqual(before);
  });
});
