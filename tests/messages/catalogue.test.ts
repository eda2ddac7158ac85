import { findingMessages } from '../../src/check/messages';
import { formatFinding } from '../../src/check';
import { cliWords } from '../../src/cli/text';
import { noteMessages } from '../../src/import/messages';
import type { Text } from '../../src/messages/catalogue';
import { formatProblem, problemMessages } from '../../src/problems/messages';
import type { Finding } from '../../src/check/finding';

const LANGS = ['id', 'en'] as const;

/** Said in both languages, and not the same words twice (an untranslated message). */
function expectBothLanguages(text: Text, what: string): void {
  for (const lang of LANGS) expect({ what, lang, text: text[lang].trim() }).toEqual({ what, lang, text: expect.stringMatching(/\S/) });
  expect({ what, same: text.id === text.en }).toEqual({ what, same: false });
}

describe('message catalogues', () => {
  test.each(Object.keys(problemMessages) as (keyof typeof problemMessages)[])('problem %s is said in both languages', (key) => {
    const problem = { file: 'k.yaml', key, found: '"x"', detail: 'string', limit: 3 };
    expectBothLanguages({ id: formatProblem(problem, 'id'), en: formatProblem(problem, 'en') }, key);
  });

  test.each(Object.keys(findingMessages) as Finding['rule'][])('finding %s is said in both languages', (rule) => {
    const finding: Finding = { severity: 'warning', rule, file: 'k.yaml', line: 1, column: 1, path: [], found: 'x', params: { section: 'diktum' } };
    expectBothLanguages({ id: formatFinding(finding, 'id'), en: formatFinding(finding, 'en') }, rule);
  });

  test('import notes and the command line\'s words are said in both languages', () => {
    for (const [key, text] of [...Object.entries(noteMessages), ...Object.entries(cliWords)]) expectBothLanguages(text, key);
  });

  test('a key that no catalogue holds does not compile', () => {
    // @ts-expect-error: 'no-such-problem' is not a problem key
    const unknownProblem = { file: 'k.yaml', key: 'no-such-problem' } satisfies Parameters<typeof formatProblem>[0];
    // @ts-expect-error: 'no-such-rule' is not a rule of naskah check
    const unknownRule: Finding['rule'] = 'no-such-rule';
    expect([unknownProblem.key, unknownRule]).toHaveLength(2);
  });
});
