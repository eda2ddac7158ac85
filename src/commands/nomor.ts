/** `naskah nomor ambil` and `naskah nomor lepas`: what the clerk types, turned into register changes. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { loadYamlFile } from '../data/load';
import { validateDecree } from '../data/validate';
import { NaskahError } from '../problems/problem';
import { registerFile, releaseNumber, reserveNumber, type Reservation } from '../register/register';

interface Options {
  tahun?: number;
  folder: string;
}

/** From a draft's data file (its folder, year and title), or from the options alone. */
export function reserveFromOptions(dataFile: string | undefined, options: Options & { tentang?: string }): { reservation: Reservation; file: string } {
  if (dataFile) {
    const decree = validateDecree(loadYamlFile(dataFile), { draft: true });
    const folder = path.dirname(dataFile);
    const reservation = reserveNumber(folder, options.tahun ?? decree.keputusan.tahun, options.tentang ?? decree.keputusan.tentang);
    return { reservation, file: registerFile(folder) };
  }
  const title = options.tentang?.trim();
  if (!title) throw new NaskahError([{ file: 'naskah nomor ambil', key: 'register-title-missing' }]);
  requireFolder(options.folder);
  return { reservation: reserveNumber(options.folder, options.tahun ?? new Date().getFullYear(), title), file: registerFile(options.folder) };
}

export function releaseFromOptions(number: string, options: Options): { reservation: Reservation; file: string } {
  requireFolder(options.folder);
  const file = registerFile(options.folder);
  if (!/^\d+$/.test(number) || Number(number) < 1) throw new NaskahError([{ file: 'naskah nomor lepas', key: 'register-number-invalid', found: number }]);
  return { reservation: releaseNumber(options.folder, options.tahun ?? new Date().getFullYear(), Number(number)), file };
}

function requireFolder(folder: string): void {
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (!stat) throw new NaskahError([{ file: folder, key: 'file-missing' }]);
  if (!stat.isDirectory()) throw new NaskahError([{ file: folder, key: 'register-not-folder' }]);
}
