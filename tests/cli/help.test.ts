import { REPO, runCli } from '../support/cli';

describe('naskah --help', () => {
  test('lists every command, in Bahasa Indonesia', () => {
    const result = runCli(['--help'], REPO);
    expect(result.status).toBe(0);
    for (const command of ['build', 'check', 'next', 'import']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(result.stdout).toContain('tampilkan bantuan');
  });

  test.each(['build', 'check', 'next', 'import'])('%s --help documents every option with an example, in either language', (command) => {
    const id = runCli([command, '--help'], REPO).stdout;
    const en = runCli(['--lang', 'en', command, '--help'], REPO).stdout;
    expect(id).toMatch(/Contoh:\n {2}naskah /);
    expect(en).toMatch(/Examples?:\n {2}naskah /);
    expect(en).not.toContain('Contoh');
  });
});
