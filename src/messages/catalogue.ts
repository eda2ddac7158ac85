/**
 * The one way naskah says things: every message is a pair, Bahasa Indonesia and English, in a catalogue
 * whose keys the compiler knows, so a missing language or a mistyped key does not build.
 */
export type Lang = 'id' | 'en';

/** One thing said in both languages; a plain text unless a catalogue says things in parts. */
export type Text<Shape = string> = Record<Lang, Shape>;

/** A message completed by the values of one occasion (a problem, a finding, a count). */
type Message<Values, Shape = string> = (values: Values, lang: Lang) => Text<Shape>;

/** What a catalogue is checked against; it keeps its literal keys by `satisfies`, not by a type annotation. */
export type Catalogue<Values, Shape = string> = Record<string, Message<Values, Shape>>;

/** A catalogue's keys as a type, so that a key is checked where it is written, not where it is printed. */
export type KeyOf<C> = Extract<keyof C, string>;

/** The message of `key` in `lang`, completed by `values`. */
export function say<Key extends string, Values, Shape>(catalogue: Record<Key, Message<Values, Shape>>, key: Key, values: Values, lang: Lang): Shape {
  return catalogue[key](values, lang)[lang];
}
