/**
 * `npm run bench`: how fast naskah builds, on the sample decree and on a batch of one decree per
 * KPU office (38 provinces, 514 regencies and cities), and how that compares with LibreOffice
 * converting the same DOCX files to PDF (when `soffice` is installed).
 *
 *   node dist/bench/main.js [--runs N] [--batch-runs N] [--scale 1,10,100,1000] [--names 2000,20000] [--skip-batch] [--skip-soffice] [--studio-only]
 *
 * The batch (some minutes on two cores) runs once unless --batch-runs asks for more; 1000× rows
 * (--scale 1,10,100,1000) takes minutes and more memory than V8's default heap.
 *
 * Timings are the median of several runs with their range; CPU is the time the process spent on
 * a core, which a busy machine inflates less than the wall clock.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import Papa from 'papaparse';
import { parse, stringify } from 'yaml';
import { buildDecreeFile } from '../commands/build';
import { composeDecree } from '../compose/compose';
import { loadYamlFile } from '../data/load';
import type { Decree } from '../data/schema';
import { validateDecree } from '../data/validate';
import type { LayoutDocument } from '../layout/model';
import { docxDocument, renderDocx } from '../render/docx';
import { drawPages, toBuffer } from '../render/pdf/engine';
import { preparePdf, renderPdfPlaced, settledLayout } from '../render/pdf/index';
import { Studio } from '../studio/service';
import { rowCost, TABLES } from './pdfmake-alone';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'data', 'kpu-sumbawa-barat', '2022-035.yaml');
/** The sample of a table of names: a regency's polling-station committees (PPS), by district and village. */
const NAMES_SAMPLE = path.join(ROOT, 'data', 'kpu-sumbawa', '2024-104-pps.yaml');
const CLI = path.join(__dirname, '..', 'cli', 'launch.js');
const AREAS = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
/** The sample's office, replaced by each office of the batch. */
const SAMPLE_REGION = /Kabupaten\s+Sumbawa\s+Barat/g;
const SAMPLE_SEAT = /Taliwang/g;

const USAGE = `npm run bench -- [options]   (or node dist/bench/main.js [options])
  --runs N           runs of each warm measure, median and range reported (default 15)
  --batch-runs N     runs of the batch of one decree per KPU office (default 1; minutes each)
  --scale 1,10,100   appendix rows repeated so many times, one process each (1000 takes minutes and gigabytes)
  --names 2000,20000 the PPS decree's table of names grown to so many names, each a fresh \`naskah build\`
  --skip-batch       leave the batch out
  --skip-soffice     leave LibreOffice out
  --studio-only      only the studio's preview`;

interface Options {
  runs: number;
  batchRuns: number;
  scale: number[];
  names: number[];
  batch: boolean;
  soffice: boolean;
  /** Only the studio's preview, a quick measure while others use the machine. */
  studioOnly: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '15' },
      'batch-runs': { type: 'string', default: '1' },
      scale: { type: 'string', default: '1,10,100' },
      names: { type: 'string', default: '2000,20000' },
      'skip-batch': { type: 'boolean', default: false },
      'skip-soffice': { type: 'boolean', default: false },
      'studio-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    runs: wholeNumber('--runs', values.runs),
    batchRuns: wholeNumber('--batch-runs', values['batch-runs']),
    scale: values.scale.split(',').map((factor) => wholeNumber('--scale', factor)),
    names: values.names.split(',').map((count) => wholeNumber('--names', count)),
    batch: !values['skip-batch'],
    soffice: !values['skip-soffice'],
    studioOnly: values['studio-only'],
  };
}

