/** naskah studio: the list of decrees, and the editor of one decree with its live pages. */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { address, ApiError, call, type Note, type Path } from './api';
import { differences, getIn, setIn } from './data';
import { Field, fieldId, Form, type FormContext, type JsonSchema } from './form';
import { Preview } from './preview';
import './style.css';
import { pathName, words, type Lang } from './words';

type View = 'asli' | 'salinan' | 'konsep';
const VIEWS: View[] = ['asli', 'salinan', 'konsep'];
/** How long after the last keystroke the preview is asked for. */
const PREVIEW_DELAY_MS = 250;
/** Keystrokes in one field within this time are undone together. */
const TYPING_MS = 1000;

interface Listed {
  file: string;
  decree?: { lembaga: string; wilayah: string; tahun: number; nomor: string | null; tentang: string };
  problem?: string;
}

function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('naskah-lang') === 'en' ? 'en' : 'id'));
  const [file, setFile] = useState<string | null>(() => new URLSearchParams(location.hash.slice(1)).get('berkas'));
  const [schema, setSchema] = useState<JsonSchema | null>(null);
  useEffect(() => {
    void call<JsonSchema>('GET', '/api/schema').then(setSchema);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem('naskah-lang', lang);
  }, [lang]);
  const open = (next: string | null) => {
    history.replaceState(null, '', next ? `${location.pathname}${location.search}#berkas=${encodeURIComponent(next)}` : `${location.pathname}${location.search}`);
    setFile(next);
  };
  const switchLang = (
    <button type="button" class="lang" onClick={() => setLang(lang === 'id' ? 'en' : 'id')}>
      {words(lang).language}
    </button>
  );
  if (!schema) return null;
  return file ? <Editor key={file} file={file} schema={schema} lang={lang} switchLang={switchLang} open={open} /> : <Home lang={lang} switchLang={switchLang} open={open} />;
}

