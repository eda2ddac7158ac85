/**
 * Word's own list numbering (word/numbering.xml): the marker Word prints before a numbered paragraph,
 * which the paragraph's text does not hold. Counted as Word counts: per list (w:num), from the level's
 * start or the list's override of it, a level counting again from its start under a new item of a
 * higher level. A paragraph is numbered by its own w:numPr or by its style's.
 */
import type { XmlDocument, XmlElement } from 'xmldoc';
import { toRoman } from '../formatters';
import { attribute } from './wordml';

interface Level {
  format: string;
  /** "%1.", "%2)", "(%1)": the counters of the levels named, in their formats. */
  text: string;
  start: number;
  /** The left edge of the level's text, in twips. */
  indent?: number;
}

interface List {
  levels: Map<number, Level>;
}

export interface NumberedParagraph {
  /** "1.", "a.", "1)", "a)", "•". */
  marker: string;
  level: number;
  /** The left edge of the text, in twips: the level's, or Word's default for the level. */
  indent: number;
}

/** Word's own lists indent each level's text by half an inch more. */
const DEFAULT_LEVEL_INDENT_TWIPS = 720;
/** Markers the clerk's markup knows stand for a bullet as they are; any other bullet glyph is "•". */
const BULLETS = new Set(['-', '•']);

export class WordNumbering {
  private readonly lists = new Map<string, List>();
  /** The list and level each paragraph style numbers with, following its w:basedOn. */
  private readonly styles = new Map<string, { numId?: string; level?: number }>();
  private readonly counters = new Map<string, number[]>();
  private readonly read = new Map<XmlElement, NumberedParagraph | undefined>();

  constructor(numbering: XmlDocument | undefined, styles: XmlDocument | undefined) {
    const abstracts = new Map<string, Map<number, Level>>();
    for (const abstract of numbering?.childrenNamed('w:abstractNum') ?? []) {
      abstracts.set(attribute(abstract, 'abstractNumId') ?? '', new Map(abstract.childrenNamed('w:lvl').map((lvl) => [Number(attribute(lvl, 'ilvl') ?? 0), levelOf(lvl)])));
    }
    for (const num of numbering?.childrenNamed('w:num') ?? []) {
      const levels = new Map(abstracts.get(attribute(num.childNamed('w:abstractNumId'), 'val') ?? ''));
      for (const override of num.childrenNamed('w:lvlOverride')) {
        const ilvl = Number(attribute(override, 'ilvl') ?? 0);
        const replaced = override.childNamed('w:lvl');
        const start = attribute(override.childNamed('w:startOverride'), 'val');
        const level = replaced ? levelOf(replaced) : levels.get(ilvl);
        if (level) levels.set(ilvl, start === undefined ? level : { ...level, start: Number(start) });
      }
      this.lists.set(attribute(num, 'numId') ?? '', { levels });
    }
    this.readStyles(styles);
  }

  /**
   * The marker of a numbered paragraph, or undefined. Paragraphs must be asked in document order the
   * first time (each is counted once; later asks give the same marker).
   */
  of(paragraph: XmlElement): NumberedParagraph | undefined {
    if (this.read.has(paragraph)) return this.read.get(paragraph);
    const numbered = this.count(paragraph);
    this.read.set(paragraph, numbered);
    return numbered;
  }

  private count(paragraph: XmlElement): NumberedParagraph | undefined {
    const properties = paragraph.childNamed('w:pPr');
    const own = properties?.childNamed('w:numPr');
    const style = this.styles.get(attribute(properties?.childNamed('w:pStyle'), 'val') ?? '');
    const numId = attribute(own?.childNamed('w:numId'), 'val') ?? style?.numId;
    const list = numId === undefined ? undefined : this.lists.get(numId);
    if (!list || numId === undefined) return undefined;
    const levelNumber = Number(attribute(own?.childNamed('w:ilvl'), 'val') ?? style?.level ?? 0);
    const level = list.levels.get(levelNumber);
    if (!level) return undefined;
    const counters = this.counters.get(numId) ?? [];
    counters[levelNumber] = counters[levelNumber] === undefined ? level.start : counters[levelNumber] + 1;
    counters.length = levelNumber + 1;
    this.counters.set(numId, counters);
    const marker = level.format === 'bullet' ? bullet(level.text) : level.format === 'none' ? level.text.trim() : markerText(level.text, counters, list);
    return { marker, level: levelNumber, indent: level.indent ?? DEFAULT_LEVEL_INDENT_TWIPS * (levelNumber + 1) };
  }

  private readStyles(styles: XmlDocument | undefined): void {
    const byId = new Map((styles?.childrenNamed('w:style') ?? []).map((style) => [attribute(style, 'styleId') ?? '', style]));
    const resolve = (id: string, seen: Set<string>): { numId?: string; level?: number } | undefined => {
      const style = byId.get(id);
      if (!style || seen.has(id)) return undefined;
      seen.add(id);
      const numPr = style.childNamed('w:pPr')?.childNamed('w:numPr');
      const numId = attribute(numPr?.childNamed('w:numId'), 'val');
      const level = attribute(numPr?.childNamed('w:ilvl'), 'val');
      if (numId !== undefined) return { numId, ...(level === undefined ? {} : { level: Number(level) }) };
      const basedOn = attribute(style.childNamed('w:basedOn'), 'val');
      return basedOn ? resolve(basedOn, seen) : undefined;
    };
    for (const id of byId.keys()) {
      const numbering = resolve(id, new Set());
      if (numbering) this.styles.set(id, numbering);
    }
  }
}

function levelOf(lvl: XmlElement): Level {
  const indentation = lvl.childNamed('w:pPr')?.childNamed('w:ind');
  const left = attribute(indentation, 'left') ?? attribute(indentation, 'start');
  return {
    format: attribute(lvl.childNamed('w:numFmt'), 'val') ?? 'decimal',
    text: attribute(lvl.childNamed('w:lvlText'), 'val') ?? '',
    start: Number(attribute(lvl.childNamed('w:start'), 'val') ?? 1),
    ...(left === undefined ? {} : { indent: Number(left) }),
  };
}

function markerText(text: string, counters: number[], list: List): string {
  return text
    .replace(/%([1-9])/g, (_, n: string) => {
      const level = Number(n) - 1;
      return formatted(counters[level] ?? list.levels.get(level)?.start ?? 1, list.levels.get(level)?.format ?? 'decimal');
    })
    .trim();
}

/** A count in a level's format; Word letters past "z" as "aa", "bb", …. */
function formatted(count: number, format: string): string {
  const letter = () => String.fromCharCode(97 + ((count - 1) % 26)).repeat(Math.floor((count - 1) / 26) + 1);
  switch (format) {
    case 'lowerLetter':
      return letter();
    case 'upperLetter':
      return letter().toUpperCase();
    case 'lowerRoman':
      return toRoman(count).toLowerCase();
    case 'upperRoman':
      return toRoman(count);
    case 'decimalZero':
      return String(count).padStart(2, '0');
    default:
      return String(count);
  }
}

function bullet(text: string): string {
  const glyph = text.trim();
  return BULLETS.has(glyph) ? glyph : glyph === '–' ? '-' : '•';
}
