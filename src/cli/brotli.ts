/**
 * brotli's decompress (fontkit's, for WOFF2 fonts) over Node's own zlib, put in its place in the bundle
 * (src/cli/bundle.ts): the JavaScript decoder builds its dictionary whenever fontkit is loaded, which a
 * cold start paid on every build although naskah's fonts are never WOFF2. The bytes are the same.
 */
import { brotliDecompressSync } from 'node:zlib';

/** Decompresses `buffer`; `outSize`, the expected length, is checked rather than needed. */
function decompress(buffer: Uint8Array, outSize?: number): Uint8Array {
  const output = brotliDecompressSync(buffer);
  if (outSize !== undefined && output.length !== outSize) throw new Error(`brotli: ${output.length} bytes decompressed, ${outSize} expected`);
  return output;
}

export = decompress;
