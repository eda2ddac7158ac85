/** The studio's HTTP server, through real requests: who may use it, what it may touch, and its API. */
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPdf } from '../support/read-pdf';
import { api, request, SAMPLE_FILE, startStudio, type RunningStudio } from './support';

let studio: RunningStudio;
let original: string;

beforeAll(async () => {
  studio = await startStudio();
  original = readFileSync(path.join(studio.data, SAMPLE_FILE), 'utf8');
});
afterAll(() => studio.stop());
afterEach(() => writeFileSync(path.join(studio.data, SAMPLE_FILE), original));

const sampleData = async () => (await api(studio, 'GET', `/api/decree?file=${SAMPLE_FILE}`)).json();
const pdfText = async (base64: string) => (await readPdf(Buffer.from(base64, 'base64'))).pages.flatMap((page) => page.lines).join(' ');

describe('only the one who started it', () => {
  test('a request without the token, or with a wrong one, is refused and reads nothing', async () => {
    for (const target of ['/', `/api/decree?file=${SAMPLE_FILE}`, '/api/decrees', '/static/app.js']) {
      const reply = await request(studio.port, 'GET', target);
      expect(reply.status).toBe(403);
      expect(reply.json().error.key).toBe('studio-token');
      expect(reply.body.toString()).not.toContain('Sumbawa');
    }
    const wrong = await request(studio.port, 'GET', `/api/decrees?token=${'0'.repeat(studio.token.length)}`);
    expect(wrong.status).toBe(403);
  });

  test('the token in the address or in the header is accepted', async () => {
    expect((await request(studio.port, 'GET', `/api/decrees?token=${studio.token}`)).status).toBe(200);
    const page = await request(studio.port, 'GET', `/?token=${studio.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await api(studio, 'GET', '/api/decrees')).json().decrees).toEqual([expect.objectContaining({ file: SAMPLE_FILE })]);
  });

  test('another host name is refused even with the token (DNS rebinding)', async () => {
    for (const host of [`evil.example:${studio.port}`, 'evil.example', `127.0.0.1:${studio.port + 1}`]) {
      const reply = await request(studio.port, 'GET', `/api/decree?file=${SAMPLE_FILE}&token=${studio.token}`, { host });
      expect(reply.status).toBe(403);
      expect(reply.json().error.key).toBe('studio-host');
    }
    expect((await request(studio.port, 'GET', `/api/decrees?token=${studio.token}`, { host: `localhost:${studio.port}` })).status).toBe(200);
  });

  test('a request from another web page is refused and changes nothing', async () => {
    const { data, version } = await sampleData();
    data.penandatangan.nama = 'Orang Lain';
    const crossSite: Record<string, string>[] = [{ origin: 'http://evil.example' }, { origin: `http://127.0.0.1:${studio.port + 1}` }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of crossSite) {
      const reply = await request(studio.port, 'POST', '/api/save', { 'x-naskah-token': studio.token, 'content-type': 'application/json', ...headers }, JSON.stringify({ file: SAMPLE_FILE, version, data }));
      expect(reply.status).toBe(403);
      expect(reply.json().error.key).toBe('studio-origin');
    }
    expect(readFileSync(path.join(studio.data, SAMPLE_FILE), 'utf8')).toBe(original);
  });

  test('the server listens on 127.0.0.1 only', () => {
    expect(studio.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });
});

describe('nothing outside the folder', () => {
  beforeAll(() => {
    writeFileSync(path.join(studio.dir, 'outside.yaml'), original);
    symlinkSync(path.join(studio.dir, 'outside.yaml'), path.join(studio.data, 'link.yaml'));
    symlinkSync(studio.dir, path.join(studio.data, 'linked-folder'));
  });

  const refused = ['../outside.yaml', '/etc/passwd', 'kpu-sumbawa-barat/../../outside.yaml', 'link.yaml', 'linked-folder/outside.yaml', 'kpu-sumbawa-barat\\2022-035.yaml', '.hidden.yaml', 'kpu-sumbawa-barat/2022-035.txt'];

  test.each(refused)('reading %s is refused', async (file) => {
    const reply = await api(studio, 'GET', `/api/decree?file=${encodeURIComponent(file)}`);
    expect(reply.status).toBe(400);
    expect(reply.json().error.key).toBe('studio-path-refused');
  });

  test('an absolute path to a file outside is refused', async () => {
    const reply = await api(studio, 'GET', `/api/decree?file=${encodeURIComponent(path.join(studio.dir, 'outside.yaml'))}`);
    expect(reply.status).toBe(400);
  });

  test('writing through a path outside or through a link is refused and writes nothing', async () => {
    const { data } = await sampleData();
    for (const file of ['../baru.yaml', 'link.yaml', 'linked-folder/baru.yaml']) {
      expect((await api(studio, 'POST', '/api/new', { file })).status).toBe(400);
      expect((await api(studio, 'POST', '/api/save', { file, version: 'x', data })).status).toBe(400);
    }
    expect(readdirSync(studio.dir).sort()).toEqual(['data', 'outside.yaml']);
    expect(readFileSync(path.join(studio.dir, 'outside.yaml'), 'utf8')).toBe(original);
  });

  test('only output files are downloaded, by their plain name', async () => {
    for (const name of ['..%2Foutside.yaml', '..%2F..%2Fetc%2Fpasswd', 'x.yaml']) {
      expect((await api(studio, 'GET', `/api/output/${name}`)).status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('limits and data', () => {
  test('a request body over the limit is refused with 413', async () => {
    const reply = await request(studio.port, 'POST', '/api/preview', { 'x-naskah-token': studio.token, 'content-type': 'application/json' }, Buffer.alloc(9 * 1024 * 1024, 0x20));
    expect(reply.status).toBe(413);
    expect(reply.json().error.key).toBe('studio-too-large');
  });

  test('a malformed request is answered with 400, in English when asked', async () => {
    const reply = await request(studio.port, 'POST', '/api/preview?lang=en', { 'x-naskah-token': studio.token, 'content-type': 'application/json' }, '{"file":');
    expect(reply.status).toBe(400);
    expect(reply.json().error.message).toMatch(/not valid/);
  });

  test('text from the form is printed as written, never read as a template', async () => {
    const { data } = await sampleData();
    data.diktum[1] = 'Berlaku {{kantor.wilayah}} {{#each menimbang}}x{{/each}} <w:p/> &amp; ${process.exit()}.';
    const reply = await api(studio, 'POST', '/api/preview', { file: SAMPLE_FILE, data, view: 'konsep' });
    expect(reply.status).toBe(200);
    const text = await pdfText(reply.json().pdf);
    expect(text).toContain('{{kantor.wilayah}} {{#each menimbang}}x{{/each}} <w:p/> &amp; ${process.exit()}.');
  });
});

describe('the API', () => {
  test('a preview shows the changed words; problems are placed at their fields', async () => {
    const { data } = await sampleData();
    data.menimbang[1] = 'bahwa kalimat pratinjau yang baru ditulis petugas;';
    data.ditetapkan.tanggal = '2022-02-30';
    const bad = (await api(studio, 'POST', '/api/preview', { file: SAMPLE_FILE, data, view: 'asli' })).json();
    expect(bad.pdf).toBeNull();
    expect(bad.notes).toEqual([expect.objectContaining({ path: ['ditetapkan', 'tanggal'], severity: 'error', message: expect.stringContaining('2022-02-30') })]);

    data.ditetapkan.tanggal = '2022-02-03';
    const good = (await api(studio, 'POST', '/api/preview', { file: SAMPLE_FILE, data, view: 'salinan' })).json();
    const text = await pdfText(good.pdf);
    expect(text).toContain('bahwa kalimat pratinjau yang baru ditulis petugas;');
    expect(text).toContain('3 Februari 2022');
    expect(text).toMatch(/SALINAN/);
  });

  test('saving changes only the edited value and keeps every comment', async () => {
    const { data, version } = await sampleData();
    data.menimbang[1] = 'bahwa isi pertimbangan yang diubah;';
    const reply = await api(studio, 'POST', '/api/save', { file: SAMPLE_FILE, version, data });
    expect(reply.status).toBe(200);
    const saved = readFileSync(path.join(studio.data, SAMPLE_FILE), 'utf8');
    const before = original.split('\n');
    const after = saved.split('\n');
    const changedFrom = before.findIndex((line, i) => line !== after[i]);
    const fromEnd = (lines: string[]) => lines.slice().reverse();
    const changedToEnd = fromEnd(before).findIndex((line, i) => line !== fromEnd(after)[i]);
    expect(before.slice(changedFrom, before.length - changedToEnd).join('\n')).toMatch(/^ {4}bahwa berdasarkan pertimbangan/);
    expect(after.slice(changedFrom, after.length - changedToEnd)).toEqual(['    bahwa isi pertimbangan yang diubah;']);
    expect(saved.match(/#.*/g)).toEqual(original.match(/#.*/g));
    expect(reply.json().version).not.toBe(version);
  });

  test('a file changed on disk since it was opened is not overwritten: the answer shows what is there now', async () => {
    const { data, version } = await sampleData();
    const changedOnDisk = original.replace('nama: Denny Saputra', 'nama: Denny Saputra, S.H.');
    writeFileSync(path.join(studio.data, SAMPLE_FILE), changedOnDisk);
    data.diktum[1] = 'Keputusan ini berlaku sejak tanggal ditetapkan.';
    const reply = await api(studio, 'POST', '/api/save', { file: SAMPLE_FILE, version, data });
    expect(reply.status).toBe(409);
    expect(reply.json().error.key).toBe('studio-conflict');
    expect(reply.json().data.penandatangan.nama).toBe('Denny Saputra, S.H.');
    expect(readFileSync(path.join(studio.data, SAMPLE_FILE), 'utf8')).toBe(changedOnDisk);
    // The clerk chose to keep their version, over what is on disk now.
    const again = await api(studio, 'POST', '/api/save', { file: SAMPLE_FILE, version: reply.json().version, data });
    expect(again.status).toBe(200);
  });

  test('a final build is refused while errors remain; a draft is built into output/', async () => {
    const { data, version } = await sampleData();
    data.ditetapkan.tanggal = null;
    await api(studio, 'POST', '/api/save', { file: SAMPLE_FILE, version, data });
    const refusedBuild = await api(studio, 'POST', '/api/build', { file: SAMPLE_FILE, view: 'asli' });
    expect(refusedBuild.status).toBe(422);
    expect(refusedBuild.json().notes).toContainEqual(expect.objectContaining({ path: ['ditetapkan', 'tanggal'], severity: 'error' }));
    expect(existsSync(path.join(studio.dir, 'output'))).toBe(false);

    const draft = await api(studio, 'POST', '/api/build', { file: SAMPLE_FILE, view: 'konsep' });
    expect(draft.status).toBe(200);
    expect(draft.json().written.sort()).toEqual(['kpu-kabupaten-sumbawa-barat-2022-35-asli-konsep.docx', 'kpu-kabupaten-sumbawa-barat-2022-35-asli-konsep.pdf']);
    const pdf = await api(studio, 'GET', '/api/output/kpu-kabupaten-sumbawa-barat-2022-35-asli-konsep.pdf');
    expect(pdf.headers['content-disposition']).toContain('attachment');
    expect(pdf.body.equals(readFileSync(path.join(studio.dir, 'output', 'kpu-kabupaten-sumbawa-barat-2022-35-asli-konsep.pdf')))).toBe(true);
  });

  test('next year is drafted beside the file, never over an existing one', async () => {
    const reply = await api(studio, 'POST', '/api/next', { file: SAMPLE_FILE, year: 2023 });
    expect(reply.json()).toEqual({ file: 'kpu-sumbawa-barat/2023-konsep.yaml' });
    const next = (await api(studio, 'GET', '/api/decree?file=kpu-sumbawa-barat/2023-konsep.yaml')).json();
    expect(next.data.keputusan).toEqual(expect.objectContaining({ tahun: 2023, nomor: null }));
    const again = await api(studio, 'POST', '/api/next', { file: SAMPLE_FILE, year: 2023 });
    expect(again.status).toBe(422);
    expect(again.json().error.key).toBe('never-overwrite');
  });

  test('an imported text is shown before it is written, then written where the clerk says', async () => {
    const text = readFileSync(path.join(__dirname, '..', 'fixtures', 'import', 'kpu-sumbawa-barat-2022-035.txt'));
    const shown = (await request(studio.port, 'POST', '/api/import?name=keputusan.txt', { 'x-naskah-token': studio.token }, text)).json();
    expect(shown).toEqual(expect.objectContaining({ written: null, suggested: '2022-035.yaml', counts: expect.objectContaining({ menimbang: 2 }) }));
    mkdirSync(path.join(studio.data, 'impor'), { recursive: true });
    const written = await request(studio.port, 'POST', '/api/import?name=keputusan.txt&target=impor/2022-035.yaml', { 'x-naskah-token': studio.token }, text);
    expect(written.json().written).toBe('impor/2022-035.yaml');
    expect(readFileSync(path.join(studio.data, 'impor', '2022-035.yaml'), 'utf8')).toContain('Sumbawa Barat');
  });
});
