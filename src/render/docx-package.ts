/**
 * Packs a docx `File` into the bytes of a DOCX whose zip entries are dated by the decree, not by the clock.
 *
 * docx zips with fflate and stamps every entry with the current time, so two renders of one decree would
 * differ. Its compiler gives the package's parts; fflate zips them here with one fixed date, the same
 * DEFLATE and order as docx itself, so the archive depends on its content only.
 */
import { Packer, type File } from 'docx';
import { zipSync } from 'fflate';

type PackageParts = Map<string, string | Uint8Array>;
interface PackageCompiler {
  compile(file: File, prettify: undefined, overrides: []): PackageParts;
}

/** docx's compiler is not part of its typed API: the pinned version has it, a newer one is told apart at once. */
const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
if (typeof compiler?.compile !== 'function') {
  throw new Error('docx: Packer has no package compiler; install the pinned version (npm ci) or adapt src/render/docx-package.ts to the new one');
}
const packageCompiler = compiler as PackageCompiler;

/** The years a zip entry's date holds as fflate writes it. */
const ZIP_YEARS = { first: 1980, last: 2099 };

export function packDocx(file: File, isoDate: string): Buffer {
  const encoder = new TextEncoder();
  const parts = Object.fromEntries(
    [...packageCompiler.compile(file, undefined, [])].map(([path, data]) => [path, typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data)]),
  );
  return Buffer.from(zipSync(parts, { mtime: entryDate(isoDate) }));
}

/**
 * Local midnight of a YYYY-MM-DD date, which fflate writes as the entry's date with time 0 in any time zone.
 * A date the field cannot hold (a decree of 1975) takes the nearest year it can: the entry date only has to be
 * the same on every build, and the decree's own date is in the document properties.
 */
function entryDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  const [year, month, day] = match.slice(1).map(Number);
  return new Date(Math.min(ZIP_YEARS.last, Math.max(ZIP_YEARS.first, year)), month - 1, day);
}
