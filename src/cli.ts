#!/usr/bin/env node
/** The naskah command line: user-facing words in Bahasa Indonesia, English with --lang en. */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Variant } from './compose/compose';
import { buildMany, collectDataFiles } from './batch';
import { checkDecree, formatFinding } from './check';
import { loadYamlFile } from './data/load';
import { validateDecree } from './data/validate';
import { NaskahError } from './errors';
import { importFile } from './import';
import { checkSummary, formatProblem, summary, type Lang } from './messages';
import { draftNextYear } from './next';

const program = new Command('naskah')
  .description('Keputusan (decree) data → DOCX + PDF / data keputusan → DOCX + PDF')
  .addOption(new Option('--lang <lang>', 'bahasa pesan / message language').choices(['id', 'en']).default('id'))
  .showHelpAfterError();

function lang(): Lang {
  return program.opts().lang === 'en' ? 'en' : 'id';
}

/** Runs one unit of work; a user's mistake is printed in the user's terms and counted, anything else is a bug. */
async function attempt(work: () => Promise<string[]> | string[]): Promise<boolean> {
  try {
    for (const written of await work()) console.log(`${lang() === 'id' ? 'dibuat' : 'written'}: ${written}`);
    return true;
  } catch (error) {
    if (!(error instanceof NaskahError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem, lang()));
    return false;
  }
}

program
  .command('build')
  .description('membuat DOCX dan PDF dari berkas data / build DOCX and PDF from data files')
  .argument('<files...>', 'berkas data (.yaml) / data files')
  .option('--asli', 'naskah asli, dengan ruang tanda tangan basah (bawaan) / the original (default)')
  .option('--salinan', 'salinan: "ttd" dan blok "Salinan sesuai dengan aslinya" / the certified copy')
  .option('--draft', 'konsep: nomor dan tanggal boleh kosong, setiap halaman bertanda KONSEP / a draft')
  .option('-o, --out <dir>', 'folder hasil / output folder', 'output')
  .addHelpText(
    'after',
    '\nContoh / examples:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan --out hasil',
  )
  .action(async (inputs: string[], options: { asli?: boolean; salinan?: boolean; draft?: boolean; out: string }) => {
    const variants: Variant[] = [];
    if (options.asli || !options.salinan) variants.push('asli');
    if (options.salinan) variants.push('salinan');
    const files = collectDataFiles(inputs);
    const progress = new Progress(files.length, lang());
    const outcomes = await buildMany(files, { variants, outDir: options.out, draft: options.draft }, (outcome) => {
      progress.clear();
      for (const written of outcome.written) console.log(`${lang() === 'id' ? 'dibuat' : 'written'}: ${written}`);
      for (const problem of outcome.problems) console.error(formatProblem(problem, lang()));
      progress.step();
    });
    const failed = outcomes.filter((outcome) => outcome.problems.length > 0).length;
    progress.clear();
    if (files.length > 1) console.error(summary(files.length - failed, failed, lang()));
    process.exitCode = failed > 0 ? 1 : 0;
  });

program
  .command('check')
  .description('memeriksa keputusan sebelum ditandatangani / check decrees before they are signed')
  .argument('<files...>', 'berkas data (.yaml) atau folder / data files or folders')
  .addHelpText(
    'after',
    '\nMemeriksa: kantor lain yang tersebut, sub kegiatan ganda, nama kegiatan terpotong, salah ketik, tahun,\nurutan dasar hukum, tanda baca. Keluar dengan kode 1 bila ada kesalahan (error).\n\nContoh / example:\n  naskah check data/kpu-sumbawa-barat/2022-035.yaml',
  )
  .action((inputs: string[]) => {
    let errors = 0;
    let warnings = 0;
    for (const file of collectDataFiles(inputs)) {
      try {
        const source = loadYamlFile(file);
        for (const finding of checkDecree(source, validateDecree(source, { draft: true }))) {
          if (finding.severity === 'error') errors++;
          else warnings++;
          console.log(formatFinding(finding, lang()));
        }
      } catch (error) {
        if (!(error instanceof NaskahError)) throw error;
        errors += error.problems.length;
        for (const problem of error.problems) console.log(formatProblem(problem, lang()));
      }
    }
    console.log(checkSummary(errors, warnings, lang()));
    process.exitCode = errors > 0 ? 1 : 0;
  });

program
  .command('import')
  .description('membuat berkas data dari keputusan yang sudah ada (DOCX atau teks) / data from an existing decree')
  .argument('<file>', 'DOCX atau teks keputusan / a DOCX or the text of a decree')
  .option('--out <file>', 'berkas data baru (bawaan: nama yang sama, .yaml) / the new data file')
  .addHelpText('after', '\nBerkas yang sudah ada tidak pernah ditimpa. / An existing file is never overwritten.\n\nContoh / example:\n  naskah import arsip/keputusan-35-2022.docx --out data/kpu-sumbawa-barat/2022-035.yaml')
  .action(async (file: string, options: { out?: string }) => {
    const ok = await attempt(async () => {
      const { target, result } = await importFile(file, options.out);
      const c = result.counts;
      console.error(
        lang() === 'id'
          ? `ditemukan: ${c.menimbang} menimbang, ${c.mengingat} mengingat, ${c.diktum} diktum, ${c.kegiatan} kegiatan, ${c.sub_kegiatan} sub kegiatan`
          : `found: ${c.menimbang} considerations, ${c.mengingat} legal bases, ${c.diktum} dictums, ${c.kegiatan} activities, ${c.sub_kegiatan} sub-activities`,
      );
      for (const guess of result.guesses) console.error(guess);
      return [target];
    });
    process.exitCode = ok ? 0 : 1;
  });

/** A progress bar on a terminal; nothing extra when the output goes to a file or a pipe. */
class Progress {
  private done = 0;
  private readonly shown = process.stderr.isTTY === true;

  constructor(
    private readonly total: number,
    private readonly language: Lang,
  ) {}

  step(): void {
    this.done++;
    if (!this.shown || this.total < 2) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${this.language === 'id' ? 'berkas' : 'files'}`);
  }

  clear(): void {
    if (this.shown && this.done > 0) process.stderr.write('\r\x1b[K');
  }
}

program
  .command('next')
  .description('menyusun konsep tahun berikutnya dari data tahun ini / draft next year from this year')
  .argument('<file>', 'berkas data tahun ini / this year’s data file')
  .requiredOption('--year <year>', 'tahun baru / the new year', (value) => {
    const year = Number(value);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new InvalidArgumentError('1945-2200');
    return year;
  })
  .option('--out <file>', 'nama berkas baru (bawaan: TAHUN-konsep.yaml di sebelahnya) / new file name')
  .addHelpText('after', '\nContoh / example:\n  naskah next data/kpu-sumbawa-barat/2022-035.yaml --year 2023')
  .action(async (file: string, options: { year: number; out?: string }) => {
    process.exitCode = (await attempt(() => [draftNextYear(file, options.year, options.out)])) ? 0 : 1;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
});
