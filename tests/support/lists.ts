/** The items of `list` left after removing one occurrence of each item of `remove`. */
export function multisetMinus(list: string[], remove: string[]): string[] {
  const rest = [...list];
  for (const item of remove) {
    const at = rest.indexOf(item);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}
