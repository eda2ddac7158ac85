/**
 * The form of a decree, built from the JSON Schema of the data: an object is a group of fields, a list
 * has buttons to add, remove and move its items (drag and Alt+arrow keys too), a choice is a select, a
 * date a date picker, the months of a schedule row a grid. A field the schema gains appears by itself.
 */
import { createContext } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import type { Note, Path } from './api';
import { getIn, samePath, startsWith } from './data';
import { MonthGrid } from './months';
import { fieldName, itemMarker, type Lang, words } from './words';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

export interface FormContext {
  lang: Lang;
  notes: Note[];
  /** The data as opened: a value keeps the form it had there (a number stays a number, a range stays a range). */
  original: unknown;
  change(path: Path, value: unknown): void;
  /** Moves a list item; the field keeps the focus at its new place. */
  move(list: Path, from: number, to: number): void;
}

export const Form = createContext<FormContext>(null as unknown as FormContext);

/** The id of a field's element, so that a message in the list can jump to it. */
export function fieldId(path: Path): string {
  return `f-${path.join('-')}`;
}

/** Texts long enough to wrap: they get a text area. */
const LONG_TEXTS = new Set(['tentang', 'menimbang', 'mengingat', 'memperhatikan', 'diktum', 'judul', 'uraian']);
/** Groups shown folded: the clerk seldom changes them. */
const FOLDED = new Set(['tata_letak', 'templat']);

export function Field({ schema, path, value }: { schema: JsonSchema; path: Path; value: unknown }) {
  const key = path[path.length - 1];
  const options = schema.anyOf ?? schema.oneOf;
  const variants = options?.filter((option) => option.type !== 'null') ?? [];
  const nullable = options?.some((option) => option.type === 'null') || (Array.isArray(schema.type) && schema.type.includes('null'));
  if (key === 'bulan') return <MonthGrid path={path} value={value} />;
  if (variants.length === 1) return <Field schema={{ ...variants[0], ...(nullable && { type: [String(variants[0].type), 'null'] }) }} path={path} value={value} />;
  if (variants.length > 1 && variants.every((option) => option.type === 'object')) return <ChoiceOfKinds options={variants} path={path} value={value} />;
  // A list or a single group (one appendix or a list of them): the form of the value as written.
  if (variants.length > 1) return <Field schema={variants.find((option) => (option.type === 'array') === Array.isArray(value)) ?? variants[0]} path={path} value={value} />;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) return <Group schema={schema} path={path} value={value} />;
  if (type === 'array') return <List schema={schema} path={path} value={value} />;
  return <Scalar schema={{ ...schema, type }} path={path} value={value} nullable={Boolean(nullable)} />;
}

function Group({ schema, path, value }: { schema: JsonSchema; path: Path; value: unknown }) {
  const { lang } = useContext(Form);
  const record = (value ?? {}) as Record<string, unknown>;
  const entries = Object.entries(schema.properties ?? {});
  const shown = entries.filter(([key]) => !FOLDED.has(key));
  const folded = entries.filter(([key]) => FOLDED.has(key));
  const key = path[path.length - 1];
  const fields = (list: typeof entries) => list.map(([name, child]) => <Field key={name} schema={child} path={[...path, name]} value={record[name]} />);
  const body = (
    <>
      <Messages path={path} exact />
      {fields(shown)}
      {folded.length > 0 && (
        <details class="folded">
          <summary>{words(lang).settings}</summary>
          {fields(folded)}
        </details>
      )}
    </>
  );
  if (path.length === 0) return <div class="form">{body}</div>;
  return (
    <fieldset class={`group group-${String(key)}`} id={fieldId(path)}>
      <legend>{typeof key === 'number' ? `${fieldName(path[path.length - 2], lang)} ${fieldName(key, lang)}` : fieldName(key, lang)}</legend>
      {body}
    </fieldset>
  );
}

/** A value that is one of several kinds of object, told apart by a constant field (an appendix's `jenis`). */
function ChoiceOfKinds({ options, path, value }: { options: JsonSchema[]; path: Path; value: unknown }) {
  const { lang, change } = useContext(Form);
  const discriminator = Object.keys(options[0].properties ?? {}).find((key) => options.every((option) => option.properties?.[key]?.const !== undefined));
  const current = options.find((option) => discriminator && option.properties![discriminator].const === (value as Record<string, unknown> | undefined)?.[discriminator]) ?? options[0];
  return (
    <div class="kinds">
      {discriminator && (
        <label class="field">
          <span class="label">{fieldName(discriminator, lang)}</span>
          <select
            value={String(current.properties![discriminator].const)}
            onChange={(event) => change(path, { [discriminator]: (event.target as HTMLSelectElement).value })}
          >
            {options.map((option) => (
              <option key={String(option.properties![discriminator].const)}>{String(option.properties![discriminator].const)}</option>
            ))}
          </select>
        </label>
      )}
      <Group schema={current} path={path} value={value} />
    </div>
  );
}

