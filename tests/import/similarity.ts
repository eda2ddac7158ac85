/** How close two decrees' typed texts are: the longest common word sequence over the longer text's length. */

/** Every text of the data (not its numbers, such as months), in a fixed order of keys, as one list of words. */
export function typedWords(data: unknown): string[] {
  if (typeof data === 'string') return data.split(/\s+/).filter(Boolean);
  if (Array.isArray(data)) return data.flatMap(typedWords);
  if (data && typeof data === 'object') {
    return Object.keys(data)
      .sort()
      .flatMap((key) => typedWords((data as Record<string, unknown>)[key]));
  }
  return [];
}

export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  // One row of the LCS table at a time.
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = word === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] / Math.max(a.length, b.length);
}
