/** Guards shared by the formatters: their callers pass numbers from validated data, so a bad one is a programming error. */

/** Throws a RangeError naming the function unless `n` is a whole number in [min, max]. */
export function requireWholeNumber(n: number, min: number, max: number, caller: string): void {
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new RangeError(`${caller}: expected a whole number from ${min} to ${max}, got ${String(n)}`);
  }
}
