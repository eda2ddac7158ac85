/**
 * `naskah studio`: the HTTP server between the page and the studio's work. It listens on 127.0.0.1 only,
 * and every request must carry the token printed in the address and name this computer as its host (and,
 * from a browser, the studio as its origin), so another user of the computer or a web page open in the
 * same browser can neither read nor change decrees (DNS rebinding included).
 */
import { serve, type ServerType } from '@hono/node-server';
import { spawn } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ownFile } from '../own-files';
import { NaskahError, type Problem } from '../problems/problem';
import type { Lang } from '../messages/catalogue';
import { explainProblem, type ProblemKey } from '../problems/messages';
import { Conflict, NotesError, Studio, VIEWS } from './service';

/** The built page (by `npm run build`, from src/studio/page). */
const PAGE_DIR = ownFile('dist', 'studio', 'page');
const PAGE_FILES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'pdf.worker.min.mjs': 'text/javascript; charset=utf-8',
};

/** A decree's data as JSON is some kilobytes; the data file limit is 5 MB. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;
/** A DOCX with its images. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

interface StudioOptions {
  folder: string;
  outDir: string;
  port?: number;
  /** Given by tests; otherwise a new random one each start. */
  token?: string;
}

export interface RunningStudio {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const langSchema = z.enum(['id', 'en']).default('id');
const fileSchema = z.string().max(500);
const viewSchema = z.enum(VIEWS as [string, ...string[]]).transform((view) => view as (typeof VIEWS)[number]);
const bodies = {
  preview: z.object({ file: fileSchema, data: z.unknown(), view: viewSchema, lang: langSchema }),
  save: z.object({ file: fileSchema, version: z.string().max(100), data: z.unknown(), lang: langSchema }),
  build: z.object({ file: fileSchema, view: viewSchema, lang: langSchema }),
  next: z.object({ file: fileSchema, year: z.number().int(), lang: langSchema }),
  create: z.object({ file: fileSchema, lang: langSchema }),
};

export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const studio = new Studio(options.folder, options.outDir);
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const app = new Hono();

