/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The studio in a real browser: Debian's Chromium driven by playwright-core (which never downloads a
 * browser of its own). One browser and one page for the whole file; each test opens the sample afresh.
 * With NASKAH_APPROVE=1 the run also writes the README's screenshot, docs/studio.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { REPO } from '../support/cli';
import { readPdf } from '../support/read-pdf';
import { SAMPLE_FILE, startStudio, type RunningStudio } from './support';

jest.setTimeout(300_000);

let studio: RunningStudio;
let browser: BrowserContext;
let page: Page;
let original: string;
const pageErrors: string[] = [];

/** The installed Chromium; the tests fail (never skip) where it is missing. */
function chromiumPath(): string {
  return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
}

beforeAll(async () => {
  studio = await startStudio();
  original = readFileSync(path.join(studio.data, SAMPLE_FILE), 'utf8');
  // A fresh profile: nothing from an earlier run (or from the user's own browsing) can change the page.
  browser = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'naskah-chromium-')), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await studio?.stop();
});

afterEach(() => expect(pageErrors).toEqual([]));

const dataFile = () => path.join(studio.data, SAMPLE_FILE);
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The sample as it is in the repository (or as `text` gives it), opened in the editor with its pages shown. */
async function openSample(text = original): Promise<void> {
  writeFileSync(dataFile(), text);
  await page.goto('about:blank');
  await page.goto(studio.url);
  await page.getByRole('button', { name: /Nomor 35 Tahun 2022/ }).click();
  await page.locator('.page img').first().waitFor();
  await waitForPreview();
}

/** Until the preview has answered the last change (the page says so while it waits). */
async function waitForPreview(): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.pages')?.getAttribute('aria-busy') === 'false');
  await page.waitForTimeout(400);
  await page.waitForFunction(() => document.querySelector('.pages')?.getAttribute('aria-busy') === 'false');
}

/** Until the words stand on the preview's pages (spaces do not count: a justified line spreads them). */
async function waitForPreviewText(words: string): Promise<void> {
  await page.waitForFunction((wanted) => [...document.querySelectorAll('.page-text')].map((layer) => layer.textContent ?? '').join('').replace(/\s+/g, '').includes(wanted), squeeze(words));
}

async function previewText(): Promise<string> {
  return squeeze((await page.locator('.page-text').allTextContents()).join(''));
}

/** Grey level of the preview at the middle of month `month`'s column, in the row whose text starts with `row`. */
async function shadeAt(row: string, month: number): Promise<number> {
  return page.evaluate(
    async ({ row, month }) => {
      for (const figure of document.querySelectorAll<HTMLElement>('.page')) {
        const spans = [...figure.querySelectorAll<HTMLElement>('.page-text span')];
        const rowSpan = spans.find((span) => span.textContent!.replace(/\s+/g, ' ').includes(row));
        if (!rowSpan) continue;
        // The months' header: the topmost span reading just the month's number.
        const header = spans.filter((span) => span.textContent!.trim() === String(month)).sort((a, b) => a.offsetTop - b.offsetTop)[0];
        const img = figure.querySelector('img')!;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const ratio = img.naturalWidth / img.width;
        const x = (header.offsetLeft + header.offsetWidth / 2) * ratio;
        const y = (rowSpan.offsetTop + rowSpan.offsetHeight / 2) * ratio;
        const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return (r + g + b) / 3;
      }
      throw new Error(`row "${row}" not on any page`);
    },
    { row, month },
  );
}

/** Text of every field of a list, in order. */
async function listValues(selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
}

test('the sample opens with its pages beside the form (and the README screenshot is made from it)', async () => {
  await openSample();
  expect(await page.locator('legend', { hasText: 'Menimbang' }).count()).toBe(1);
  expect(await page.locator('#f-keputusan-tahun').inputValue()).toBe('2022');
  expect(await page.locator('.page').count()).toBeGreaterThanOrEqual(4);
  expect(await previewText()).toContain(squeeze('KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT'));
  if (process.env.NASKAH_APPROVE === '1') {
    mkdirSync(path.join(REPO, 'docs'), { recursive: true });
    await page.screenshot({ path: path.join(REPO, 'docs', 'studio.png') });
  }
});

