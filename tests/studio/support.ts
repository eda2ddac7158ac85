/** The studio as a user starts it (`naskah studio FOLDER`), and plain HTTP requests to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CLI, SAMPLE } from '../support/cli';

export const SAMPLE_FILE = 'kpu-sumbawa-barat/2022-035.yaml';

export interface RunningStudio {
  /** The folder holding data/ (the studio's folder) and output/. */
  dir: string;
  data: string;
  port: number;
  token: string;
  url: string;
  stop(): Promise<void>;
}

/** A fresh folder with the sample at data/kpu-sumbawa-barat/2022-035.yaml and the studio started on data/. */
export async function startStudio(): Promise<RunningStudio> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'naskah-studio-'));
  const data = path.join(dir, 'data');
  mkdirSync(path.join(data, 'kpu-sumbawa-barat'), { recursive: true });
  cpSync(SAMPLE, path.join(data, SAMPLE_FILE));
  const child = spawn(process.execPath, [CLI, 'studio', 'data'], {
    cwd: dir,
    env: { ...process.env, NASKAH_PDF_FONT: 'bundled' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/.exec(out);
      if (found) resolve(found[0]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`studio exited with ${code}: ${out}`)));
  });
  const parsed = new URL(url);
  return { dir, data, port: Number(parsed.port), token: parsed.searchParams.get('token')!, url, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill();
  });
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json(): any;
}

/** One HTTP request with exactly the headers given (Host and Origin included), as any program could send it. */
export function request(port: number, method: string, target: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: target, agent: false, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const all = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body: all, json: () => JSON.parse(all.toString('utf8')) });
      });
    });
    // The server may answer (413) and close before a large body is sent: the answer is what counts.
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A request from the studio's own page: token header and JSON body. */
export function api(studio: RunningStudio, method: string, target: string, body?: unknown): Promise<Reply> {
  const headers: Record<string, string> = { 'x-naskah-token': studio.token };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return request(studio.port, method, target, headers, body === undefined ? undefined : JSON.stringify(body));
}
