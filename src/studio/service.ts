/**
 * What the studio does, apart from HTTP: list, open, preview, save, build, start next year's draft,
 * import. One process serves every request, so fonts, templates, the dictionary and the renderer's
 * caches stay warm and a preview costs a warm build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { buildDecreeFile, CheckFailed } from '../commands/build';
import { checkDecree, explainFinding, type Finding } from '../check';
import { composeDecree } from '../compose/compose';
import { decreeJsonSchemaText } from '../data/json-schema';
import { parseYamlText, readYamlText, type LoadedSource } from '../data/load';
import type { Decree } from '../data/schema';
import { UNFILLED_FIELDS, validateDecree, valueAt } from '../data/validate';
import { NaskahError, type Problem } from '../problems/problem';
import { importBytes } from '../import';
import type { Lang } from '../messages/catalogue';
import { explainProblem } from '../problems/messages';
import { draftNextYear } from '../commands/next';
import { safeNamePart, writeFilesAtomically, writeNewFileAtomically } from '../output/files';
import { ownFile } from '../own-files';
import { renderPdf } from '../render/pdf';
import { DataFolder } from './folder';
import { editedText, editFailed, editYamlText, readData } from './yaml-edit';

/** asli and salinan are final documents; konsep is the draft, which may leave number and date empty. */
export type View = 'asli' | 'salinan' | 'konsep';
export const VIEWS: readonly View[] = ['asli', 'salinan', 'konsep'];

/** A message placed at a field of the form. */
export interface Note {
  path: (string | number)[];
  severity: 'error' | 'warning';
  message: string;
  rule?: string;
}

export interface Preview {
  notes: Note[];
  /** The PDF of the view, or null while the data cannot be built (the notes say why). */
  pdf: Buffer | null;
}

export class Conflict extends Error {
  constructor(
    readonly version: string,
    readonly data: unknown,
  ) {
    super('the file changed on disk');
  }
}

const SAMPLE = ownFile('data', 'kpu-sumbawa-barat', '2022-035.yaml');

export class Studio {
  readonly folder: DataFolder;

  constructor(
    folder: string,
    readonly outDir: string,
  ) {
    this.folder = new DataFolder(folder);
  }

  schema(): unknown {
    return JSON.parse(decreeJsonSchemaText());
  }

  /** Every data file with what identifies its decree; a file that does not read says so instead. */
  list(lang: Lang): { file: string; decree?: { lembaga: string; wilayah: string; tahun: number; nomor: string | null; tentang: string }; problem?: string }[] {
    return this.folder.dataFiles().map((file) => {
      try {
        const decree = validateDecree(loadFrom(this.folder.resolve(file)), { draft: true });
        const { lembaga, wilayah } = decree.kantor;
        return { file, decree: { lembaga, wilayah, tahun: decree.keputusan.tahun, nomor: decree.keputusan.nomor, tentang: decree.keputusan.tentang } };
      } catch (error) {
        if (!(error instanceof NaskahError)) throw error;
        return { file, problem: explainProblem(error.problems[0], lang) };
      }
    });
  }

  /** One preview of the first decree, so that the dictionary, fonts and templates are loaded before the clerk's first edit. */
  async warm(): Promise<void> {
    const [file] = this.folder.dataFiles();
    if (file) await this.preview(file, this.open(file).data, 'asli', 'id');
  }

  /** The data of a file and its version (a hash of its bytes), which a save must name. */
  open(file: string): { file: string; version: string; data: unknown } {
    const text = readYamlText(this.folder.resolve(file));
    // A file that does not read as YAML cannot be edited in a form: its problems go back to the clerk.
    parseYamlText(file, text);
    return { file, version: versionOf(text), data: readData(text) };
  }

  /** Validates and checks the edited data and renders the view's PDF, without writing anything. */
  async preview(file: string, data: unknown, view: View, lang: Lang): Promise<Preview> {
    const absolute = this.folder.resolve(file);
    const checked = this.examine(absolute, data, view, lang);
    if (!checked.decree) return { notes: checked.notes, pdf: null };
    const draft = view === 'konsep' || UNFILLED_FIELDS.some((field) => valueAt(checked.decree, field) === null);
    const layout = composeDecree(checked.decree, { variant: view === 'salinan' ? 'salinan' : 'asli', draft, dataFile: absolute });
    return { notes: checked.notes, pdf: await renderPdf(layout, { compress: false }) };
  }

  /** Writes the data into the file, editing only what changed; refuses when the file changed since `version`. */
  save(file: string, version: string, data: unknown): { version: string } {
    const absolute = this.folder.resolve(file);
    const text = readYamlText(absolute);
    if (versionOf(text) !== version) throw new Conflict(versionOf(text), readData(text));
    const edited = editYamlText(file, text, data);
    writeOrExplain(file, absolute, () => writeFilesAtomically([{ target: absolute, bytes: Buffer.from(edited, 'utf8') }]));
    return { version: versionOf(edited) };
  }

