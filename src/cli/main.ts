#!/usr/bin/env node
/** The naskah command line: Bahasa Indonesia by default, English with --lang en. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { CheckedDecree } from '../check/across';
import type { Finding } from '../check/finding';
import { formatFinding, formatFix } from '../check/messages';
import type { Lang } from '../messages/catalogue';
import { formatProblem } from '../problems/messages';
import { NaskahError } from '../problems/problem';
import type { Reservation } from '../register/register';
import { buildSummary, carriedReport, checkSummary, cliText, commanderError, commanderHelp, interruptedSummary, registerReport, wordListsReport, type CliWord } from './text';

/** Read before the commands are defined, so that their help is in the user's language too. */
const lang: Lang = /(^|\s)--lang(=|\s+)en(\s|$)/.test(process.argv.slice(2).join(' ')) ? 'en' : 'id';
const t = (word: CliWord) => cliText(lang, word);

/** A year as the command line accepts it. */
function year(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1945 || number > 2200) throw new InvalidArgumentError(t('yearRange'));
  return number;
}

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

/** A file as the clerk finds it: relative to the current folder when it lies below it. */
function shownPath(file: string): string {
  const relative = path.relative('.', file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
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
  // Before the commands are added: they inherit the program's help and output settings.
  .configureHelp(commanderHelp(lang))
  .configureOutput({ outputError: (message, write) => write(commanderError(message, lang)) })
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
  .option('--pdfa', t('pdfa'))
  .option('-o, --out <dir>', t('out'), 'output')
  .option('--abaikan-periksa', t('ignoreCheck'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('buildExamples')}`)
  .action(async (inputs: string[], options: { asli?: boolean; salinan?: boolean; draft?: boolean; pdfa?: boolean; out: string; abaikanPeriksa?: boolean }) => {
    const [{ buildMany, collectDataFiles, findOutputClashes, stopWorkers }, { errorCount }] = await Promise.all([import('../commands/batch'), import('../commands/build')]);
    const variants: ('asli' | 'salinan')[] = [];
    if (options.asli || !options.salinan) variants.push('asli');
    if (options.salinan) variants.push('salinan');
    const files = collectDataFiles(inputs);
    const buildOptions = { variants, outDir: options.out, draft: options.draft, archival: options.pdfa, ignoreCheck: options.abaikanPeriksa };
    const clashes = files.length > 1 ? findOutputClashes(files, buildOptions) : [];
    if (clashes.length > 0) {
      for (const problem of clashes) console.error(formatProblem(problem, lang));
      process.exitCode = 1;
      return;
    }
    const progress = new Progress(files.length);
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
    if (files.length > 1) console.error(buildSummary(files.length - failed, failed, lang));
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
    const [{ collectDataFiles }, { checkDecree }, { loadYamlFile }, { validateDecree }, { getSpeller, officeWordsFile, TERMS_FILE }, { checkAcrossDecrees }, { fixDataFile }] =
      await Promise.all([
        import('../commands/batch'),
        import('../check'),
        import('../data/load'),
        import('../data/validate'),
        import('../check/speller'),
        import('../check/across'),
        import('../commands/fix'),
      ]);
    let errors = 0;
    let warnings = 0;
    const report = (findings: Finding[]) => {
      for (const finding of findings) {
        if (finding.severity === 'error') errors++;
        else warnings++;
        console.log(formatFinding(finding, lang));
      }
    };
    const namedLists = new Set<string>();
    const checked: CheckedDecree[] = [];
    for (const file of collectDataFiles(inputs)) {
      // Which word lists the spelling was checked with, once for each office's list.
      const officeList = officeWordsFile(file);
      if (!namedLists.has(officeList) && getSpeller()) {
        namedLists.add(officeList);
        console.log(wordListsReport(shownPath(TERMS_FILE), { file: shownPath(officeList), exists: existsSync(officeList) }, lang));
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
    // A folder's registers of numbers are held against the decrees in it; numbers two decrees share
    // are said once, by the register's reconciliation where there is a register.
    const { reconcileRegisters } = await import('../register/reconcile');
    const reconciled: Finding[] = [];
    for (const input of inputs.filter((input) => statSync(input, { throwIfNoEntry: false })?.isDirectory())) {
      const ok = await attempt(() => {
        reconciled.push(...reconcileRegisters(input));
        return [];
      });
      if (!ok) errors++;
    }
    const twice = new Set(reconciled.filter((finding) => finding.rule === 'number-twice').map((finding) => path.resolve(finding.file)));
    report(checkAcrossDecrees(checked).filter((finding) => !(finding.rule === 'same-number' && twice.has(path.resolve(finding.file)))));
    report(reconciled);
    console.log(checkSummary(errors, warnings, lang));
    process.exitCode = errors > 0 ? 1 : 0;
  });

program
  .command('next')
  .description(t('next'))
  .argument('<file>', t('nextFile'))
  .requiredOption('--year <year>', t('year'), year)
  .option('--out <file>', t('nextOut'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('nextExamples')}`)
  .action(async (file: string, options: { year: number; out?: string }) => {
    const { carriedFindings, draftNextYear } = await import('../commands/next');
    const ok = await attempt(() => {
      const draft = draftNextYear(file, options.year, options.out);
      const carried = carriedFindings(file, draft);
      console.log(carriedReport(file, carried.length, lang));
      for (const finding of carried) console.log(formatFinding(finding, lang));
      return [draft];
    });
    process.exitCode = ok ? 0 : 1;
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
    const [{ importFile }, { importReport }] = await Promise.all([import('../import'), import('../import/messages')]);
    const ok = await attempt(async () => {
      const { target, result } = await importFile(file, options.out, lang);
      console.error(importReport(result.counts, lang));
      for (const guess of result.guesses) console.error(guess);
      return [target];
    });
    process.exitCode = ok ? 0 : 1;
  });

program
  .command('studio')
  .description(t('studio'))
  .argument('[folder]', t('studioFolder'), 'data')
  .option('--buka', t('studioOpen'))
  .option('--port <port>', t('studioPort'), (value) => {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('0-65535');
    return port;
  })
  .option('-o, --out <dir>', t('out'), 'output')
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('studioExamples')}`)
  .action(async (folder: string, options: { buka?: boolean; port?: number; out: string }) => {
    const { startStudio, openBrowser } = await import('../studio/server');
    const ok = await attempt(async () => {
      const studio = await startStudio({ folder, outDir: options.out, port: options.port });
      console.log(`${t('studioAddress')}\n  ${studio.url}`);
      if (options.buka) openBrowser(studio.url);
      return [];
    });
    if (!ok) process.exitCode = 1;
  });

const numbers = program.command('nomor').description(t('register')).helpOption('-h, --help', t('help')).helpCommand(false).addHelpText('after', `\n${t('registerExamples')}`);

/** One change of the register of numbers, reported with the register file it was written to. */
async function changeRegister(change: 'reserved' | 'released', run: () => { reservation: Reservation; file: string }): Promise<void> {
  const ok = await attempt(() => {
    const { reservation, file } = run();
    console.log(registerReport(change, reservation, file, lang));
    return [];
  });
  process.exitCode = ok ? 0 : 1;
}

numbers
  .command('ambil')
  .description(t('reserve'))
  .argument('[data]', t('reserveData'))
  .option('--tentang <title>', t('reserveTitle'))
  .option('--tahun <year>', t('registerYear'), year)
  .option('--folder <folder>', t('registerFolder'), '.')
  .helpOption('-h, --help', t('help'))
  .action(async (data: string | undefined, options: { tentang?: string; tahun?: number; folder: string }) => {
    const { reserveFromOptions } = await import('../commands/nomor');
    await changeRegister('reserved', () => reserveFromOptions(data, options));
  });

numbers
  .command('lepas')
  .description(t('release'))
  .argument('<nomor>', t('releaseNumber'))
  .option('--tahun <year>', t('registerYear'), year)
  .option('--folder <folder>', t('registerFolder'), '.')
  .helpOption('-h, --help', t('help'))
  .action(async (number: string, options: { tahun?: number; folder: string }) => {
    const { releaseFromOptions } = await import('../commands/nomor');
    await changeRegister('released', () => releaseFromOptions(number, options));
  });

program
  .command('tandatangani')
  .description(t('sign'))
  .argument('<pdf>', t('signPdf'))
  .requiredOption('--sertifikat <p12>', t('signCertificate'))
  .option('--area <json>', t('signArea'))
  .option('--tempat <place>', t('signPlace'))
  .helpOption('-h, --help', t('help'))
  .addHelpText('after', `\n${t('signExamples')}`)
  .action(async (pdf: string, options: { sertifikat: string; area?: string; tempat?: string }) => {
    const { askHidden, signFile } = await import('../commands/tandatangani');
    const ask = process.stdin.isTTY ? () => askHidden(t('passphrase')) : undefined;
    process.exitCode = (await attempt(async () => [await signFile(pdf, { ...options, ask })])) ? 0 : 1;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
});
