#!/usr/bin/env node
/** The naskah command line. */
import { Command, Option } from 'commander';
import type { Variant } from './compose/compose';
import { buildDecreeFile } from './build';
import { NaskahError } from './errors';
import { formatProblem, type Lang } from './messages';

function langOf(options: { lang?: string }): Lang {
  return options.lang === 'en' ? 'en' : 'id';
}

async function build(files: string[], options: { asli?: boolean; salinan?: boolean; out: string; draft?: boolean; lang?: string }): Promise<number> {
  const lang = langOf(options);
  const variants: Variant[] = [];
  if (options.asli || !options.salinan) variants.push('asli');
  if (options.salinan) variants.push('salinan');
  let failed = 0;
  for (const file of files) {
    try {
      const written = await buildDecreeFile(file, { variants, outDir: options.out, draft: options.draft });
      for (const target of written) console.log(`${lang === 'id' ? 'dibuat' : 'built'}: ${target}`);
    } catch (error) {
      failed++;
      if (!(error instanceof NaskahError)) throw error;
      for (const problem of error.problems) console.error(formatProblem(problem, lang));
    }
  }
  return failed > 0 ? 1 : 0;
}

const program = new Command('naskah')
  .description('Keputusan (decree) data → DOCX + PDF')
  .addOption(new Option('--lang <lang>', 'bahasa pesan / message language').choices(['id', 'en']).default('id'));

program
  .command('build')
  .description('build decrees from their data files')
  .argument('<files...>', 'data files (.yaml)')
  .option('--asli', 'the original, with space for the wet signature (default)')
  .option('--salinan', 'the certified copy: "ttd" and the certification block')
  .option('--draft', 'allow unfilled fields; every page carries KONSEP')
  .option('-o, --out <dir>', 'output folder', 'output')
  .addHelpText('after', '\nExample:\n  naskah build data/kpu-sumbawa-barat/2022-035.yaml --asli --salinan')
  .action(async (files: string[], options) => {
    process.exitCode = await build(files, { ...program.opts(), ...options });
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
});