  app.use('*', async (c, next) => {
    // The token is in the address: no other page may learn it from a referrer, nor frame the studio.
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    const lang = langOf(c);
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!hosts.includes(c.req.header('host') ?? '')) return refuse(c, 403, 'studio-host', lang);
    const origin = c.req.header('origin');
    if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) return refuse(c, 403, 'studio-origin', lang);
    if (c.req.header('sec-fetch-site') === 'cross-site') return refuse(c, 403, 'studio-origin', lang);
    if (!sameToken(c.req.header('x-naskah-token') ?? c.req.query('token') ?? '', token)) return refuse(c, 403, 'studio-token', lang);
    return next();
  });
  app.use('/api/*', async (c, next) => {
    const limit = c.req.path === '/api/import' ? MAX_IMPORT_BYTES : MAX_JSON_BYTES;
    return bodyLimit({ maxSize: limit, onError: (c) => refuse(c, 413, 'studio-too-large', langOf(c), { limit }) })(c, next);
  });

  app.get('/', (c) => c.html(pageHtml(token)));
  app.get('/static/:name', (c) => {
    const name = c.req.param('name');
    const type = PAGE_FILES[name];
    if (!type) return refuse(c, 404, 'studio-not-found', langOf(c));
    return c.body(readFileSync(path.join(PAGE_DIR, name)), 200, { 'Content-Type': type });
  });

  app.get('/api/schema', (c) => c.json(studio.schema()));
  app.get('/api/decrees', (c) => c.json({ decrees: studio.list(langOf(c)) }));
  app.get('/api/decree', (c) => c.json(studio.open(c.req.query('file') ?? '')));
  app.post('/api/preview', async (c) => {
    const body = bodies.preview.parse(await c.req.json());
    const preview = await studio.preview(body.file, body.data, body.view, body.lang);
    return c.json({ notes: preview.notes, pdf: preview.pdf?.toString('base64') ?? null });
  });
  app.post('/api/save', async (c) => {
    const body = bodies.save.parse(await c.req.json());
    return c.json(studio.save(body.file, body.version, body.data));
  });
  app.post('/api/build', async (c) => {
    const body = bodies.build.parse(await c.req.json());
    return c.json({ written: await studio.build(body.file, body.view, body.lang) });
  });
  app.get('/api/output/:name', (c) => {
    const name = c.req.param('name');
    const type = name.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    return c.body(new Uint8Array(studio.output(name)), 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` });
  });
  app.post('/api/next', async (c) => {
    const body = bodies.next.parse(await c.req.json());
    return c.json({ file: studio.next(body.file, body.year) });
  });
  app.post('/api/new', async (c) => {
    const body = bodies.create.parse(await c.req.json());
    return c.json({ file: studio.create(body.file) });
  });
  app.post('/api/import', async (c) => {
    const target = c.req.query('target');
    const bytes = Buffer.from(await c.req.arrayBuffer());
    return c.json(await studio.import(bytes, path.basename(c.req.query('name') ?? 'naskah'), target));
  });

  app.notFound((c) => refuse(c, 404, 'studio-not-found', langOf(c)));
  app.onError((error, c) => {
    const lang = langOf(c);
    if (error instanceof Conflict) return c.json({ error: explained('studio-conflict', lang), version: error.version, data: error.data }, 409);
    if (error instanceof NotesError) return c.json({ error: explained('studio-errors-remain', lang), notes: error.notes }, 422);
    if (error instanceof z.ZodError) return refuse(c, 400, 'studio-bad-request', lang, { detail: error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
    if (error instanceof SyntaxError) return refuse(c, 400, 'studio-bad-request', lang, { detail: 'JSON' });
    if (!(error instanceof NaskahError)) {
      // A fault of naskah itself: said to the page and logged in full, and the server stays up for the next request.
      console.error(error);
      return c.json({ error: explained('studio-internal', lang, { detail: error.message }) }, 500);
    }
    const [first] = error.problems;
    const status = first.key === 'studio-path-refused' ? 400 : first.key === 'file-missing' ? 404 : 422;
    const notes = error.problems.map((problem) => ({ path: problem.path ?? [], severity: 'error', message: explainProblem(problem, lang), line: problem.line }));
    return c.json({ error: { key: first.key, message: explainProblem(first, lang) }, notes }, status);
  });

  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, () => resolve(started));
    started.once('error', reject);
  });
  port = (server.address() as AddressInfo).port;
  // A file that cannot be previewed now will say why when the clerk opens it.
  studio.warm().catch(() => undefined);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function langOf(c: Context): Lang {
  return c.req.query('lang') === 'en' ? 'en' : 'id';
}

function explained(key: ProblemKey, lang: Lang, extra: Partial<Problem> = {}) {
  return { key, message: explainProblem({ file: '', key, ...extra }, lang) };
}

function refuse(c: Context, status: 400 | 403 | 404 | 413, key: ProblemKey, lang: Lang, extra: Partial<Problem> = {}): Response {
  return c.json({ error: explained(key, lang, extra) }, status);
}

/** Compared in constant time, so that the token cannot be guessed from response times. */
function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The page's shell; the token travels in the asset addresses and in a meta element the page's code reads. */
function pageHtml(token: string): string {
  const query = `?token=${encodeURIComponent(token)}`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="naskah-token" content="${token}">
<title>naskah studio</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/app.css${query}">
</head>
<body>
<div id="app"></div>
<script type="module" src="/static/app.js${query}"></script>
</body>
</html>
`;
}

/** The system's browser at the address; where none can be started the printed address is enough. */
export function openBrowser(url: string): void {
  const [command, ...args] = process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : [process.platform === 'darwin' ? 'open' : 'xdg-open', url];
  spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}
