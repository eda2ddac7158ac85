/** Cross-references to lettered items in running text. */

/**
 * One or more item letters → "huruf a", "huruf a dan huruf b", "huruf a, huruf b, dan huruf c":
 * "huruf" repeated before each letter and a comma before the final "dan" (R18; UU 12/2011 Lampiran II).
 */
export function hurufList(letters: readonly string[]): string {
  if (letters.length === 0) throw new RangeError('hurufList: expected at least one letter');
  const items = letters.map((letter) => `huruf ${letter}`);
  if (items.length <= 2) return items.join(' dan ');
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}
