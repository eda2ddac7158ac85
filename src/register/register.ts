/**
 * The office's register of decree numbers (`nomor.yaml` in its data folder): which number of which year
 * is reserved for which decree, since when, by whom, and which data file used it. Plain YAML, so that it
 * reads and diffs like the data; every change happens under a lock and is written atomically, so two
 * clerks never get one number and a crash never leaves half a register.
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, isMap, isSeq, parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import { localTimestamp } from '../formatters';
import { loadYamlFile, readYamlText, type LoadedSource } from '../data/load';
import { writeProblem } from '../problems/file-system';
import { NaskahError } from '../problems/problem';
import { writeFilesAtomically } from '../output/files';
import { LockBusyError, withLock } from './lock';

export const REGISTER_FILE = 'nomor.yaml';

const reservationSchema = z.strictObject({
  tahun: z.number().int().min(1945).max(2200),
  nomor: z.number().int().positive(),
  tentang: z.string().trim().min(1),
  /** When it was reserved, ISO 8601 with the clerk's offset. */
  diambil: z.string().min(1),
  oleh: z.string().optional(),
  /** The data file that used the number, relative to the register's folder. */
  berkas: z.string().min(1).optional(),
});

const registerSchema = z.strictObject({ nomor: z.array(reservationSchema).nullable().default([]) });

export type Reservation = z.output<typeof reservationSchema>;

export interface Register {
  file: string;
  reservations: Reservation[];
  source?: LoadedSource;
}

const HEADER = [
  ' Buku nomor keputusan kantor ini, diisi oleh "naskah nomor ambil" dan "naskah nomor lepas";',
  ' "naskah tetapkan" mencatat berkas data yang memakai nomor. Jangan diubah tangan saat perintah itu berjalan.',
].join('\n');

export function registerFile(folder: string): string {
  return path.join(folder, REGISTER_FILE);
}

