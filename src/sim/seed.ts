// The one rule for seeds, used by every page, the session links, the stored sessions, the result codes and
// the command line: a seed is its text without surrounding spaces, in Unicode NFC (so an "é" typed on two
// keyboards is one seed), of 1 to 64 characters. "lyon " and "lyon" are the same seed everywhere.
export const SEED_MAX = 64;

/** The clean seed, or null when nothing usable is left (empty, only spaces, or too long). */
export function cleanSeed(text: string): string | null {
  const seed = text.normalize('NFC').trim();
  return seed.length >= 1 && seed.length <= SEED_MAX ? seed : null;
}

/** Whether a seed is already clean: stored and decoded games must hold only clean seeds. */
export function isCleanSeed(text: string): boolean {
  return cleanSeed(text) === text;
}