  /** DOCX and PDF of the saved file into the output folder; an original or a copy is refused while errors remain. */
  async build(file: string, view: View, lang: Lang): Promise<string[]> {
    const absolute = this.folder.resolve(file);
    try {
      // The command line's build, whose check refuses an original or a copy while errors remain.
      const { written } = await buildDecreeFile(absolute, { variants: [view === 'salinan' ? 'salinan' : 'asli'], outDir: this.outDir, draft: view === 'konsep' });
      return written.map((target) => path.basename(target));
    } catch (error) {
      if (error instanceof CheckFailed) throw new NotesError(error.findings.filter((finding) => finding.severity === 'error').map((finding) => findingNote(finding, lang)));
      // A field the build refuses (an empty number or date) is shown at its field, as the check's errors are.
      if (error instanceof NaskahError && error.problems.every((problem) => problem.path)) throw new NotesError(error.problems.map((problem) => problemNote(problem, lang)));
      throw error;
    }
  }

  /** An output file by its name, only from the output folder. */
  output(name: string): Buffer {
    if (!/^[a-z0-9.-]+\.(pdf|docx)$/.test(name) || name.includes('..')) throw new NaskahError([{ file: name, key: 'studio-path-refused' }]);
    try {
      return readFileSync(path.join(this.outDir, name));
    } catch {
      throw new NaskahError([{ file: name, key: 'file-missing' }]);
    }
  }

  /** Next year's draft beside the file, as `naskah next` makes it. */
  next(file: string, year: number): string {
    if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new NaskahError([{ file, path: ['keputusan', 'tahun'], key: 'too-big', found: String(year), limit: 2200 }]);
    const absolute = this.folder.resolve(file);
    const target = this.folder.resolve(this.folder.relative(path.join(path.dirname(absolute), `${year}-konsep.yaml`)), { mustExist: false });
    return this.folder.relative(draftNextYear(absolute, year, target));
  }

  /** A new file made from the sample decree. */
  create(file: string): string {
    const target = this.folder.resolve(file, { mustExist: false });
    writeOrExplain(file, target, () => writeNewFileAtomically(target, readFileSync(SAMPLE)));
    return file;
  }

  /**
   * An existing decree (DOCX, PDF or text) read into data. Without `target` nothing is written: the clerk sees
   * what was found and the guesses first; with it, the data file is written there, never over a file.
   */
  async import(bytes: Buffer, sourceName: string, target?: string) {
    const result = await importBytes(bytes, sourceName);
    const suggested = suggestName(result.yaml);
    if (target === undefined) return { written: null, suggested, counts: result.counts, guesses: result.guesses };
    const absolute = this.folder.resolve(target, { mustExist: false });
    writeOrExplain(target, absolute, () => writeNewFileAtomically(absolute, Buffer.from(result.yaml, 'utf8')));
    return { written: target, suggested, counts: result.counts, guesses: result.guesses };
  }

  /**
   * Schema problems, unfilled fields of a final document and `check` findings of the data, each at its
   * field. The data goes through the same text as a save would write, so limits and positions are the file's.
   */
  private examine(absolute: string, data: unknown, view: View, lang: Lang): { notes: Note[]; decree?: Decree } {
    let source: LoadedSource;
    let decree: Decree;
    try {
      // Parsed here anyway, so compared here rather than read back once more inside the edit.
      source = parseYamlText(absolute, editedText(absolute, readYamlText(absolute), data));
      if (!isDeepStrictEqual(source.data, data)) throw editFailed(absolute);
      decree = validateDecree(source, { draft: true });
    } catch (error) {
      if (!(error instanceof NaskahError)) throw error;
      return { notes: error.problems.map((problem) => problemNote(problem, lang)) };
    }
    // A draft may hold placeholders (an empty number or date); an original or a copy may not.
    const findings = checkDecree(source, decree).filter((finding) => view !== 'konsep' || finding.rule !== 'placeholder');
    return { notes: findings.map((finding) => findingNote(finding, lang)), decree };
  }
}

/** A final build refused: the errors, each at its field. */
export class NotesError extends Error {
  constructor(readonly notes: Note[]) {
    super('errors remain');
  }
}

function findingNote(finding: Finding, lang: Lang): Note {
  return { path: finding.path, severity: finding.severity, message: explainFinding(finding, lang), rule: finding.rule };
}

function problemNote(problem: Problem, lang: Lang): Note {
  return { path: problem.path ?? [], severity: 'error', message: explainProblem(problem, lang) };
}

function loadFrom(absolute: string): LoadedSource {
  return parseYamlText(absolute, readYamlText(absolute));
}

function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** "2022-35.yaml" from the imported decree's year and number. */
function suggestName(yaml: string): string {
  const data = readData(yaml) as { keputusan?: { tahun?: unknown; nomor?: unknown } };
  const year = String(data.keputusan?.tahun ?? 'baru');
  const number = data.keputusan?.nomor;
  return `${safeNamePart(number === null || number === undefined ? `${year}-impor` : `${year}-${String(number).padStart(3, '0')}`)}.yaml`;
}

/** A write's problems named as the clerk names the file (`file`, inside the studio's folder), not by its full path. */
function writeOrExplain(file: string, absolute: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!(error instanceof NaskahError)) throw error;
    throw new NaskahError(error.problems.map((problem) => ({ ...problem, file: problem.file === absolute ? file : path.dirname(file) })));
  }
}