function wholeNumber(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${option}: a whole number from 1 is wanted, not "${text}"`);
  return value;
}

// --- measuring ---------------------------------------------------------------------------------

interface Sample {
  wall: number;
  cpu: number;
}

async function timed(work: () => Promise<unknown> | unknown): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "123 ms (110–140)": the median and the range of the runs. */
function spread(values: number[], unit = 'ms', digits = 0): string {
  if (values.length === 0) return 'n/a';
  const f = (value: number) => value.toFixed(digits);
  if (values.length === 1) return `${f(values[0])} ${unit}`;
  return `${f(median(values))} ${unit} (${f(Math.min(...values))}–${f(Math.max(...values))})`;
}

const rows: [string, string, string][] = [];

function report(what: string, result: string, note = ''): void {
  rows.push([what, result, note]);
  console.log(`  ${what}: ${result}${note ? `   [${note}]` : ''}`);
}

function printTable(): void {
  const width = (column: 0 | 1) => Math.max(...rows.map((row) => row[column].length));
  const line = (row: [string, string, string]) => `| ${row[0].padEnd(width(0))} | ${row[1].padEnd(width(1))} | ${row[2]}`;
  console.log(`\n${line(['measure', 'median (range)', 'target / note'])}`);
  console.log(`|${'-'.repeat(width(0) + 2)}|${'-'.repeat(width(1) + 2)}|${'-'.repeat(20)}`);
  for (const row of rows) console.log(line(row));
}

/**
 * Counts and times pdfmake's layout passes. The PDF renderer lays a document out again when
 * keep-with-next or a row span broken by a page asks for it; this shows what that costs.
 */
function watchLayoutPasses(): { take(): { passes: number; ms: number } } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builder = require('pdfmake/js/LayoutBuilder').default.prototype as { layoutDocument(...args: unknown[]): unknown };
  const layoutDocument = builder.layoutDocument;
  let passes = 0;
  let ms = 0;
  builder.layoutDocument = function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    try {
      return layoutDocument.apply(this, args);
    } finally {
      passes++;
      ms += performance.now() - start;
    }
  };
  return {
    take() {
      const taken = { passes, ms };
      passes = 0;
      ms = 0;
      return taken;
    },
  };
}

// --- the batch's decrees -----------------------------------------------------------------------

interface Office {
  region: string;
  seat: string;
}

function offices(): Office[] {
  const read = (file: string) => Papa.parse<Record<string, string>>(fs.readFileSync(path.join(AREAS, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const provinces = read('provinces.csv').map((row) => ({ region: `Provinsi ${row.name}`, seat: row.name }));
  const regencies = read('regencies.csv').map((row) => ({ region: row.name, seat: row.name.replace(/^(Kabupaten|Kota)\s+/, '') }));
  return [...provinces, ...regencies];
}

/** Every text of the sample with its office replaced by `office`. */
function forOffice(sample: unknown, office: Office): unknown {
  if (typeof sample === 'string') return sample.replace(SAMPLE_REGION, office.region).replace(SAMPLE_SEAT, office.seat);
  if (Array.isArray(sample)) return sample.map((item) => forOffice(item, office));
  if (sample && typeof sample === 'object') {
    return Object.fromEntries(Object.entries(sample).map(([key, value]) => [key, forOffice(value, office)]));
  }
  return sample;
}

/** One YAML file per office, in `folder`, built from the sample (the emblem, if any, copied beside them). */
function writeOfficeDecrees(folder: string): string[] {
  const sample = parse(fs.readFileSync(SAMPLE, 'utf8')) as unknown;
  const emblem = (sample as { kantor?: { lambang?: string } }).kantor?.lambang;
  if (emblem) fs.copyFileSync(path.resolve(path.dirname(SAMPLE), emblem), path.join(folder, path.basename(emblem)));
  return offices().map((office, index) => {
    const data = forOffice(sample, office) as { kantor: { lambang?: string } };
    if (emblem) data.kantor.lambang = path.basename(emblem);
    const file = path.join(folder, `${String(index + 1).padStart(3, '0')}.yaml`);
    fs.writeFileSync(file, stringify(data));
    return file;
  });
}

// --- the measures ------------------------------------------------------------------------------

function layoutOf(file: string): LayoutDocument {
  return composeDecree(validateDecree(loadYamlFile(file)), { variant: 'asli', dataFile: file });
}

async function warmBuild(options: Options, officeFiles: string[], out: string): Promise<Sample> {
  console.log('\nOne decree in a warm process (fonts, templates and code already loaded)');
  const passes = watchLayoutPasses();
  const layout = layoutOf(SAMPLE);
  // The DOCX breaks its tables where the PDF does, as a build hands them over.
  const { tableBreaks } = await renderPdfPlaced(layout);
  await renderDocx(layout, { tableBreaks });
  passes.take();

  const docx: number[] = [];
  const pdf: number[] = [];
  const pdfCpu: number[] = [];
  const layoutMs: number[] = [];
  let passCount = 0;
  for (let run = 0; run < options.runs; run++) {
    docx.push((await timed(() => renderDocx(layout, { tableBreaks }))).cpu);
    const rendered = await timed(() => renderPdfPlaced(layout));
    pdf.push(rendered.wall);
    pdfCpu.push(rendered.cpu);
    const { passes: count, ms } = passes.take();
    passCount = count;
    layoutMs.push(ms / count);
  }
  report('DOCX render, same decree again', spread(docx), 'CPU');
  report('PDF render, same decree again', spread(pdfCpu), `CPU; ${passCount} layout passes`);
  report('  of which one layout pass', spread(layoutMs), `wall; ${passCount - 1} more than a single pass`);

  // Another office's decree each time: its texts differ in the office's names only.
  const build: Sample[] = [];
  const files = officeFiles.length > 0 ? officeFiles : [SAMPLE];
  for (let run = 0; run < options.runs; run++) {
    const file = files[(run * 37) % files.length];
    build.push(await timed(() => buildDecreeFile(file, { variants: ['asli'], outDir: out })));
  }
  const cpu = build.map((sample) => sample.cpu);
  report('build (load → DOCX + PDF → write), another office each time', spread(cpu), 'CPU; target ≤ 60 ms');
  report('  same, wall clock', spread(build.map((sample) => sample.wall)));
  return { cpu: median(cpu), wall: median(build.map((sample) => sample.wall)) };
}

/**
 * What the two libraries take for the sample with nothing of naskah's around them, in the same warm process:
 * pdfmake's engine laying out the final pages once (the measured texts kept, as in every warm build), drawing
 * and writing them; docx's Packer writing the XML of the document already made and zipping it. No build can
 * be faster than the two together, so they tell which targets this stack cannot reach.
 */
async function stackFloors(options: Options, batchSize: number): Promise<void> {
  console.log('\nThe floor of the stack: the libraries alone on the sample');
  const layout = layoutOf(SAMPLE);
  const { plan } = settledLayout(layout, preparePdf(layout).layout);
  const { tableBreaks } = await renderPdfPlaced(layout);
  const pdf: number[] = [];
  const packer: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const prepared = preparePdf(layout);
    pdf.push(
      (
        await timed(() => {
          drawPages(prepared.pdf, prepared.layout.layOut(plan).pages);
          return toBuffer(prepared.pdf);
        })
      ).cpu,
    );
    const document = docxDocument(layout, { tableBreaks });
    packer.push((await timed(() => Packer.toBuffer(document))).cpu);
  }
  const both = median(pdf) + median(packer);
  report('floor: pdfmake, one layout of the final pages, drawn and written', spread(pdf), 'CPU');
  report('floor: docx Packer, XML written and zipped', spread(packer), 'CPU');
  report('  the two together', `${both.toFixed(0)} ms`, `CPU; a batch of ${batchSize} at this floor on ${os.availableParallelism()} cores: ${((both * batchSize) / os.availableParallelism() / 1000).toFixed(0)} s`);
  const scheduleRow = await rowCost(TABLES.schedule, async (work) => (await timed(work)).cpu);
  report('floor: pdfmake alone, one added schedule row (16 columns, 1,000 → 5,000 rows)', `${(scheduleRow * 1000).toFixed(0)} µs`, `CPU; 20,000 rows at this floor: ${((scheduleRow * 20000) / 1000).toFixed(1)} s`);
}

/**
 * The studio's preview in its warm server process: one consideration changed, then validated, checked,
 * composed and rendered to the PDF the page draws (the page's own drawing with pdf.js comes on top).
 */
async function studioPreview(options: Options, work: string): Promise<void> {
  console.log('\nThe studio: a changed field until its new PDF is ready, in the warm server process');
  const folder = path.join(work, 'studio');
  fs.mkdirSync(folder);
  fs.copyFileSync(SAMPLE, path.join(folder, 'keputusan.yaml'));
  const studio = new Studio(folder, path.join(work, 'studio-output'));
  await studio.warm();
  const { data } = studio.open('keputusan.yaml') as { data: { menimbang: string[] } };
  const times: Sample[] = [];
  for (let run = 0; run < options.runs; run++) {
    data.menimbang[1] = `${data.menimbang[1].replace(/;$/, '')} dan seterusnya;`;
    times.push(await timed(() => studio.preview('keputusan.yaml', data, 'asli', 'id')));
  }
  // The clerk waits for the wall clock; the CPU time also counts V8's collector threads on the other core.
  report('studio preview: changed field → new PDF (validate, check, compose, render)', spread(times.map((time) => time.wall)), 'wall; target ≤ 300 ms');
  report('  same, CPU', spread(times.map((time) => time.cpu)));
}

/** Room for what a batch prints: a line for each file written and each warning of the check. */
const OUTPUT_BYTES = 64 * 1024 * 1024;

/** Runs `command` under /usr/bin/time when it exists, for the peak memory of the process and its CPU time (ms). */
function runMeasured(command: string, args: string[]): { wall: number; output: string; maxRssMb?: number; cpu?: number } {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const start = performance.now();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'maxrss=%M cpu=%U+%S', command, ...args], { encoding: 'utf8', maxBuffer: OUTPUT_BYTES })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: OUTPUT_BYTES });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  const measured = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '');
  if (!measured) return { wall, output: result.stdout };
  return { wall, output: result.stdout, maxRssMb: Number(measured[1]) / 1024, cpu: (Number(measured[2]) + Number(measured[3])) * 1000 };
}

function coldCli(options: Options, out: string): number {
  console.log('\nOne decree, a fresh `naskah build` process each time');
  const runs = Array.from({ length: Math.max(3, Math.ceil(options.runs / 3)) }, () =>
    runMeasured(process.execPath, [CLI, 'build', SAMPLE, '--out', out]),
  );
  const walls = runs.map((run) => run.wall);
  report('cold `naskah build` (DOCX + PDF)', spread(walls), 'wall; target ≤ 500 ms');
  const rss = runs.flatMap((run) => (run.maxRssMb === undefined ? [] : [run.maxRssMb]));
  if (rss.length) report('  peak memory of the process', spread(rss, 'MB'));
  const floor = runs.map(() => runMeasured(process.execPath, [path.join(__dirname, 'pdfmake-alone.js')]).wall);
  report('  floor: a fresh process with pdfmake alone, a document of the sample\'s size laid out and written', spread(floor), 'wall; no DOCX, no check');
  return median(walls);
}

/** The batch as a clerk runs it: `naskah build FOLDER`, its files checked and then built by a worker per core. */
function batch(options: Options, folder: string, out: string): void {
  const count = fs.readdirSync(folder).filter((name) => name.endsWith('.yaml')).length;
  console.log(`\nBatch: ${count} decrees (one per office), \`naskah build\` of their folder, DOCX + PDF, ${os.availableParallelism()} workers`);
  const results: { wall: number; maxRssMb?: number }[] = [];
  for (let run = 0; run < options.batchRuns; run++) {
    fs.rmSync(out, { recursive: true, force: true });
    // The workers are processes of their own; /usr/bin/time reports the largest of the batch's processes.
    results.push(runMeasured(process.execPath, [CLI, 'build', folder, '--out', out]));
  }
  const written = fs.readdirSync(out).length;
  report(`batch of ${count}, wall`, spread(results.map((result) => result.wall / 1000), 's', 1), `target ≤ 30 s; ${written} files written`);
  report('  per decree', spread(results.map((result) => result.wall / count), 'ms'), 'wall, all cores');
  const rss = results.flatMap((result) => (result.maxRssMb === undefined ? [] : [result.maxRssMb]));
  if (rss.length) report('  peak memory of the largest process', spread(rss, 'MB'), 'target ≤ 200 MB');
}

