/**
 * Renderers only translate the layout model: none reads a file, a template or the decree schema.
 * Checked on what each module under src/render/ imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');
const RENDER = path.join(SRC, 'render');

function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return modulesUnder(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** What a module imports or requires, with relative paths resolved against src/. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]);
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') : specifier,
  );
}

const FORBIDDEN: [string, RegExp][] = [
  ['the file system', /^(node:)?fs(\/promises)?$/],
  ['the templates', /^compose\//],
  ['the decree schema', /^data\//],
];

const modules = modulesUnder(RENDER);

test('the renderer modules are found, and their imports read', () => {
  expect(modules.length).toBeGreaterThan(10);
  expect(importsOf(path.join(RENDER, 'pdf', 'index.ts'))).toContain('layout/model');
});

test.each(modules.map((file) => [path.relative(SRC, file)]))('%s imports no file system, template or decree schema', (relative) => {
  const imports = importsOf(path.join(SRC, relative));
  const forbidden = imports.flatMap((specifier) => FORBIDDEN.filter(([, pattern]) => pattern.test(specifier)).map(([what]) => `${what} (${specifier})`));
  expect(forbidden).toEqual([]);
});