/** The sequence number of a decree number: 35, or 203 of "203/PL.02-Kpt/01/KPU/I/2019"; none when there is no leading number. */
function sequenceOf(nomor: string | number | null | undefined): number | undefined {
  const digits = /^\s*(\d+)/.exec(String(nomor ?? ''))?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** The register as it stands (empty when the folder has none), refused with its own file:line when it is not a valid register. */
export function readRegister(folder: string): Register {
  const file = registerFile(folder);
  if (!existsSync(file)) return { file, reservations: [] };
  const source = loadYamlFile(file);
  const parsed = registerSchema.safeParse(source.data ?? {});
  if (!parsed.success) {
    throw new NaskahError(
      parsed.error.issues.map((issue) => {
        const at = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        return { file, ...source.locate(at), path: at, key: 'register-invalid', detail: issue.message };
      }),
    );
  }
  return { file, reservations: parsed.data.nomor ?? [], source };
}

/** Reserves the next number of the year: one past the highest reserved, or used by a data file in the folder. */
export function reserveNumber(folder: string, year: number, title: string): Reservation {
  return changeRegister(folder, (register, entries) => {
    const taken = [...register.reservations.filter((r) => r.tahun === year).map((r) => r.nomor), ...decreeNumbers(folder, year)];
    const reservation: Reservation = { tahun: year, nomor: Math.max(0, ...taken) + 1, tentang: title, diambil: localTimestamp(new Date()), oleh: os.userInfo().username };
    insertSorted(entries, register.reservations, reservation);
    return reservation;
  });
}

/** Releases a reservation no data file has used yet. */
export function releaseNumber(folder: string, year: number, number: number): Reservation {
  return changeRegister(folder, (register, entries) => {
    const index = register.reservations.findIndex((r) => r.tahun === year && r.nomor === number);
    const reservation = register.reservations[index];
    if (!reservation) throw new NaskahError([{ file: register.file, key: 'register-not-reserved', found: String(number), detail: String(year) }]);
    if (reservation.berkas) throw new NaskahError([{ file: register.file, key: 'register-already-used', found: String(number), detail: reservation.berkas }]);
    entries.delete(index);
    return reservation;
  });
}

/**
 * Records that a data file (a finalised decree) uses its number: the reservation gets the file's name, or
 * a number taken without a reservation is entered as reserved now. Refused when another file uses the
 * number already. A folder without a register is left without one.
 */
export function recordNumberUse(dataFile: string, decree: { keputusan: { tahun: number; nomor: string | null; tentang: string } }): void {
  const folder = path.dirname(dataFile);
  const number = sequenceOf(decree.keputusan.nomor);
  if (number === undefined || !existsSync(registerFile(folder))) return;
  const year = decree.keputusan.tahun;
  const name = path.relative(folder, dataFile).split(path.sep).join('/');
  changeRegister(folder, (register, entries) => {
    const index = register.reservations.findIndex((r) => r.tahun === year && r.nomor === number);
    const reservation = register.reservations[index];
    if (!reservation) {
      insertSorted(entries, register.reservations, { tahun: year, nomor: number, tentang: decree.keputusan.tentang, diambil: localTimestamp(new Date()), oleh: os.userInfo().username, berkas: name });
    } else if (reservation.berkas && reservation.berkas !== name) {
      throw new NaskahError([{ file: dataFile, path: ['keputusan', 'nomor'], key: 'register-already-used', found: String(number), detail: reservation.berkas }]);
    } else {
      (entries.get(index) as YAMLMap).set('berkas', name);
    }
  });
}

/** The sequence numbers of `year` that data files in the folder (and below) carry already. */
function decreeNumbers(folder: string, year: number): number[] {
  return decreesIn(folder)
    .filter((decree) => decree.tahun === year && decree.nomor !== undefined)
    .map((decree) => decree.nomor!);
}

export interface NumberedDecree {
  file: string;
  tahun?: number;
  nomor?: number;
}

/** Every data file in the folder and below with its year and sequence number, as far as they can be read. */
export function decreesIn(folder: string): NumberedDecree[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/i.test(name) && path.basename(name) !== REGISTER_FILE)
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      try {
        const keputusan = (parse(readYamlText(file)) as { keputusan?: { tahun?: unknown; nomor?: unknown } } | null)?.keputusan;
        const tahun = typeof keputusan?.tahun === 'number' ? keputusan.tahun : undefined;
        return { file, tahun, nomor: sequenceOf(keputusan?.nomor as string | undefined) };
      } catch {
        // A file that cannot be read claims no number; building or checking it says what is wrong.
        return { file };
      }
    });
}

/** Reads, changes and writes the register under its lock; the register file keeps its comments. */
function changeRegister<T>(folder: string, change: (register: Register, entries: YAMLSeq) => T): T {
  const file = registerFile(folder);
  try {
    return withLock(`${file}.lock`, () => {
      const register = readRegister(folder);
      const doc: Document = register.source ? parseDocument(readYamlText(file)) : new Document({ nomor: [] });
      if (!register.source) doc.commentBefore = HEADER;
      if (!isMap(doc.contents)) doc.contents = doc.createNode({ nomor: [] }) as YAMLMap;
      let entries = doc.get('nomor');
      if (!isSeq(entries)) {
        entries = doc.createNode([]);
        doc.set('nomor', entries);
      }
      const result = change(register, entries as YAMLSeq);
      writeFilesAtomically([{ target: file, bytes: Buffer.from(doc.toString({ lineWidth: 0 })) }]);
      return result;
    });
  } catch (error) {
    if (error instanceof LockBusyError) throw new NaskahError([{ file, key: 'register-busy' }]);
    if (error instanceof NaskahError) throw error;
    // The lock file is made in the register's folder.
    throw new NaskahError([writeProblem(file, 'folder', error)]);
  }
}

/** Keeps the register in order of year and number, whatever order the numbers were taken in. */
function insertSorted(entries: YAMLSeq, reservations: Reservation[], reservation: Reservation): void {
  const before = reservations.findIndex((r) => r.tahun > reservation.tahun || (r.tahun === reservation.tahun && r.nomor > reservation.nomor));
  entries.items.splice(before < 0 ? entries.items.length : before, 0, new Document().createNode(reservation));
}