test('a changed consideration shows its new words in the preview; undo and redo follow', async () => {
  await openSample();
  const field = page.locator('#f-menimbang-1');
  await field.fill('bahwa pertimbangan ini ditulis ulang di studio oleh petugas sekretariat;');
  await waitForPreviewText('bahwa pertimbangan ini ditulis ulang di studio oleh petugas sekretariat;');
  await page.keyboard.press('Control+z');
  expect(await field.inputValue()).toMatch(/^bahwa berdasarkan pertimbangan/);
  await waitForPreviewText('bahwa berdasarkan pertimbangan sebagaimana dimaksud');
  await page.keyboard.press('Control+y');
  expect(await field.inputValue()).toBe('bahwa pertimbangan ini ditulis ulang di studio oleh petugas sekretariat;');
});

test('a click on a month shades it in the preview; a drag shades several', async () => {
  await openSample();
  const row = 'Pembentukan';
  expect(await shadeAt(row, 5)).toBeGreaterThan(230);
  expect(await shadeAt(row, 1)).toBeLessThan(200);
  const months = page.locator('#f-lampiran-kegiatan-0-sub_kegiatan-0-bulan');
  await months.getByRole('checkbox', { name: 'Mei' }).click();
  await expect(months.getByRole('checkbox', { name: 'Mei' }).getAttribute('aria-checked')).resolves.toBe('true');
  await waitForPreview();
  expect(await shadeAt(row, 5)).toBeLessThan(200);

  // A drag from August to October shades the three months.
  const from = await months.getByRole('checkbox', { name: 'Agu' }).boundingBox();
  const to = await months.getByRole('checkbox', { name: 'Okt' }).boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 8 });
  await page.mouse.up();
  const checked = await months.getByRole('checkbox').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-checked') === 'true'));
  expect(checked).toEqual([true, false, false, false, true, false, false, true, true, true, false, false]);
  await waitForPreview();
  expect(await shadeAt(row, 9)).toBeLessThan(200);
});

test('a sub-activity is added, then moved by button and by drag; the preview follows the order', async () => {
  await openSample();
  const list = page.locator('#f-lampiran-kegiatan-0-sub_kegiatan');
  await list.locator(':scope > button.add').click();
  const added = page.locator('#f-lampiran-kegiatan-0-sub_kegiatan-3-uraian');
  await expect(added.evaluate((field) => field === document.activeElement)).resolves.toBe(true);
  await added.fill('Rapat koordinasi tim kerja zona integritas;');
  await list.getByRole('button', { name: 'Naikkan d.' }).click();
  const uraian = '#f-lampiran-kegiatan-0-sub_kegiatan [id$="-uraian"]';
  expect((await listValues(uraian))[2]).toBe('Rapat koordinasi tim kerja zona integritas;');
  await waitForPreviewText('Rapat koordinasi tim kerja zona integritas;');
  const text = await previewText();
  expect(text.indexOf(squeeze('Rapat koordinasi tim kerja'))).toBeLessThan(text.indexOf(squeeze('Evaluasi dan tindak lanjut atas pelaksanaan rencana kerja')));

  // Dragged by its handle onto the first row, it becomes the first.
  const rows = list.locator(':scope > ol > li');
  await rows.nth(0).evaluate((row) => row.scrollIntoView({ block: 'start' }));
  const handle = (await rows.nth(2).locator('.handle').boundingBox())!;
  const target = (await rows.nth(0).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 20, { steps: 10 });
  await page.mouse.up();
  expect((await listValues(uraian))[0]).toBe('Rapat koordinasi tim kerja zona integritas;');
  await waitForPreview();
  const moved = await previewText();
  expect(moved.indexOf(squeeze('Rapat koordinasi tim kerja'))).toBeLessThan(moved.indexOf(squeeze('Pembentukan Tim Kerja Zona Integritas')));
});

test('saving writes exactly the changed values into the file, comments intact', async () => {
  await openSample();
  await page.locator('#f-menimbang-1').fill('bahwa pertimbangan yang diubah di studio;');
  await page.locator('#f-lampiran-kegiatan-0-sub_kegiatan-0-bulan').getByRole('checkbox', { name: 'Mar' }).click();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.locator('.state.clean').waitFor();
  const oldConsideration = original.slice(original.indexOf('  - >-\n    bahwa berdasarkan pertimbangan'), original.indexOf('\n\n# Mengingat'));
  const expected = original
    .replace(oldConsideration, '  - >-\n    bahwa pertimbangan yang diubah di studio;')
    .replace('Sumbawa Barat;\n          bulan: [1]\n', 'Sumbawa Barat;\n          bulan: [1, 3]\n');
  expect(expected).not.toBe(original);
  expect(readFileSync(dataFile(), 'utf8')).toBe(expected);
});

