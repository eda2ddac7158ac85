/**
 * docx on its own, without naskah: the floor under a long table of names in the DOCX. Run as a fresh
 * process of its own, so that its peak memory is docx's and Node's and nothing else's.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

/** A table of `rows` names in four bare cells (number, name, role, address): no widths, alignment or size. */
function namesTable(rows: number): Document {
  const cells = (row: number) => [`${row + 1}.`, `Winarti Syafruddin ${row + 1}`, row % 3 ? 'Anggota' : 'Ketua', `RT 00${row % 9}/RW 006, Desa Lunyuk Rea`];
  const tableRows = Array.from({ length: rows }, (_, row) => new TableRow({ children: cells(row).map((text) => new TableCell({ children: [new Paragraph(text)] })) }));
  return new Document({ sections: [{ children: [new Table({ rows: tableRows })] }] });
}

/** The child: writes the DOCX of `rows` rows into memory and prints its size; its parent measures the process. */
async function child(rows: number): Promise<void> {
  process.stdout.write(`${(await Packer.toBuffer(namesTable(rows))).length}\n`);
}

if (require.main === module) void child(Number(process.argv[2]));
