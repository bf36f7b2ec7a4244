// The browser's localStorage, for the small settings it still keeps (the language; the display in
// src/ui/design), and the request for persistent storage. Games, notes and sessions are on the shelf
// (shelf.ts); what earlier versions kept here moves there once (migrate.ts).
import { detectLanguage, isLang, type Lang } from '../i18n';

/** The language last chosen on any page of the game (the game's and the facilitator's share it). */
export const LANGUAGE_KEY = 'social-journey.language';

/** The part of the Web Storage API we use; tests and the learning platform pass a Map-backed one. */
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

/** A page's first language: the one last chosen in this browser, else the first of its preferred ones we have. */
export function firstLanguage(settings: KeyValueStorage | null, preferred: readonly string[]): Lang {
  let remembered: string | null = null;
  try {
    remembered = settings?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    remembered = null;
  }
  return isLang(remembered) ? remembered : detectLanguage(preferred);
}

/** Keeps the language chosen for the next visit; not keeping it is harmless (the choice holds for the page). */
export function rememberLanguage(settings: KeyValueStorage | null, lang: Lang): void {
  try {
    settings?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Blocked or full storage: the page goes on in the language chosen.
  }
}
