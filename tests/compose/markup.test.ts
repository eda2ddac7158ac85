import { parseInline } from '../../src/compose/inline';
import { parseMarkup } from '../../src/compose/markup';

const strip = (nodes: ReturnType<typeof parseMarkup>) => nodes.map(({ line: _line, ...node }) => node);

describe('the text markup of a guideline', () => {
  test('chapters and sections are headings; their numbers are not typed', () => {
    expect(strip(parseMarkup('# Pendahuluan\n\n## Latar Belakang\nTeks.'))).toEqual([
      { kind: 'chapter', title: 'Pendahuluan' },
      { kind: 'section', title: 'Latar Belakang' },
      { kind: 'paragraph', text: 'Teks.', depth: 0 },
    ]);
  });

  test('lines of one paragraph are joined; an empty line starts another', () => {
    expect(strip(parseMarkup('Satu baris\ndan sambungannya.\n\nParagraf kedua.'))).toEqual([
      { kind: 'paragraph', text: 'Satu baris dan sambungannya.', depth: 0 },
      { kind: 'paragraph', text: 'Paragraf kedua.', depth: 0 },
    ]);
  });

  test('items nest by indentation, whatever their markers, and come back out', () => {
    const source = ['1. satu;', '   a. satu a;', '      1) dalam;', '         a) lebih dalam;', '   b. satu b', '     bersambung;', '2. dua.'].join('\n');
    expect(strip(parseMarkup(source))).toEqual([
      { kind: 'item', marker: '1.', text: 'satu;', depth: 0 },
      { kind: 'item', marker: 'a.', text: 'satu a;', depth: 1 },
      { kind: 'item', marker: '1)', text: 'dalam;', depth: 2 },
      { kind: 'item', marker: 'a)', text: 'lebih dalam;', depth: 3 },
      { kind: 'item', marker: 'b.', text: 'satu b bersambung;', depth: 1 },
      { kind: 'item', marker: '2.', text: 'dua.', depth: 0 },
    ]);
  });

  test('a paragraph indented under an item belongs to it; one at the margin ends the list', () => {
    const source = '1. butir\n\n   lanjutan butir.\n\nParagraf biasa.';
    expect(strip(parseMarkup(source))).toEqual([
      { kind: 'item', marker: '1.', text: 'butir', depth: 0 },
      { kind: 'paragraph', text: 'lanjutan butir.', depth: 1 },
      { kind: 'paragraph', text: 'Paragraf biasa.', depth: 0 },
    ]);
  });

  test('a table: a row a line, the dashed rule skipped, at the depth of its place', () => {
    const source = '1. sumber:\n   | NO | SUMBER |\n   |----|--------|\n   | 1. | Dinas |\n2. akhir';
    expect(strip(parseMarkup(source))).toEqual([
      { kind: 'item', marker: '1.', text: 'sumber:', depth: 0 },
      { kind: 'table', rows: [['NO', 'SUMBER'], ['1.', 'Dinas']], depth: 1 },
      { kind: 'item', marker: '2.', text: 'akhir', depth: 0 },
    ]);
  });

  test('each node knows its line in the text', () => {
    expect(parseMarkup('# Bab\n\nTeks\n\n1. butir').map((node) => node.line)).toEqual([1, 3, 5]);
  });

  test('a hash inside a line or a number without a marker is plain text', () => {
    expect(strip(parseMarkup('Nomor #5 dan 2023 tahun.'))).toEqual([{ kind: 'paragraph', text: 'Nomor #5 dan 2023 tahun.', depth: 0 }]);
  });
});

describe('inline markup', () => {
  test('italic everywhere; bold only where asked (a text appendix)', () => {
    expect(parseInline('a *b* _c_')).toEqual([{ text: 'a *b* ' }, { text: 'c', italic: true }]);
    expect(parseInline('a *b* _c_ *_d_*', { bold: true })).toEqual([
      { text: 'a ' },
      { text: 'b', bold: true },
      { text: ' ' },
      { text: 'c', italic: true },
      { text: ' ' },
      { text: 'd', italic: true, bold: true },
    ]);
  });

  test('escaped marks and marks inside words stay as they are', () => {
    expect(parseInline('2*3*4 dan \\*x\\* dan snake_case_name', { bold: true })).toEqual([{ text: '2*3*4 dan *x* dan snake_case_name' }]);
  });
});
