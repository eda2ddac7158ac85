/**
 * Checks that need a tool outside npm (pdftoppm, xmllint, the DOCX validator, the Hunspell dictionary, a
 * mountable file system). In CI (`.ci/run` sets NASKAH_CI) a missing tool fails the run, so no check passes
 * by being skipped; on a developer's machine the checks are skipped, said in one line.
 */
const said = new Set<string>();

/** `available`, or else: throws in CI, and warns once elsewhere. */
export function toolAvailable(available: boolean, missing: string): boolean {
  if (available) return true;
  if (process.env.NASKAH_CI) throw new Error(`${missing}: CI must run every check, so the tool must be installed (see .ci/run)`);
  if (!said.has(missing)) console.warn(`skipped here: ${missing}`);
  said.add(missing);
  return false;
}
