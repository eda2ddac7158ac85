/** The command line's bundle puts Node's own zlib in place of brotli's JavaScript decompressor (src/cli/bundle.ts): the same bytes out. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import brotli from '../../src/cli/brotli';

const packageBrotli = require('brotli/decompress.js') as (buffer: Uint8Array, outSize?: number) => Uint8Array;

describe('brotli (fontkit reads WOFF2 fonts with it)', () => {
  test.each<[string, Buffer]>([
    ['text', readFileSync(path.join(__dirname, '..', '..', 'README.md'))],
    ['bytes that do not compress', randomBytes(70_000)],
    ['nothing', Buffer.alloc(0)],
  ])('%s: as the package decompresses it', (_, original) => {
    const compressed = brotliCompressSync(original);
    expect(Buffer.from(brotli(compressed, original.length))).toEqual(Buffer.from(packageBrotli(compressed, original.length)));
    expect(Buffer.from(brotli(compressed, original.length))).toEqual(original);
  });

  test('a length other than the one expected is refused', () => {
    expect(() => brotli(brotliCompressSync(Buffer.from('naskah')), 7)).toThrow(/6 bytes decompressed, 7 expected/);
  });
});
