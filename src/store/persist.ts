// Where the game in progress is kept between page loads: one key in the browser's localStorage, in the
// sim's versioned save format, so a reload replays the same decisions to the same state.

import type { GameRecord } from '../sim';
import { type LoadedSave, parseSave, SaveError, type Scenario, serializeSave } from '../sim';

export const SAVE_KEY = 'social-journey.save';
export const LANGUAGE_KEY = 'social-journey.language';

/** The part of the Web Storage API we use; tests pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; save: LoadedSave }
  | { kind: 'error'; code: string; message: string };

export function loadSave(storage: KeyValueStorage | null, scenarios: readonly Scenario[]): LoadResult {
  let text: string | null = null;
  try {
    text = storage?.getItem(SAVE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  try {
    return { kind: 'ok', save: parseSave(text, scenarios) };
  } catch (e) {
    if (e instanceof SaveError) return { kind: 'error', code: e.code, message: e.message };
    return { kind: 'error', code: 'unreadable', message: String((e as Error)?.message ?? e) };
  }
}

/** Writes the game; false when the browser refuses (private mode, full storage). */
export function writeSave(storage: KeyValueStorage | null, game: GameRecord, savedAt: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SAVE_KEY, serializeSave(game, { savedAt }));
    return true;
  } catch {
    return false;
  }
}

/** The browser's localStorage, or null where it is blocked. */
export function browserStorage(): KeyValueStorage | null {
  try {
    const s = globalThis.localStorage;
    const probe = `${SAVE_KEY}.probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}
