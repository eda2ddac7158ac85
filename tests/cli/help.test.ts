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

describe("the command-line parser's own messages", () => {
  test.each([
    [['next', 'a.yaml'], "kesalahan: pilihan wajib '--year <year>' belum ditulis", "error: required option '--year <year>' not specified"],
    [['next', 'a.yaml', '--year'], "kesalahan: pilihan '--year <year>' perlu nilai", "error: option '--year <year>' argument missing"],
    [['next', 'a.yaml', '--year', '1800'], "kesalahan: nilai '1800' untuk pilihan '--year <year>' tidak sah. tahun 1945 sampai 2200", 'a year from 1945 to 2200'],
    [['next', '--year', '2023'], "kesalahan: argumen wajib 'file' belum ditulis", "error: missing required argument 'file'"],
    [['next', 'a.yaml', 'b.yaml', '--year', '2023'], "kesalahan: argumen terlalu banyak untuk 'next': seharusnya 1, tertulis 2", 'error: too many arguments'],
    [['build', '--asl', 'a.yaml'], "kesalahan: pilihan '--asl' tidak dikenal\n(Mungkin maksudnya --asli?)", "error: unknown option '--asl'"],
    [['bild'], "kesalahan: perintah 'bild' tidak dikenal\n(Mungkin maksudnya build?)", "error: unknown command 'bild'"],
    [['build', 'a.yaml', '--lang', 'fr'], "kesalahan: nilai 'fr' untuk pilihan '--lang <lang>' tidak sah. Pilihan yang sah: id, en.", null],
  ])('%j: in Indonesian, with the help after it; in English with --lang en', (args, indonesian, english) => {
    const id = runCli(args, REPO);
    expect(id.status).not.toBe(0);
    expect(id.stderr).toContain(indonesian);
    expect(id.stderr).toMatch(/Cara pakai: naskah/);
    expect(id.stderr).not.toMatch(/error:|Usage:|\[options\]|Did you mean/);
    // An unknown language is said in the default one.
    if (english) expect(runCli(['--lang', 'en', ...args], REPO).stderr).toContain(english);
  });

  test('help in Indonesian names its parts in Indonesian', () => {
    const help = runCli(['build', '--help'], REPO).stdout;
    expect(help).toMatch(/^Cara pakai: naskah build \[pilihan\] <files\.\.\.>$/m);
    expect(help).toMatch(/^Argumen:$/m);
    expect(help).toMatch(/^Pilihan:$/m);
    expect(help).toContain('folder hasil (bawaan: output)');
    expect(help).not.toMatch(/Usage|Options|default/);
  });
});