/** A new item like the others: empty texts for an object's required fields. */
function emptyItem(schema: JsonSchema | undefined): unknown {
  if (!schema) return '';
  if (schema.type === 'object') {
    return Object.fromEntries(
      (schema.required ?? []).map((key) => {
        const child = schema.properties![key];
        return [key, child.type === 'array' ? [emptyItem(child.items)] : emptyItem(child)];
      }),
    );
  }
  return schema.type === 'number' || schema.type === 'integer' ? 0 : '';
}

function List({ schema, path, value }: { schema: JsonSchema; path: Path; value: unknown }) {
  const { lang, change, move } = useContext(Form);
  const ui = words(lang);
  const items = Array.isArray(value) ? value : [];
  const name = String(path[path.length - 1]);
  const [dragged, setDragged] = useState<number | null>(null);
  const listElement = useRef<HTMLOListElement>(null);
  /** A drag by the handle: the item goes where the pointer is let go, over another item of the same list. */
  const startDrag = (event: PointerEvent, from: number) => {
    event.preventDefault();
    setDragged(from);
    const release = (up: PointerEvent) => {
      window.removeEventListener('pointerup', release);
      setDragged(null);
      const over = document.elementFromPoint(up.clientX, up.clientY)?.closest<HTMLElement>('li[data-index]');
      if (!over || over.parentElement !== listElement.current) return;
      const to = Number(over.dataset.index);
      if (to !== from) move(path, from, to);
    };
    window.addEventListener('pointerup', release);
  };
  const itemSchema = schema.items;
  const remove = (index: number) => change(path, items.filter((_, i) => i !== index));
  return (
    <fieldset class={`list list-${name}`} id={fieldId(path)}>
      <legend>{fieldName(name, lang)}</legend>
      <Messages path={path} exact />
      <ol ref={listElement}>
        {items.map((item, index) => (
          <li
            key={index}
            class={`item${dragged === index ? ' dragging' : ''}`}
            data-index={index}
            onKeyDown={(event) => {
              // Alt+↑ / Alt+↓ move the item where the focus is, without the mouse.
              if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
              const to = index + (event.key === 'ArrowUp' ? -1 : 1);
              if (to < 0 || to >= items.length) return;
              event.preventDefault();
              event.stopPropagation();
              move(path, index, to);
            }}
          >
            <div class="item-head">
              <span class="handle" title={ui.drag} aria-hidden="true" onPointerDown={(event) => startDrag(event, index)}>
                ⠿
              </span>
              <span class="marker">{itemMarker(name, index)}</span>
              <span class="item-buttons">
                <button type="button" class="icon" title={ui.moveUp} aria-label={`${ui.moveUp} ${itemMarker(name, index)}`} disabled={index === 0} onClick={() => move(path, index, index - 1)}>
                  ↑
                </button>
                <button type="button" class="icon" title={ui.moveDown} aria-label={`${ui.moveDown} ${itemMarker(name, index)}`} disabled={index === items.length - 1} onClick={() => move(path, index, index + 1)}>
                  ↓
                </button>
                <button type="button" class="icon danger" title={ui.remove} aria-label={`${ui.remove} ${itemMarker(name, index)}`} onClick={() => remove(index)}>
                  ✕
                </button>
              </span>
            </div>
            <div class="item-body">{itemSchema ? <Field schema={itemSchema} path={[...path, index]} value={item} /> : null}</div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="add"
        onClick={() => {
          change(path, [...items, emptyItem(itemSchema)]);
          // The new item's first field takes the focus, so that typing goes on from the keyboard.
          requestAnimationFrame(() => document.getElementById(fieldId([...path, items.length]))?.querySelector<HTMLElement>('input, textarea, select')?.focus() ?? document.getElementById(fieldId([...path, items.length]))?.focus());
        }}
      >
        + {ui.add} {fieldName(name, lang).toLowerCase()}
      </button>
    </fieldset>
  );
}

function Scalar({ schema, path, value, nullable }: { schema: JsonSchema; path: Path; value: unknown; nullable: boolean }) {
  const { lang, change, original } = useContext(Form);
  const key = path[path.length - 1];
  const id = fieldId(path);
  const inList = typeof key === 'number';
  const label = inList ? null : <span class="label">{fieldName(key, lang)}</span>;
  const notes = useContext(Form).notes.filter((note) => startsWith(note.path, path));
  const invalid = notes.some((note) => note.severity === 'error');
  const common = { id, 'aria-invalid': invalid || undefined, 'aria-describedby': notes.length ? `${id}-m` : undefined, 'data-path': JSON.stringify(path) };
  const placeholder = schema.default !== undefined ? String(schema.default) : undefined;
  // An optional text left empty is removed from the data; a required one stays, empty, and is marked.
  const setText = (text: string) => change(path, text === '' && nullable ? null : text === '' && !inList && !isRequired(path) ? undefined : text);
  let input;
  if (schema.enum) {
    input = (
      <select {...common} value={value === undefined ? '' : String(value)} onChange={(event) => change(path, (event.target as HTMLSelectElement).value || undefined)}>
        {value === undefined && <option value="">{placeholder ? `${placeholder}` : ''}</option>}
        {schema.enum.map((option) => (
          <option key={String(option)} value={String(option)}>
            {String(option)}
          </option>
        ))}
      </select>
    );
  } else if (schema.type === 'boolean') {
    input = <input {...common} type="checkbox" checked={value === undefined ? schema.default === true : value === true} onChange={(event) => change(path, (event.target as HTMLInputElement).checked)} />;
  } else if (schema.type === 'number' || schema.type === 'integer') {
    input = (
      <input
        {...common}
        type="number"
        min={schema.minimum}
        max={schema.maximum}
        placeholder={placeholder}
        value={value === undefined || value === null ? '' : String(value)}
        onInput={(event) => {
          const text = (event.target as HTMLInputElement).value;
          change(path, text === '' ? (isRequired(path) ? null : undefined) : Number(text));
        }}
      />
    );
  } else if (key === 'tanggal') {
    input = <input {...common} type="date" value={typeof value === 'string' ? value : ''} onInput={(event) => setText((event.target as HTMLInputElement).value)} />;
  } else {
    const text = value === undefined || value === null ? '' : String(value);
    // A number written as a number (nomor: 35) stays one while the clerk types digits.
    const wasNumber = typeof getIn(original, path) === 'number';
    const onInput = (event: Event) => {
      const typed = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      if (wasNumber && /^[1-9]\d{0,8}$/.test(typed)) change(path, Number(typed));
      else setText(typed);
    };
    const long = LONG_TEXTS.has(String(inList ? path[path.length - 2] : key)) || text.length > 70;
    input = long ? <AutoText {...common} value={text} placeholder={placeholder} onInput={onInput} /> : <input {...common} type="text" value={text} placeholder={placeholder} onInput={onInput} />;
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <div class={`field field-${String(key)}${invalid ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {input}
      {/_[^_]+_/.test(text) && <Italics text={text} lang={lang} />}
      <Messages path={path} id={`${id}-m`} />
    </div>
  );
}

/** Required fields of the decree whose emptiness is a message rather than a removed key. */
function isRequired(path: Path): boolean {
  const key = path[path.length - 1];
  return ['nomor', 'tanggal', 'tahun', 'tentang', 'lembaga', 'wilayah', 'kedudukan', 'jabatan', 'nama', 'judul', 'uraian'].includes(String(key));
}

/** A text area that grows with its text, so that a long consideration is read whole. */
function AutoText(props: Record<string, unknown> & { value: string; onInput: (event: Event) => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const rows = Math.max(1, Math.ceil(props.value.length / 70) + (props.value.match(/\n/g)?.length ?? 0));
  return <textarea ref={ref} rows={rows} {...props} />;
}

/** The text as it will be printed: words between underscores in italics. */
function Italics({ text, lang }: { text: string; lang: Lang }) {
  const parts = text.split(/(_[^_]+_)/);
  return (
    <div class="italics">
      <span class="italics-label">{words(lang).italics}: </span>
      {parts.map((part, i) => (/^_[^_]+_$/.test(part) ? <em key={i}>{part.slice(1, -1)}</em> : part))}
    </div>
  );
}

/** The messages of a field: those at its path (and below it, for a field that has no fields inside). */
export function Messages({ path, exact, id }: { path: Path; exact?: boolean; id?: string }) {
  const { notes } = useContext(Form);
  const mine = notes.filter((note) => (exact ? samePath(note.path, path) : startsWith(note.path, path)));
  if (mine.length === 0) return null;
  return (
    <ul class="messages" id={id} role="status">
      {mine.map((note, i) => (
        <li key={i} class={note.severity}>
          {note.message}
        </li>
      ))}
    </ul>
  );
}