test('months written as names, as a text or as one month show in the grid; a click writes them as the clerk did', async () => {
  const written = original
    .replace('Sumbawa Barat;\n          bulan: [1]\n', 'Sumbawa Barat;\n          bulan: Januari-Maret\n')
    .replace('          bulan: "2-12"\n', '          bulan: Jan–Mar, Jul\n')
    .replace('Zona Integritas.\n          bulan: [6, 12]\n', 'Zona Integritas.\n          bulan: 6\n');
  await openSample(written);
  const grid = (row: number) => page.locator(`#f-lampiran-kegiatan-0-sub_kegiatan-${row}-bulan`).getByRole('checkbox');
  const shaded = (row: number) => grid(row).evaluateAll((cells) => cells.flatMap((cell, index) => (cell.getAttribute('aria-checked') === 'true' ? [index + 1] : [])));
  expect([await shaded(0), await shaded(1), await shaded(2)]).toEqual([[1, 2, 3], [1, 2, 3, 7], [6]]);
  expect(await shadeAt('Pembentukan', 3)).toBeLessThan(200);
  expect(await shadeAt('Pembentukan', 5)).toBeGreaterThan(230);

  await grid(0).filter({ hasText: 'Mei' }).click();
  await grid(2).filter({ hasText: 'Jul' }).click();
  await waitForPreview();
  expect(await shadeAt('Pembentukan', 5)).toBeLessThan(200);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.locator('.state.clean').waitFor();
  expect(readFileSync(dataFile(), 'utf8')).toBe(written.replace('bulan: Januari-Maret\n', 'bulan: Januari-Maret, Mei\n').replace('          bulan: 6\n', '          bulan: [6, 7]\n'));
});

test('a file changed on disk is not overwritten: the clerk sees what changed and chooses', async () => {
  await openSample();
  await page.locator('#f-diktum-1').fill('Keputusan ini mulai berlaku sejak tanggal ditetapkan.');
  writeFileSync(dataFile(), original.replace('nama: Denny Saputra', 'nama: Denny Saputra, S.H.'));
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  const conflict = page.getByRole('alertdialog');
  await conflict.waitFor();
  expect(await conflict.textContent()).toContain('Penandatangan › Nama: di disk “Denny Saputra, S.H.”, versi saya “Denny Saputra”');
  expect(readFileSync(dataFile(), 'utf8')).toContain('nama: Denny Saputra, S.H.');

  await conflict.getByRole('button', { name: 'Muat versi di disk' }).click();
  expect(await page.locator('#f-penandatangan-nama').inputValue()).toBe('Denny Saputra, S.H.');
  await page.locator('#f-diktum-1').fill('Keputusan ini mulai berlaku sejak tanggal ditetapkan.');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.locator('.state.clean').waitFor();
  const saved = readFileSync(dataFile(), 'utf8');
  expect(saved).toContain('nama: Denny Saputra, S.H.');
  expect(saved).toContain('  - Keputusan ini mulai berlaku sejak tanggal ditetapkan.\n');
});

test('a wrong date shows a message at its field, and nothing breaks', async () => {
  await openSample();
  const date = page.locator('#f-ditetapkan-tanggal');
  await date.fill('2021-12-31');
  const messages = page.locator('.field-tanggal .messages');
  await messages.waitFor();
  expect(await messages.textContent()).toMatch(/2021/);
  expect(await page.locator('.field-tanggal.invalid').count()).toBe(1);
  // An emptied date: a final document is refused until it is filled in.
  await date.fill('');
  await page.waitForFunction(() => /belum diisi/.test(document.querySelector('.field-tanggal .messages')?.textContent ?? ''));
  await page.locator('.note-list button', { hasText: 'Ditetapkan › Tanggal' }).first().click();
  expect(await date.evaluate((field) => field === document.activeElement)).toBe(true);
  await date.fill('2022-02-03');
  await waitForPreviewText('3 Februari 2022');
});

