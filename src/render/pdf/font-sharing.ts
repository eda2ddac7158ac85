/**
 * One parsed font per font file for the whole process, shared by every document.
 *
 * pdfkit gives every document a freshly parsed font and a cache of shaped words of its own, and
 * parsing the font's tables and shaping words are much of a document's time. Both depend on the
 * font file only, so the first document's parsed font is kept per file, with its shaped words,
 * and handed to every later one (pdfkit's new font has only read the file's table directory by
 * then). Each document still embeds a subset of its own.
 */
import type { EmbeddedFont, FontkitFont } from './engine';

const parsedFonts = new Map<string, { font: FontkitFont; shapedWords: object }>();

export function shareParsedFont(embedded: EmbeddedFont, file: string): void {
  let parsed = parsedFonts.get(file);
  if (!parsed) {
    keepGlyphCharacters(embedded.font);
    parsedFonts.set(file, (parsed = { font: embedded.font, shapedWords: Object.create(null) as object }));
  }
  if (embedded.font !== parsed.font) {
    embedded.font = parsed.font;
    embedded.subset = parsed.font.createSubset();
  }
  embedded.layoutCache = parsed.shapedWords;
}

/**
 * fontkit keeps one glyph object per glyph id, holding the characters it was first made from, and
 * pdfkit's text layer (ToUnicode) takes a glyph's characters from that object. With the font
 * shared across documents, "fi" in one decree would read as the "ﬁ" of an earlier one. Each
 * shaped glyph here carries the characters of its own text instead, so a PDF does not depend on
 * what the process rendered before it.
 */
function keepGlyphCharacters(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    const same = glyph.codePoints.length === characters.length && characters.every((c, i) => glyph.codePoints[i] === c);
    return same || characters.length === 0 ? glyph : Object.create(glyph, { codePoints: { value: characters } });
  };
}