/** `soffice` converting the sample's DOCX: alone (a cold start each time) and 20 files in one call. */
function libreOffice(docx: string, work: string): { single: number; batched: number } | undefined {
  const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
  if (!soffice) {
    report('LibreOffice', 'not installed', 'skipped');
    return undefined;
  }
  console.log('\nLibreOffice converting the same DOCX to PDF');
  // A profile of its own, made once, so that a running LibreOffice does not take the conversion over.
  const profile = `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`;
  const convert = (files: string[], outdir: string) => runMeasured(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', outdir, ...files]);
  convert([docx], path.join(work, 'lo-warmup'));
  const single = Array.from({ length: 3 }, (_, run) => convert([docx], path.join(work, `lo-single-${run}`)).wall);
  const many = Array.from({ length: 20 }, (_, index) => {
    const copy = path.join(work, 'lo-in', `${index}.docx`);
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(docx, copy);
    return copy;
  });
  const batched = Array.from({ length: 2 }, (_, run) => convert(many, path.join(work, `lo-batch-${run}`)).wall / many.length);
  report('LibreOffice, one cold conversion', spread(single));
  report('LibreOffice, 20 files in one call, per document', spread(batched));
  return { single: median(single), batched: median(batched) };
}

/** The appendix's sub-activities repeated `factor` times each; the limits on data files do not apply here. */
function scaled(decree: Decree, factor: number): Decree {
  const copy = structuredClone(decree);
  for (const activity of copy.lampiran.flatMap((appendix) => (appendix.jenis === 'jadwal' ? appendix.kegiatan : []))) {
    activity.sub_kegiatan = Array.from({ length: factor }, () => activity.sub_kegiatan).flat();
  }
  return copy;
}

/** One scale factor in a child process of its own: its peak memory is its own, and running out of memory ends only it. */
async function scalingChild(factor: number): Promise<void> {
  const decree = validateDecree(loadYamlFile(SAMPLE));
  const layout = composeDecree(scaled(decree, factor), { variant: 'asli', dataFile: SAMPLE });
  const rowCount = decree.lampiran.reduce((sum, appendix) => sum + (appendix.jenis === 'jadwal' ? appendix.kegiatan.reduce((rows, activity) => rows + activity.sub_kegiatan.length, 0) : 0), 0);
  // Code compiled and words shaped first, as in the warm process measured above.
  const sample = composeDecree(decree, { variant: 'asli', dataFile: SAMPLE });
  await renderDocx(sample, { tableBreaks: (await renderPdfPlaced(sample)).tableBreaks });
  const samples: number[] = [];
  for (let run = 0; run < (factor >= 100 ? 1 : 3); run++) {
    // As a build does: the PDF first, its table breaks handed to the DOCX.
    samples.push((await timed(async () => {
      const { tableBreaks } = await renderPdfPlaced(layout);
      await renderDocx(layout, { tableBreaks });
    })).cpu);
  }
  process.stdout.write(JSON.stringify({ samples, rows: rowCount * factor, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function scaling(options: Options): Promise<void> {
  console.log('\nCost against the number of appendix rows (sub-activities repeated), DOCX + PDF, one core');
  // The slope: what each row added beyond the smallest document costs; linear growth keeps it level.
  let smallest: { cpu: number; rows: number } | undefined;
  let firstSlope: number | undefined;
  for (const factor of options.scale) {
    const child = spawnSync(process.execPath, [__filename, '--scale-child', String(factor)], { encoding: 'utf8' });
    if (child.status !== 0) {
      const outOfMemory = /heap out of memory/.test(child.stderr);
      report(`${factor}× rows`, 'failed', outOfMemory ? 'ran out of memory (default V8 heap)' : child.stderr.trim().split('\n')[0]);
      continue;
    }
    const { samples, rows: rowCount, maxRssMb } = JSON.parse(child.stdout) as { samples: number[]; rows: number; maxRssMb: number };
    const cpu = median(samples);
    let note = `CPU; peak ${maxRssMb.toFixed(0)} MB`;
    if (!smallest) {
      smallest = { cpu, rows: rowCount };
    } else {
      const slope = (cpu - smallest.cpu) / (rowCount - smallest.rows);
      firstSlope ??= slope;
      note += `; ${(slope * 1000).toFixed(0)} µs per added row (×${(slope / firstSlope).toFixed(2)} of the first)`;
    }
    report(`${factor}× rows (${rowCount})`, spread(samples), note);
  }
}

/** Rows of a table appendix as written in the data: a name's row, or a group (a district, a village) with rows of its own. */
type NameRows = (unknown[] | { kelompok: string; baris: NameRows })[];

/**
 * The PPS decree with its table's districts listed again and again until it holds `names` names, each
 * made its own by a number (the check refuses a member listed twice) and each group after the first
 * round by the round's number. Its file, and the lines of its table (names, districts and villages).
 */
function writeNamesDecree(names: number, folder: string): { file: string; lines: number } {
  const data = parse(fs.readFileSync(NAMES_SAMPLE, 'utf8')) as { lampiran: { jenis: string; baris?: NameRows }[] };
  const table = data.lampiran.find((appendix) => appendix.jenis === 'tabel')!;
  const districts = table.baris!;
  let listed = 0;
  let groups = 0;
  let round = 0;
  const copy = (rows: NameRows): NameRows =>
    rows.flatMap((row) => {
      if (listed >= names) return [];
      if (Array.isArray(row)) return [[`${String(row[0])} ${++listed}`, ...row.slice(1)]];
      const rowsOfGroup = copy(row.baris);
      if (rowsOfGroup.length === 0) return [];
      groups++;
      return [{ kelompok: round > 0 ? `${row.kelompok} ${round + 1}` : row.kelompok, baris: rowsOfGroup }];
    });
  const grown: NameRows = [];
  for (; listed < names; round++) grown.push(...copy(districts));
  table.baris = grown;
  const file = path.join(folder, `${names}-nama`, path.basename(NAMES_SAMPLE));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stringify(data));
  return { file, lines: listed + groups };
}

/**
 * A table of names as a clerk builds it: a fresh `naskah build` (check, DOCX and PDF) of the grown PPS
 * decree; then the floor under it: docx alone writing as many bare rows in a fresh process, and pdfmake
 * alone laying out a row of names.
 */
async function nameTables(options: Options, work: string): Promise<void> {
  console.log('\nA table of names grown (the PPS decree), a fresh `naskah build` each, DOCX + PDF');
  const builds = options.names.map((names) => {
    const { file, lines } = writeNamesDecree(names, work);
    const run = runMeasured(process.execPath, [CLI, 'build', file, '--out', path.join(path.dirname(file), 'out')]);
    const measured = { names, lines, cpu: run.cpu ?? Number.NaN, rss: run.maxRssMb ?? Number.NaN };
    report(`${names.toLocaleString('en')} names (${lines.toLocaleString('en')} lines): \`naskah build\``, `${(run.wall / 1000).toFixed(1)} s wall, ${(measured.cpu / 1000).toFixed(1)} s CPU, peak ${measured.rss.toFixed(0)} MB`, names >= 20_000 ? 'target (20,000 rows) ≤ 15 s, ≤ 600 MB' : '');
    return measured;
  });
  const docxAlone = builds.map(({ lines }) => {
    const run = runMeasured(process.execPath, [path.join(__dirname, 'docx-alone.js'), String(lines)]);
    return { lines, cpu: run.cpu ?? Number.NaN, rss: run.maxRssMb ?? Number.NaN };
  });
  const largest = docxAlone[docxAlone.length - 1];
  report(`  floor: docx alone, ${largest.lines.toLocaleString('en')} rows of four bare cells, a fresh process`, `${(largest.cpu / 1000).toFixed(1)} s CPU, peak ${largest.rss.toFixed(0)} MB`, 'no widths, alignment or size; no PDF, no data');
  if (builds.length < 2) return;
  const [first, last] = [builds[0], builds[builds.length - 1]];
  const added = last.names - first.names;
  const linesPerName = (last.lines - first.lines) / added;
  report(`  each name beyond ${first.names.toLocaleString('en')}`, `${((last.cpu - first.cpu) / added).toFixed(2)} ms CPU, ${(((last.rss - first.rss) * 1024) / added).toFixed(1)} kB`, 'target ≤ 0.5 ms, ≤ 20 kB');
  const pdfmakeRow = await rowCost(TABLES.names, async (work) => (await timed(work)).cpu);
  const docxRow = (largest.cpu - docxAlone[0].cpu) / (largest.lines - docxAlone[0].lines);
  const docxRowKb = ((largest.rss - docxAlone[0].rss) * 1024) / (largest.lines - docxAlone[0].lines);
  report(
    `  floor: each name (${linesPerName.toFixed(2)} lines), pdfmake alone + docx alone`,
    `${(pdfmakeRow * linesPerName).toFixed(2)} + ${(docxRow * linesPerName).toFixed(2)} ms CPU; docx ${(docxRowKb * linesPerName).toFixed(1)} kB`,
    'target ≤ 0.5 ms, ≤ 20 kB',
  );
}

function machine(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${os.platform()}; load average ${load}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--scale-child') return scalingChild(Number(argv[1]));
  const options = parseOptions(argv);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-'));
  try {
    console.log(`naskah benchmark — ${machine()}`);
    await studioPreview(options, work);
    if (options.studioOnly) return printTable();
    const officeFolder = path.join(work, 'offices');
    fs.mkdirSync(officeFolder);
    const officeFiles = writeOfficeDecrees(officeFolder);
    const single = path.join(work, 'single');
    const warm = await warmBuild(options, officeFiles, single);
    await stackFloors(options, officeFiles.length);
    const cold = coldCli(options, single);
    if (options.batch) batch(options, officeFolder, path.join(work, 'batch'));
    const docx = fs.readdirSync(single).find((name) => name.endsWith('.docx'));
    const lo = options.soffice && docx ? libreOffice(path.join(single, docx), work) : undefined;
    if (lo) {
      // LibreOffice's times are wall clock; naskah's against its CPU time and against its wall clock.
      const ratio = (libreOffice: number) => `${(libreOffice / warm.cpu).toFixed(1)}× / ${(libreOffice / warm.wall).toFixed(1)}×`;
      report('LibreOffice batched ÷ naskah warm build, per document', ratio(lo.batched), 'naskah CPU / wall; target ≥ 4×');
      report('LibreOffice cold ÷ naskah warm build, per document', ratio(lo.single), 'naskah CPU / wall; target ≥ 12×');
      report('LibreOffice cold ÷ naskah cold CLI', `${(lo.single / cold).toFixed(1)}×`, 'target ≥ 2×');
    }
    await scaling(options);
    await nameTables(options, work);
    console.log(`\nnaskah benchmark — ${machine()}`);
    printTable();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
