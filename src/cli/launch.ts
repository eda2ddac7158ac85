#!/usr/bin/env node
/**
 * The `naskah` command: runs the command line from its one-file bundle (dist/bundle/cli.js) with V8's
 * code cache made at build time, so that a cold start neither resolves hundreds of modules nor compiles
 * what the cache holds. A cache that does not fit this Node.js is ignored, and the bundle compiled as usual.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const BUNDLE = path.join(__dirname, '..', 'bundle', 'cli.js');
const CACHE = `${BUNDLE}.cache`;
/** Set by the bundling step: after the command has run, write the code cache of everything it compiled. */
const CACHE_WRITE_VARIABLE = 'NASKAH_WRITE_CODE_CACHE';

function readCache(): Buffer | undefined {
  try {
    return process.env[CACHE_WRITE_VARIABLE] ? undefined : readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

// The bundle starts with main.js's #! line, which is no JavaScript inside the module wrapper.
const source = readFileSync(BUNDLE, 'utf8').replace(/^#!/, '//');
const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData: readCache() });
if (process.env[CACHE_WRITE_VARIABLE]) {
  // Made after the run, the cache also holds the functions compiled lazily while building a decree.
  process.on('exit', () => {
    writeFileSync(`${CACHE}.tmp`, script.createCachedData());
    renameSync(`${CACHE}.tmp`, CACHE);
  });
}
const bundleModule = new Module(BUNDLE, module);
bundleModule.filename = BUNDLE;
const run = script.runInThisContext() as (...args: unknown[]) => void;
run.call(bundleModule.exports, bundleModule.exports, createRequire(BUNDLE), bundleModule, BUNDLE, path.dirname(BUNDLE));
