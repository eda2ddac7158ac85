#!/usr/bin/env node
/** The naskah command line: Bahasa Indonesia by default, English with --lang en. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatFinding, formatFix } from '../check/messages';
import type { CheckedDecree } from '../check/across';
import type { Finding } from '../check/finding';
import { cliText, type CliWord } from './text';
import { NaskahError } from '../problems/problem';
import { checkSummary, formatProblem, interruptedSummary, summary, type Lang } from '../problems/messages';

/** Read before the commands are defined, so that their help is in the user's language too. */
const lang: Lang = /(^|\s)--lang(=|\s+)en(\s|$)/.test(process.argv.slice(2).join(' ')) ? 'en' : 'id';
const t = (word: CliWord, values?: Record<string, string | number>) => cliText(lang, word, values);

/** Runs one unit of work; a user's mistake is printed in the user's terms, anything else is a bug. */
async function attempt(work: () => Promise<string[]> | string[]): Promise<boolean> {
  try {
    for (const written of await work()) console.log(`${t('written')}: ${written}`);
    return true;
  } catch (error) {
    if (!(error instanceof NaskahError)) throw error;
    // A refusal because of the check's errors (CheckFailed) shows the findings first, as `check` does.
    for (const finding of (error as { findings?: Finding[] }).findings ?? []) console.error(formatFinding(finding, lang));
    for (const problem of error.problems) console.error(formatProblem(problem, lang));
    return false;
  }
}

