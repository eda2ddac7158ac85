import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PDF_RENDERER = path.join(__dirname, '..', '..', 'src', 'render', 'pdf');

describe("the PDF renderer reaches into pdfmake's engine in one module only", () => {
  test('only engine.ts names pdfmake', () => {
    const naming = readdirSync(PDF_RENDERER).filter((file) => /['"]pdfmake[/'"]/.test(readFileSync(path.join(PDF_RENDERER, file), 'utf8')));
    expect(naming).toEqual(['engine.ts']);
  });

  test('another pdfmake version is refused when the engine module loads, naming both versions', () => {
    jest.isolateModules(() => {
      jest.doMock('pdfmake/package.json', () => ({ version: '0.4.0' }));
      expect(() => require('../../src/render/pdf/engine')).toThrow(/pdfmake 0\.3\.11.*pdfmake 0\.4\.0 is installed/);
    });
    jest.dontMock('pdfmake/package.json');
  });

  test('the pinned version loads', () => {
    jest.isolateModules(() => {
      expect(() => require('../../src/render/pdf/engine')).not.toThrow();
    });
  });
});
