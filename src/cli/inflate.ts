/**
 * tiny-inflate's interface over Node's own zlib, put in its place in the bundle (src/cli/bundle.ts).
 * fontkit's Unicode tables (unicode-properties, unicode-trie) are inflated with tiny-inflate, in
 * JavaScript, every time the command starts: a cold start's code runs unoptimised, so that took
 * longer than the native inflater by far. The bytes are the same; only where the work is done differs.
 */
import { inflateRawSync } from 'node:zlib';

/** Inflates raw DEFLATE `source` into `dest`; returns `dest`, or a copy cut to the inflated length when shorter. */
function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const inflated = inflateRawSync(source);
  if (inflated.length > dest.length) throw new Error('Data error');
  dest.set(inflated);
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest;
}

export = inflate;