/** A progress bar on a terminal; nothing extra when the output goes to a file or a pipe. */
class Progress {
  private done = 0;
  private readonly shown = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  step(): void {
    this.done++;
    if (!this.shown || this.total < 2) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${t('files')}`);
  }

  clear(): void {
    if (this.shown && this.done > 0) process.stderr.write('\r\x1b[K');
  }
}

const program = new Command('naskah')
  .description(t('program'))
  .addOption(new Option('--lang <lang>', t('lang')).choices(['id', 'en']).default('id'))
  .helpOption('-h, --help', t('help'))
  .helpCommand(false)
  .showHelpAfterError();

program
  .command('build')
  .description(t('build'))
  .argument('<files...>', t('buildFiles'))
  .option('--asli', t('asli'))
  .option('--salinan', t('salinan'))
  .option('--draft', t('draft'))
  .option('-o, --out <dir>', t('out'), 'output')
  .option('--abaikan-periksa', t('ignoreCheck'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('buildExamples')}`)
  .action(async (inputs: string[], options: { asli?: boolean; salinan?: boolean; draft?: boolean; out: string; abaikanPeriksa?: boolean }) => {
    const [{ buildMany, collectDataFiles, findOutputClashes, stopWorkers }, { errorCount }] = await Promise.all([import('../commands/batch'), import('../commands/build')]);
    const variants: ('asli' | 'salinan')[] = [];
    if (options.asli || !options.salinan) variants.push('asli');
    if (options.salinan) variants.push('salinan');
    const files = collectDataFiles(inputs);
    const progress = new Progress(files.length);
    const buildOptions = { variants, outDir: options.out, draft: options.draft, ignoreCheck: options.abaikanPeriksa };
    const clashes = files.length > 1 ? findOutputClashes(files, buildOptions) : [];
    if (clashes.length > 0) {
      for (const problem of clashes) console.error(formatProblem(problem, lang));
      process.exitCode = 1;
      return;
    }
    let built = 0;
    let failedSoFar = 0;
    // Ctrl-C: the workers stop, and the clerk sees what was finished, on a clean line. Every file is
    // written atomically, so one being written when interrupted is either the earlier one or the new one.
    const interrupt = () => {
      stopWorkers();
      progress.clear();
      console.error(interruptedSummary(built, failedSoFar, files.length - built - failedSoFar, lang));
      process.exit(130);
    };
    process.once('SIGINT', interrupt);
    const outcomes = await buildMany(files, buildOptions, (outcome) => {
      if (outcome.problems.length > 0) failedSoFar++;
      else built++;
      progress.clear();
      for (const finding of outcome.findings) console.error(formatFinding(finding, lang));
      const ignored = outcome.written.length > 0 ? errorCount(outcome.findings) : 0;
      if (ignored > 0) console.error(formatProblem({ file: outcome.file, key: 'check-ignored', found: String(ignored) }, lang));
      for (const written of outcome.written) console.log(`${t('written')}: ${written}`);
      for (const problem of outcome.problems) console.error(formatProblem(problem, lang));
      progress.step();
    });
    process.off('SIGINT', interrupt);
    const failed = outcomes.filter((outcome) => outcome.problems.length > 0).length;
    progress.clear();
    if (files.length > 1) console.error(summary(files.length - failed, failed, lang));
    process.exitCode = failed > 0 ? 1 : 0;
  });

program
  .command('check')
  .description(t('check'))
  .argument('<files...>', t('buildFiles'))
  .option('--perbaiki', t('fix'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('checkExamples')}`)
  .action(async (inputs: string[], options: { perbaiki?: boolean }) => {
    const [{ collectDataFiles }, { checkDecree }, { loadYamlFile }, { validateDecree }] = await Promise.all([
      import('../commands/batch'),
      import('../check'),
      import('../data/load'),
      import('../data/validate'),
    ]);
    const [{ getSpeller, officeWordsFile, TERMS_FILE }, { checkAcrossDecrees }, { fixDataFile }] = await Promise.all([
      import('../check/speller'),
      import('../check/across'),
      import('../commands/fix'),
    ]);
    let errors = 0;
    let warnings = 0;
    const namedLists = new Set<string>();
    const checked: CheckedDecree[] = [];
    const report = (findings: Finding[]) => {
      for (const finding of findings) {
        if (finding.severity === 'error') errors++;
        else warnings++;
        console.log(formatFinding(finding, lang));
      }
    };
    for (const file of collectDataFiles(inputs)) {
      // Which word lists the spelling was checked with, once for each office list.
      const officeList = officeWordsFile(file);
      if (!namedLists.has(officeList) && getSpeller()) {
        namedLists.add(officeList);
        const office = existsSync(officeList) ? path.relative('.', officeList) : t('noOfficeList', { file: path.relative('.', officeList) });
        console.log(t('wordLists', { builtin: path.relative('.', TERMS_FILE), office }));
      }
      try {
        if (options.perbaiki) for (const fix of fixDataFile(file)) console.log(formatFix(fix, lang));
        const source = loadYamlFile(file);
        const decree = validateDecree(source, { draft: true });
        checked.push({ source, decree });
        report(checkDecree(source, decree));
      } catch (error) {
        if (!(error instanceof NaskahError)) throw error;
        errors += error.problems.length;
        for (const problem of error.problems) console.log(formatProblem(problem, lang));
      }
    }
    report(checkAcrossDecrees(checked));
    console.log(checkSummary(errors, warnings, lang));
    process.exitCode = errors > 0 ? 1 : 0;
  });

program
  .command('next')
  .description(t('next'))
  .argument('<file>', t('nextFile'))
  .requiredOption('--year <year>', t('year'), (value) => {
    const year = Number(value);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new InvalidArgumentError('1945-2200');
    return year;
  })
  .option('--out <file>', t('nextOut'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('nextExamples')}`)
  .action(async (file: string, options: { year: number; out?: string }) => {
    const { draftNextYear } = await import('../commands/next');
    process.exitCode = (await attempt(() => [draftNextYear(file, options.year, options.out)])) ? 0 : 1;
  });

program
  .command('tetapkan')
  .description(t('tetapkan'))
  .argument('<file>', t('tetapkanFile'))
  .requiredOption('--nomor <nomor>', t('tetapkanNomor'))
  .requiredOption('--tanggal <tanggal>', t('tetapkanTanggal'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('tetapkanExamples')}`)
  .action(async (file: string, options: { nomor: string; tanggal: string }) => {
    const { finaliseDraft } = await import('../commands/tetapkan');
    const ok = await attempt(() => {
      const { target, findings } = finaliseDraft(file, options);
      for (const finding of findings) console.error(formatFinding(finding, lang));
      console.log(`${t('finalised')}: ${target}`);
      return [];
    });
    process.exitCode = ok ? 0 : 1;
  });

program
  .command('import')
  .description(t('import'))
  .argument('<file>', t('importFile'))
  .option('--out <file>', t('importOut'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('importExamples')}`)
  .action(async (file: string, options: { out?: string }) => {
    const { importFile } = await import('../import');
    const ok = await attempt(async () => {
      const { target, result } = await importFile(file, options.out);
      console.error(t('found', result.counts));
      for (const guess of result.guesses) console.error(guess);
      return [target];
    });
    process.exitCode = ok ? 0 : 1;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
});
