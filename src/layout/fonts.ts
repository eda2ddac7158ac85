/**
 * An asset of the PDF, like its images: the typeface it embeds, found and read once per process.
 * Office typefaces (Bookman Old Style, Arial) are not free to ship, so the office's choice maps to
 * a free face of the same design when one is installed, and otherwise to the Noto Serif files
 * bundled through npm, which exist on every machine.
 */
import fs from 'node:fs';
import path from 'node:path';

export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

interface FontChoice {
  /** The typeface that is embedded. */
  name: string;
  /** Why it was chosen, for the CLI and the README. */
  reason: string;
  files: Record<FontStyle, string>;
}

export interface FontOptions {
  /** Embed the bundled Noto Serif whatever is installed (same output on every machine). */
  bundled?: boolean;
}

/** `NASKAH_PDF_FONT=bundled` forces the bundled typeface, like `{ bundled: true }`. */
export const FONT_ENV = 'NASKAH_PDF_FONT';

interface SystemFace {
  name: string;
  /** Lower-case office names this face stands in for. */
  standsFor: string[];
  directories: string[];
  files: Record<FontStyle, string>;
}

const SYSTEM_FACES: SystemFace[] = [
  {
    name: 'TeX Gyre Bonum',
    standsFor: ['bookman old style', 'bookman', 'urw bookman', 'tex gyre bonum'],
    // Debian's fonts-texgyre, a TeX Live tree, the usual font folders.
    directories: [
      '/usr/share/texmf/fonts/opentype/public/tex-gyre',
      '/usr/share/texlive/texmf-dist/fonts/opentype/public/tex-gyre',
      '/usr/share/fonts/opentype/tex-gyre',
      '/usr/share/fonts/opentype/texgyre',
      '/usr/local/share/fonts',
    ],
    files: {
      normal: 'texgyrebonum-regular.otf',
      bold: 'texgyrebonum-bold.otf',
      italics: 'texgyrebonum-italic.otf',
      bolditalics: 'texgyrebonum-bolditalic.otf',
    },
  },
  {
    name: 'Liberation Sans',
    standsFor: ['arial', 'liberation sans'],
    directories: ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/local/share/fonts'],
    files: {
      normal: 'LiberationSans-Regular.ttf',
      bold: 'LiberationSans-Bold.ttf',
      italics: 'LiberationSans-Italic.ttf',
      bolditalics: 'LiberationSans-BoldItalic.ttf',
    },
  },
];

const BUNDLED_NAME = 'Noto Serif';

function bundledFiles(): Record<FontStyle, string> {
  const file = (weight: string) => require.resolve(`@expo-google-fonts/noto-serif/${weight}/NotoSerif_${weight}.ttf`);
  return {
    normal: file('400Regular'),
    bold: file('700Bold'),
    italics: file('400Regular_Italic'),
    bolditalics: file('700Bold_Italic'),
  };
}

function installedFiles(face: SystemFace): Record<FontStyle, string> | undefined {
  for (const directory of face.directories) {
    const files = Object.fromEntries(
      Object.entries(face.files).map(([style, file]) => [style, path.join(directory, file)]),
    ) as Record<FontStyle, string>;
    if (Object.values(files).every((file) => fs.existsSync(file))) return files;
  }
  return undefined;
}

const choices = new Map<string, FontChoice>();

/** Which typeface stands in for the office's `family` on this machine (looked up once per process). */
export function chooseFont(family: string, options: FontOptions = {}): FontChoice {
  const bundled = options.bundled || process.env[FONT_ENV] === 'bundled';
  const key = `${bundled}|${family.toLowerCase()}`;
  let choice = choices.get(key);
  if (!choice) {
    choice = bundled ? bundledChoice(`the bundled typeface was requested instead of ${family}`) : lookUp(family);
    choices.set(key, choice);
  }
  return choice;
}

function lookUp(family: string): FontChoice {
  const face = SYSTEM_FACES.find((candidate) => candidate.standsFor.includes(family.trim().toLowerCase()));
  if (!face) return bundledChoice(`no free stand-in for ${family} is known`);
  const files = installedFiles(face);
  if (!files) return bundledChoice(`${face.name}, the free stand-in for ${family}, is not installed`);
  return { name: face.name, reason: `free stand-in for ${family}, installed on this machine`, files };
}

function bundledChoice(reason: string): FontChoice {
  return { name: BUNDLED_NAME, reason, files: bundledFiles() };
}

const bytesByFile = new Map<string, Buffer>();

/** The font files' bytes, read once per process. */
export function fontBytes(choice: FontChoice): Record<FontStyle, Buffer> {
  const read = (file: string) => {
    let bytes = bytesByFile.get(file);
    if (!bytes) {
      bytes = fs.readFileSync(file);
      bytesByFile.set(file, bytes);
    }
    return bytes;
  };
  const { normal, bold, italics, bolditalics } = choice.files;
  return { normal: read(normal), bold: read(bold), italics: read(italics), bolditalics: read(bolditalics) };
}
