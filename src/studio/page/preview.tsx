/**
 * The real PDF pages, drawn by pdf.js. A new PDF is drawn off screen and swapped in page by page, so the
 * scroll position stays; then the page that holds the edited text is brought into view. Each page also
 * carries its text, invisible, so it can be selected, searched and read aloud.
 */
import * as pdfjs from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'preact/hooks';
import { address } from './api';
import { words, type Lang } from './words';

pdfjs.GlobalWorkerOptions.workerSrc = address('/static/pdf.worker.min.mjs');

interface DrawnPage {
  image: string;
  width: number;
  height: number;
  text: string;
  /** The words where they stand on the page (CSS pixels from the top left), for selecting them. */
  words: { str: string; x: number; y: number; size: number }[];
}

/** Whitespace and the data's italics marks do not count when looking for a text on the pages. */
function plain(text: string): string {
  return text.replace(/_/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function Preview({ pdf, focusText, lang, busy, onShown }: { pdf: Uint8Array | null; focusText: string | null; lang: Lang; busy: boolean; onShown: () => void }) {
  const [pages, setPages] = useState<DrawnPage[]>([]);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!pdf) return undefined;
    let cancelled = false;
    void (async () => {
      const document = await pdfjs.getDocument({ data: pdf.slice() }).promise;
      const drawn: DrawnPage[] = [];
      const width = Math.max(300, (scroller.current?.clientWidth ?? 600) - 32);
      for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
        const canvas = window.document.createElement('canvas');
        canvas.width = Math.round(viewport.width);
        canvas.height = Math.round(viewport.height);
        await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
        const content = await page.getTextContent();
        const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as { str: string; transform: number[]; hasEOL: boolean }[];
        const text = items.map((item) => item.str + (item.hasEOL ? '\n' : ' ')).join('');
        const scale = width / base.width;
        const onPage = page.getViewport({ scale });
        const placed = items.map((item) => {
          const [x, y] = onPage.convertToViewportPoint(item.transform[4], item.transform[5]);
          const size = Math.hypot(item.transform[2], item.transform[3]) * scale;
          return { str: item.str, x, y: y - size * 0.8, size };
        });
        drawn.push({ image: canvas.toDataURL('image/png'), width, height: base.height * scale, text, words: placed });
        if (cancelled) return;
      }
      await document.destroy();
      if (cancelled) return;
      setPages(drawn);
      onShown();
    })();
    return () => {
      cancelled = true;
    };
  }, [pdf]);

  // The page where the edited text stands, brought into view unless it is visible already.
  useEffect(() => {
    if (!focusText || !scroller.current) return;
    const wanted = plain(focusText).split(' ').slice(0, 6).join(' ');
    if (wanted.length < 4) return;
    const index = pages.findIndex((page) => plain(page.text).includes(wanted));
    const element = scroller.current.querySelectorAll<HTMLElement>('.page')[index];
    if (!element) return;
    const view = scroller.current.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (box.bottom < view.top + 40 || box.top > view.bottom - 40) element.scrollIntoView({ block: 'start' });
  }, [pages, focusText]);

  return (
    <div class="pages" ref={scroller} aria-busy={busy}>
      {pages.map((page, index) => (
        <figure class="page" key={index} data-page={index + 1} style={{ width: `${page.width}px`, height: `${page.height}px` }}>
          <img src={page.image} alt="" width={page.width} height={page.height} />
          <figcaption class="page-text">
            {page.words.map((word, i) => (
              <span key={i} style={{ left: `${word.x}px`, top: `${word.y}px`, fontSize: `${word.size}px` }}>
                {word.str}
              </span>
            ))}
          </figcaption>
          <span class="page-number" aria-hidden="true">
            {words(lang).page} {index + 1}
          </span>
        </figure>
      ))}
    </div>
  );
}