test('a list is edited with the keyboard alone', async () => {
  await openSample();
  await page.locator('.list-diktum > button.add').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Salinan keputusan ini disampaikan kepada pihak terkait.');
  // Alt+↑ moves the item where the focus is; the focus goes with it.
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  expect(await listValues('.list-diktum textarea')).toEqual([
    'Salinan keputusan ini disampaikan kepada pihak terkait.',
    expect.stringMatching(/^Menetapkan Rencana Kerja/),
    'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  ]);
  await waitForPreviewText('Salinan keputusan ini disampaikan kepada pihak terkait.');
  const text = await previewText();
  expect(text.indexOf(squeeze('Salinan keputusan ini disampaikan'))).toBeLessThan(text.indexOf(squeeze('Menetapkan Rencana Kerja Pembangunan')));
  // Tab reaches the item's buttons: "Hapus" removes it.
  await page.locator('.list-diktum li').first().getByRole('button', { name: 'Hapus KESATU' }).focus();
  await page.keyboard.press('Enter');
  expect(await listValues('.list-diktum textarea')).toHaveLength(2);
});

test("a clerk makes the original and the copy, and next year's draft, without a text editor", async () => {
  await openSample();
  /** The PDF of the view shown, as the browser downloads it, with the words of its pages. */
  const downloadPdf = async (): Promise<{ name: string; text: string }> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh PDF' }).click();
    const name = (await download).suggestedFilename();
    const pdf = await readPdf(readFileSync(path.join(studio.dir, 'output', name)));
    return { name, text: squeeze(pdf.pages.flatMap((sheet) => sheet.lines).join('')) };
  };
  const signed = await downloadPdf();
  expect(signed.name).toBe('kpu-kabupaten-sumbawa-barat-2022-35-asli.pdf');
  expect(signed.text).toContain(squeeze('NOMOR 35 TAHUN 2022'));
  expect(signed.text).not.toContain(squeeze('Salinan sesuai dengan aslinya'));

  await page.getByRole('radio', { name: 'Salinan' }).click();
  await waitForPreview();
  const copy = await downloadPdf();
  expect(copy.name).toBe('kpu-kabupaten-sumbawa-barat-2022-35-salinan.pdf');
  expect(copy.text).toContain(squeeze('Salinan sesuai dengan aslinya'));
  expect(readdirSync(path.join(studio.dir, 'output')).filter((name) => name.endsWith('.docx')).sort()).toEqual([
    'kpu-kabupaten-sumbawa-barat-2022-35-asli.docx',
    'kpu-kabupaten-sumbawa-barat-2022-35-salinan.docx',
  ]);

  // Next year's draft: a new file beside this year's, opened at once, with number and date left to fill in.
  await page.getByRole('button', { name: 'Tahun berikutnya' }).click();
  await page.waitForFunction(() => (document.querySelector('#f-keputusan-tahun') as HTMLInputElement | null)?.value === '2023');
  expect(existsSync(path.join(studio.data, 'kpu-sumbawa-barat', '2023-konsep.yaml'))).toBe(true);
  expect(readFileSync(dataFile(), 'utf8')).toBe(original);
  await page.getByRole('radio', { name: 'Konsep' }).click();
  await waitForPreview();
  const draft = await downloadPdf();
  expect(draft.name).toMatch(/^kpu-kabupaten-sumbawa-barat-2023-.*konsep\.pdf$/);
  expect(draft.text).toContain(squeeze('TAHUN 2023'));
  // Its original is refused until the number and the date are filled in.
  await page.getByRole('radio', { name: 'Asli' }).click();
  await page.getByRole('button', { name: 'Unduh PDF' }).click();
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('tidak dibuat selama masih ada kesalahan');
  expect(await page.locator('.field-nomor .messages').textContent()).toContain('belum diisi');
});

test('a request without the token is refused, in the browser too', async () => {
  const base = new URL(studio.url);
  const other = await browser.newPage();
  const reply = await other.goto(`${base.origin}/`);
  expect(reply!.status()).toBe(403);
  expect(await other.textContent('body')).toContain('token');
  const api = await other.request.get(`${base.origin}/api/decree?file=${SAMPLE_FILE}`);
  expect(api.status()).toBe(403);
  await other.close();
});
