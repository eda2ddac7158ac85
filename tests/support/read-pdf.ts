/**
 * Reads a PDF as a reader sees it, through pdfjs-dist (ESM only, so it runs in a child process:
 * tests/support/pdf-dump.mjs). Coordinates are in points, y measured from the top of the page.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PdfTextItem {
  str: string;
  /** Left end of the baseline. */
  x: number;
  /** The baseline, from the top of the page. */
  y: number;
  width: number;
  height: number;
  /** The font's PostScript name as embedded, e.g. "BZZZZZ+TeXGyreBonum-Regular". */
  fontName: string;
  fontSize: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  /** Items grouped into visual lines, top to bottom, text joined with single spaces. */
  lines: string[];
}

export interface PdfDump {
  /** The document information dictionary (Title, Subject, Author, Creator, Producer, CreationDate, ModDate …). */
  info: Record<string, string | boolean | null | undefined>;
  pages: PdfPage[];
  fonts: { name: string; embedded: boolean }[];
}

const DUMP_SCRIPT = path.join(__dirname, 'pdf-dump.mjs');

export function readPdf(file: string | Buffer): Promise<PdfDump> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DUMP_SCRIPT, typeof file === 'string' ? file : '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as PdfDump);
      else reject(new Error(`pdf-dump failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
    });
    child.stdin.end(typeof file === 'string' ? undefined : file);
  });
}

/** Whether a text item begins with `word`: an item holds a word or, set in one style, a run of words. */
export function beginsWith(item: PdfTextItem, word: string): boolean {
  return item.str.trimStart().split(/\s+/)[0] === word;
}

/** The first word of a text item. */
export function firstWordOf(item: PdfTextItem): string {
  return item.str.trimStart().split(/\s+/)[0];
}
