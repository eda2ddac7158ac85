import { readFileSync } from 'node:fs';
import { checkDecree, formatFinding } from '../../src/check';
import { parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { CLEAN_FILE } from './support';

/** The clean decree's text with one edit, checked as `naskah check` checks a file. */
function commentFindings(edit: (text: string) => string) {
  const text = edit(readFileSync(CLEAN_FILE, 'utf8'));
  const source = parseYamlText('keputusan.yaml', text);
  return checkDecree(source, validateDecree(source, { draft: true })).filter((finding) => finding.rule === 'comment-in-text');
}

describe('a comment after a text on its line (comment-in-text), which YAML silently cuts off', () => {
  test('a dictum "Rapat #2 …" is printed as "Rapat": said, with what is printed', () => {
    const findings = commentFindings((text) => text.replace(/^diktum:\n/m, 'diktum:\n  - Rapat #2 dilaksanakan pada bulan Maret.\n'));
    expect(findings.map((finding) => formatFinding(finding, 'en'))).toEqual([
      expect.stringMatching(
        /^keputusan\.yaml:\d+:\d+: warning \[comment-in-text\] diktum no\. 1: the text is followed by "#2 dilaksanakan pada bulan Maret\." on the same line, YAML drops everything after " #" as a comment, so only "Rapat" is printed; if the # belongs to the text, put the whole text in quotes/,
      ),
    ]);
  });

  test('a quoted text keeps its #, and a comment on a line of its own is the office’s note', () => {
    expect(
      commentFindings((text) => text.replace(/^diktum:\n/m, 'diktum:\n  # catatan kantor\n  - "Rapat #2 dilaksanakan pada bulan Maret."\n')),
    ).toEqual([]);
  });

  test('a comment after a value that is not a text the office types (a date, a setting) is left alone', () => {
    expect(commentFindings((text) => text.replace(/^(  tanggal: \S+)$/m, '$1 # ditetapkan di kantor'))).toEqual([]);
  });
});

test('an official’s title or name cut off by " #" is said too', () => {
  const findings = commentFindings((text) => text.replace(/^(penandatangan:\n  jabatan: )(.*)$/m, '$1$2 #2 Komisi'));
  expect(findings.map((finding) => formatFinding(finding, 'en'))).toEqual([
    expect.stringMatching(/^keputusan\.yaml:\d+:\d+: warning \[comment-in-text\] penandatangan › jabatan: the text is followed by "#2 Komisi" on the same line, .* so only "\S+" is printed/),
  ]);
});