function Home({ lang, switchLang, open }: { lang: Lang; switchLang: preact.JSX.Element; open: (file: string) => void }) {
  const ui = words(lang);
  const [list, setList] = useState<Listed[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [imported, setImported] = useState<{ source: File; suggested: string; counts: Record<string, number>; guesses: string[]; target: string } | null>(null);
  useEffect(() => {
    void call<{ decrees: Listed[] }>('GET', '/api/decrees', undefined, lang).then((answer) => setList(answer.decrees));
  }, [lang]);
  const attempt = async (work: () => Promise<void>) => {
    try {
      setError(null);
      await work();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const groups = useMemo(() => {
    const byOffice = new Map<string, Map<number | string, Listed[]>>();
    for (const entry of list) {
      const office = entry.decree ? `${entry.decree.lembaga} ${entry.decree.wilayah}` : '—';
      const year = entry.decree?.tahun ?? '—';
      const years = byOffice.get(office) ?? new Map<number | string, Listed[]>();
      years.set(year, [...(years.get(year) ?? []), entry]);
      byOffice.set(office, years);
    }
    return [...byOffice];
  }, [list]);
  const importFile = (source: File) =>
    attempt(async () => {
      const answer = await call<{ suggested: string; counts: Record<string, number>; guesses: string[] }>('POST', `/api/import?name=${encodeURIComponent(source.name)}`, source, lang);
      setImported({ source, ...answer, target: answer.suggested });
    });
  return (
    <div
      class="home"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        const dropped = event.dataTransfer?.files[0];
        if (dropped) void importFile(dropped);
      }}
    >
      <header class="bar">
        <h1>naskah studio</h1>
        <span class="spacer" />
        {switchLang}
      </header>
      <main class="home-main">
        {error && (
          <p class="banner error" role="alert">
            {error}
          </p>
        )}
        <h2>{ui.decrees}</h2>
        {groups.map(([office, years]) => (
          <section class="office" key={office}>
            <h3>{office}</h3>
            {[...years].map(([year, entries]) => (
              <div class="year" key={year}>
                <h4>{year}</h4>
                <ul class="decrees">
                  {entries.map((entry) => (
                    <li key={entry.file}>
                      <button type="button" class="decree" onClick={() => open(entry.file)}>
                        <strong>{entry.decree ? `Nomor ${entry.decree.nomor ?? '…'} Tahun ${entry.decree.tahun}` : entry.file}</strong>
                        <span>{entry.decree?.tentang ?? entry.problem}</span>
                        <code>{entry.file}</code>
                      </button>
                      {entry.decree && (
                        <button
                          type="button"
                          class="secondary"
                          onClick={() => attempt(async () => open((await call<{ file: string }>('POST', '/api/next', { file: entry.file, year: entry.decree!.tahun + 1 }, lang)).file))}
                        >
                          {ui.nextYear} ({entry.decree.tahun + 1})
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
        <section class="make">
          <h2>{ui.newFromSample}</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void attempt(async () => open((await call<{ file: string }>('POST', '/api/new', { file: newName }, lang)).file));
            }}
          >
            <label>
              {ui.fileName}
              <input type="text" value={newName} placeholder="kpu-sumbawa-barat/2023-001.yaml" onInput={(event) => setNewName((event.target as HTMLInputElement).value)} />
            </label>
            <button type="submit">{ui.make}</button>
          </form>
        </section>
        <section class="drop">
          <p>
            {ui.importDrop}{' '}
            <label class="choose">
              {ui.importChoose}
              <input type="file" accept=".docx,.pdf,.txt" onChange={(event) => (event.target as HTMLInputElement).files?.[0] && void importFile((event.target as HTMLInputElement).files![0])} />
            </label>
          </p>
          {imported && (
            <div class="imported">
              <p>
                {ui.importFound}: {Object.entries(imported.counts).map(([key, count]) => `${count} ${key.replace('_', ' ')}`).join(', ')}
              </p>
              {imported.guesses.length > 0 && (
                <>
                  <p>{ui.importGuesses}:</p>
                  <ul class="guesses">
                    {imported.guesses.map((guess, i) => (
                      <li key={i}>{guess}</li>
                    ))}
                  </ul>
                </>
              )}
              <label>
                {ui.fileName}
                <input type="text" value={imported.target} onInput={(event) => setImported({ ...imported, target: (event.target as HTMLInputElement).value })} />
              </label>
              <button
                type="button"
                onClick={() =>
                  attempt(async () => {
                    const answer = await call<{ written: string }>('POST', `/api/import?name=${encodeURIComponent(imported.source.name)}&target=${encodeURIComponent(imported.target)}`, imported.source, lang);
                    open(answer.written);
                  })
                }
              >
                {ui.importSave}
              </button>
              <button type="button" class="secondary" onClick={() => setImported(null)}>
                {ui.cancel}
              </button>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}

interface Step {
  data: unknown;
  /** The field changed into this state, for joining keystrokes and for finding the page. */
  path: Path;
  at: number;
}

interface Conflicted {
  version: string;
  data: unknown;
}

function Editor({ file, schema, lang, switchLang, open }: { file: string; schema: JsonSchema; lang: Lang; switchLang: preact.JSX.Element; open: (file: string | null) => void }) {
  const ui = words(lang);
  const [opened, setOpened] = useState<{ version: string; data: unknown } | null>(null);
  const [past, setPast] = useState<Step[]>([]);
  const [future, setFuture] = useState<Step[]>([]);
  const [savedData, setSavedData] = useState<unknown>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [pdf, setPdf] = useState<Uint8Array | null>(null);
  const [view, setView] = useState<View>('asli');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [conflict, setConflict] = useState<Conflicted | null>(null);
  const [written, setWritten] = useState<string[]>([]);
  const current = past[past.length - 1];
  const data = current?.data;
  const dirty = opened !== null && JSON.stringify(data) !== JSON.stringify(savedData);

  useEffect(() => {
    void call<{ version: string; data: unknown }>('GET', `/api/decree?file=${encodeURIComponent(file)}`, undefined, lang)
      .then((answer) => {
        setOpened(answer);
        setSavedData(answer.data);
        setPast([{ data: answer.data, path: [], at: 0 }]);
      })
      .catch((failure: Error) => setMessage({ kind: 'error', text: failure.message }));
  }, [file]);

  // The preview follows the data, the view and the language, a moment after the last change.
  const asked = useRef(0);
  /** A preview asked for (or about to be) whose answer has not come. */
  const waiting = useRef(false);
  useEffect(() => {
    if (data === undefined) return undefined;
    // Busy from the change on, so that nobody takes the old pages for the new ones.
    waiting.current = true;
    setBusy(true);
    const timer = setTimeout(async () => {
      const ask = ++asked.current;
      try {
        const answer = await call<{ notes: Note[]; pdf: string | null }>('POST', '/api/preview', { file, data, view, lang }, lang);
        if (ask !== asked.current) return;
        waiting.current = false;
        setNotes(answer.notes);
        if (answer.pdf) setPdf(Uint8Array.from(atob(answer.pdf), (c) => c.charCodeAt(0)));
        else setBusy(false);
      } catch (failure) {
        if (ask !== asked.current) return;
        waiting.current = false;
        setMessage({ kind: 'error', text: (failure as Error).message });
        setBusy(false);
      }
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [data, view, lang]);

  const commit = useCallback(
    (next: unknown, path: Path) => {
      setPast((steps) => {
        const top = steps[steps.length - 1];
        const now = Date.now();
        const typing = steps.length > 1 && JSON.stringify(top.path) === JSON.stringify(path) && now - top.at < TYPING_MS;
        return typing ? [...steps.slice(0, -1), { data: next, path, at: now }] : [...steps, { data: next, path, at: now }];
      });
      setFuture([]);
    },
    [setPast],
  );
  const undo = () => {
    if (past.length < 2) return;
    setFuture([past[past.length - 1], ...future]);
    setPast(past.slice(0, -1));
  };
  const redo = () => {
    if (future.length === 0) return;
    setPast([...past, { ...future[0], at: 0 }]);
    setFuture(future.slice(1));
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        redo();
      } else if (key === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const save = async (version = opened?.version) => {
    if (!opened || version === undefined) return;
    try {
      const answer = await call<{ version: string }>('POST', '/api/save', { file, version, data }, lang);
      setOpened({ version: answer.version, data });
      setSavedData(data);
      setConflict(null);
      setMessage({ kind: 'info', text: ui.saved });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) setConflict({ version: failure.body.version!, data: failure.body.data });
      else setMessage({ kind: 'error', text: (failure as Error).message });
    }
  };

  const download = async (format: 'pdf' | 'docx') => {
    try {
      const answer = await call<{ written: string[] }>('POST', '/api/build', { file, view, lang }, lang);
      setWritten(answer.written);
      const name = answer.written.find((written) => written.endsWith(`.${format}`));
      if (name) {
        const link = document.createElement('a');
        link.href = address(`/api/output/${encodeURIComponent(name)}`);
        link.download = name;
        link.click();
      }
      setMessage({ kind: 'info', text: `${ui.written}: ${answer.written.join(', ')}` });
    } catch (failure) {
      if (failure instanceof ApiError && failure.body.notes) setNotes(failure.body.notes);
      setMessage({ kind: 'error', text: (failure as Error).message });
    }
  };

  const form: FormContext | null = useMemo(
    () =>
      opened && {
        lang,
        notes,
        original: opened.data,
        change: (path, value) => commit(setIn(data, path, value), path),
        move: (list, from, to) => {
          const items = [...(getIn(data, list) as unknown[])];
          const [item] = items.splice(from, 1);
          items.splice(to, 0, item);
          commit(setIn(data, list, items), [...list, to]);
          // The moved item keeps the focus, so that moving again by keyboard goes on from there.
          requestAnimationFrame(() => {
            const moved = document.getElementById(fieldId([...list, to]));
            (moved?.matches('input, textarea, select') ? moved : moved?.querySelector<HTMLElement>('input, textarea, select'))?.focus();
          });
        },
      },
    [opened, lang, notes, data, commit],
  );

  const errors = notes.filter((note) => note.severity === 'error');
  const warnings = notes.filter((note) => note.severity === 'warning');
  const focusValue = current && current.path.length > 0 ? getIn(data, current.path) : null;
  const jump = (path: Path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const element = document.getElementById(fieldId(path.slice(0, depth)));
      if (!element) continue;
      element.scrollIntoView({ block: 'center' });
      (element.matches('input, textarea, select, button') ? element : element.querySelector<HTMLElement>('input, textarea, select, button'))?.focus();
      return;
    }
  };

  return (
    <div class="editor">
      <header class="bar">
        <button type="button" class="secondary" onClick={() => open(null)}>
          ← {ui.list}
        </button>
        <h1>
          naskah studio <code>{file}</code>
        </h1>
        <span class={`state ${dirty ? 'dirty' : 'clean'}`}>{dirty ? ui.unsaved : ui.saved}</span>
        <span class="spacer" />
        <button type="button" class="secondary" onClick={undo} disabled={past.length < 2} title="Ctrl+Z">
          ↶ {ui.undo}
        </button>
        <button type="button" class="secondary" onClick={redo} disabled={future.length === 0} title="Ctrl+Y">
          ↷ {ui.redo}
        </button>
        <button type="button" class="primary" onClick={() => save()} disabled={!dirty} title="Ctrl+S">
          {ui.save}
        </button>
        {data !== undefined && (getIn(data, ['keputusan', 'tahun']) as number) > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              try {
                const year = (getIn(data, ['keputusan', 'tahun']) as number) + 1;
                open((await call<{ file: string }>('POST', '/api/next', { file, year }, lang)).file);
              } catch (failure) {
                setMessage({ kind: 'error', text: (failure as Error).message });
              }
            }}
          >
            {ui.nextYear}
          </button>
        )}
        {switchLang}
      </header>
      {message && (
        <p class={`banner ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
          <button type="button" class="icon" aria-label="×" onClick={() => setMessage(null)}>
            ×
          </button>
        </p>
      )}
      {conflict && (
        <section class="conflict" role="alertdialog" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{ui.conflict}</h2>
          <p>{ui.conflictChanged}:</p>
          <ul>
            {differences(opened?.data, conflict.data)
              .slice(0, 20)
              .map((path) => (
                <li key={path.join('.')}>
                  <strong>{pathName(path, lang)}</strong>: {ui.onDisk} “{shown(getIn(conflict.data, path), ui.empty)}”, {ui.mine} “{shown(getIn(data, path), ui.empty)}”
                </li>
              ))}
          </ul>
          <button type="button" class="primary" onClick={() => save(conflict.version)}>
            {ui.keepMine}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setOpened({ version: conflict.version, data: conflict.data });
              setSavedData(conflict.data);
              commit(conflict.data, []);
              setConflict(null);
            }}
          >
            {ui.takeDisk}
          </button>
        </section>
      )}
      <div class="columns">
        <section class="form-column" aria-label="Formulir">
          <div class="checks">
            <h2>
              {ui.problems}:{' '}
              {notes.length === 0 ? (
                ui.noProblems
              ) : (
                <>
                  <span class="count error">
                    {errors.length} {ui.errors}
                  </span>
                  , <span class="count warning">{warnings.length} {ui.warnings}</span>
                </>
              )}
            </h2>
            {notes.length > 0 && (
              <ul class="note-list">
                {notes.map((note, i) => (
                  <li key={i} class={note.severity}>
                    <button type="button" class="link" onClick={() => jump(note.path)}>
                      {pathName(note.path, lang) || file}
                    </button>
                    : {note.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {form && (
            <Form.Provider value={form}>
              <Field schema={schema} path={[]} value={data} />
            </Form.Provider>
          )}
        </section>
        <section class="preview-column" aria-label="Pratinjau">
          <div class="preview-bar">
            <span role="radiogroup" aria-label={ui.view} class="views">
              {VIEWS.map((option) => (
                <button key={option} type="button" role="radio" aria-checked={view === option} class={view === option ? 'on' : ''} onClick={() => setView(option)}>
                  {ui[option]}
                </button>
              ))}
            </span>
            <span class="status" aria-live="polite">
              {busy ? ui.updating : errors.some((note) => !note.rule) ? ui.previewStale : ''}
            </span>
            <span class="spacer" />
            <span class="downloads" title={dirty ? ui.saveFirst : undefined}>
              <button type="button" class="secondary" disabled={dirty} onClick={() => download('pdf')}>
                {ui.download} PDF
              </button>
              <button type="button" class="secondary" disabled={dirty} onClick={() => download('docx')}>
                {ui.download} DOCX
              </button>
            </span>
          </div>
          {written.length > 0 && <p class="written">{written.join(' · ')}</p>}
          <Preview pdf={pdf} focusText={typeof focusValue === 'string' ? focusValue : null} lang={lang} busy={busy} onShown={() => waiting.current || setBusy(false)} />
        </section>
      </div>
    </div>
  );
}

function shown(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

render(<App />, document.getElementById('app')!);
