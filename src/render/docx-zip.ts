/**
 * Sets the modification date of every entry of a zip archive, in place.
 *
 * The docx library zips its parts stamped with the current time, so two renders of the same
 * document would differ in those bytes. The stamps live in the binary zip headers (not in the
 * XML), two fields per entry in its central-directory header and its local header; rewriting
 * them to one fixed date makes the archive depend on its content only.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function setZipEntryDates(zip: Buffer, isoDate: string): Buffer {
  const { time, date } = dosDateTime(isoDate);
  const end = findEndOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries; entry++) {
    expectSignature(zip, offset, CENTRAL_HEADER);
    zip.writeUInt16LE(time, offset + 12);
    zip.writeUInt16LE(date, offset + 14);
    const local = zip.readUInt32LE(offset + 42);
    expectSignature(zip, local, LOCAL_HEADER);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return zip;
}

/** The years an MS-DOS date field can hold. */
const DOS_YEARS = { first: 1980, last: 2107 };

/**
 * MS-DOS date and time fields for midnight of a YYYY-MM-DD date. A date the field cannot hold (a decree
 * of 1975) takes the nearest year it can: the entry date only has to be the same on every build, and the
 * decree's own date is in the document properties.
 */
function dosDateTime(isoDate: string): { time: number; date: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  const [year, month, day] = match.slice(1).map(Number);
  const storable = Math.min(DOS_YEARS.last, Math.max(DOS_YEARS.first, year));
  return { time: 0, date: ((storable - DOS_YEARS.first) << 9) | (month << 5) | day };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('not a zip archive: no end of central directory');
}

function expectSignature(zip: Buffer, offset: number, signature: number): void {
  if (zip.readUInt32LE(offset) !== signature) throw new Error(`unexpected zip structure at byte ${offset}`);
}
