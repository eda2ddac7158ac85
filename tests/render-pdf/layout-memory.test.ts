/**
 * What keeps a long table's layout small. An inline to which pdfmake adds a property after it was
 * made (its x once laid out, a justified line's shift) becomes a hash table several times its size:
 * that once took half the memory of a table of 20,000 names.
 */
import { preparePdf, settledLayout } from '../../src/render/pdf';
import { longSpan, sample } from './fixtures';

function laidOutInlines(doc: ReturnType<typeof sample>): Record<string, unknown>[] {
  const { layout } = preparePdf(doc);
  // Twice: the second time every text comes from the kept measurements.
  settledLayout(doc, layout);
  const { pages } = settledLayout(doc, layout);
  return pages.flatMap((page) => page.items.flatMap(({ item }) => (item.inlines ?? []) as unknown as Record<string, unknown>[]));
}

describe.each([
  ['the sample', sample()],
  ['a table over several pages', longSpan(40)],
])('%s: inlines laid out', (_, doc) => {
  const inlines = laidOutInlines(doc);

  it('are many', () => {
    expect(inlines.length).toBeGreaterThan(500);
  });

  it('already had every property pdfmake writes into them once laid out', () => {
    const late = inlines.filter((inline) => {
      const keys = Object.keys(inline);
      // Made with x and justifyShift as their last properties, pdfmake's writes only change them.
      return keys.at(-2) !== 'x' || keys.at(-1) !== 'justifyShift';
    });
    expect(late.map((inline) => inline.text)).toEqual([]);
  });
});
