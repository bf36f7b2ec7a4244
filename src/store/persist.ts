// Where the game in progress is kept between page loads: one key in the browser's localStorage, in the
// sim's versioned save format, so a reload replays the same decisions to the same state. Reading and
// writing that format needs zod, so it is in codec.ts, loaded apart (see load-codec.ts).

export const SAVE_KEY = 'social-journey.save';
export const LANGUAGE_KEY = 'social-journey.language';

/** The part of the Web Storage API we use; tests pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The browser's localStorage, or null where it is blocked. No test write: a full origin still reads what
 * it holds (a probe write used to fail there and hide every save); a write that fails says so itself.
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved game's text, or null when there is none or the browser refuses to say. */
export function readSaveText(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(SAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Asks the browser to keep this site's data when space runs low; calls back with its answer (false where
 * the browser has no such API). Never throws.
 */
export function askPersistentStorage(answer: (granted: boolean) => void): void {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) {
    answer(false);
    return;
  }
  storage.persist().then(answer, () => answer(false));
}
