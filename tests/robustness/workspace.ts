/** Workspaces for the robustness tests: a folder with an earlier output, and a snapshot to prove it unchanged. */
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, SAMPLE } from '../support/cli';
import type { PdfDump } from '../support/read-pdf';

/** Builds the sample's original once into `output/` of a folder; workspaces copy it. */
export function earlierOutput(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-earlier-'));
  const result = runCli(['build', SAMPLE, '--out', 'output'], dir);
  if (result.status !== 0) throw new Error(`the sample does not build: ${result.stderr}`);
  return path.join(dir, 'output');
}

/** A fresh folder, holding a copy of the earlier output as `output/` when one is given. */
export function workspaceWith(earlier?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-robust-'));
  if (earlier) cpSync(earlier, path.join(dir, 'output'), { recursive: true });
  return dir;
}

/**
 * Every entry under `dir` by relative path: a file by its bytes (base64), a link by its target (never
 * followed: a link may point at a device), a folder by a marker.
 */
export function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    const stat = lstatSync(file);
    entries[name] = stat.isSymbolicLink() ? `link → ${readlinkSync(file)}` : stat.isDirectory() ? 'folder' : readFileSync(file).toString('base64');
  }
  return entries;
}

/** Names of temporary files (of an atomic write) anywhere under `dir`. */
export function temporaries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

/** The PDF's text as read, without what a page adds: page numbers ("- 2 -") and catchwords ("Menetapkan . . ."). */
export function pdfBodyText(pdf: PdfDump): string {
  return pdf.pages
    .flatMap((page) => page.lines)
    .filter((line) => !/^-?\s*\d+\s*-?$/.test(line.trim()) && !line.trimEnd().endsWith('. . .'))
    .join(' ');
}
