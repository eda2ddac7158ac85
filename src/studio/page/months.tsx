/**
 * The months of a schedule row as twelve cells, as in the printed table: a click shades or clears a
 * month, a drag across cells shades (or clears) them all, Space toggles and the arrow keys move between
 * months. A row written as a text stays a text when it is changed: numbers as numbers ("2-12"), names
 * as names ("Februari-Desember"); a list or a single month (`bulan: 6`) becomes a list.
 */
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { Path } from './api';
import { writeMonths } from '../../data/months';
import { getIn, monthList } from './data';
import { fieldId, Form, Messages } from './form';
import { fieldName, words } from './words';

/** The drag in progress: whether it shades or clears, and the row it began in. */
let stroke: { shade: boolean; row: string } | null = null;
window.addEventListener('pointerup', () => (stroke = null));

export function MonthGrid({ path, value }: { path: Path; value: unknown }) {
  const { lang, change, original } = useContext(Form);
  const months = monthList(value);
  const row = JSON.stringify(path);
  const cells = useRef<(HTMLButtonElement | null)[]>([]);
  const latest = useRef(months);
  useEffect(() => {
    latest.current = months;
  });
  const set = (month: number, shade: boolean) => {
    const current = latest.current;
    if (current.includes(month) === shade) return;
    const next = shade ? [...current, month].sort((a, b) => a - b) : current.filter((m) => m !== month);
    latest.current = next;
    const written = getIn(original, path);
    change(path, typeof written === 'string' && next.length > 0 ? writeMonths(next, /\p{L}/u.test(written)) : next);
  };
  const id = fieldId(path);
  return (
    <div class="field field-bulan">
      <span class="label" id={`${id}-l`}>
        {fieldName('bulan', lang)}
      </span>
      <div class="months" role="group" aria-labelledby={`${id}-l`} id={id} title={words(lang).monthHelp}>
        {words(lang).months.map((name, index) => {
          const month = index + 1;
          const on = months.includes(month);
          return (
            <button
              key={month}
              type="button"
              role="checkbox"
              aria-checked={on}
              aria-label={name}
              class={`month${on ? ' on' : ''}`}
              ref={(element) => {
                cells.current[index] = element;
              }}
              onPointerDown={(event) => {
                event.preventDefault();
                (event.currentTarget as HTMLElement).releasePointerCapture?.(event.pointerId);
                stroke = { shade: !on, row };
                set(month, !on);
              }}
              onPointerEnter={() => stroke?.row === row && set(month, stroke.shade)}
              onClick={(event) => {
                // A pointer click was handled on pointerdown; this is the keyboard's Space or Enter.
                if (event.detail === 0) set(month, !on);
              }}
              onKeyDown={(event) => {
                const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                if (step && !event.altKey) {
                  event.preventDefault();
                  cells.current[(index + step + 12) % 12]?.focus();
                }
              }}
            >
              {name}
            </button>
          );
        })}
      </div>
      <Messages path={path} />
    </div>
  );
}
