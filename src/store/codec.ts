// The game page's reading and writing of saves and result codes: the part of it that needs zod. A first
// visit's title screen needs none of it, so it is a chunk of its own (load-codec.ts says when it loads).
import { type GameRecord, type LoadedSave, parseSave, SaveError, type Scenario, serializeSave } from '../sim';
import { type KeyValueStorage, readSaveText, SAVE_KEY } from './persist';

export { decodeResultCode, encodeResultCode, ResultCodeError } from '../sim';
export { loadNotes, saveNotes } from './notes';

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; save: LoadedSave }
  | { kind: 'error'; code: string; message: string };

export function loadSave(storage: KeyValueStorage | null, scenarios: readonly Scenario[]): LoadResult {
  const text = readSaveText(storage);
  if (text === null) return { kind: 'none' };
  try {
    return { kind: 'ok', save: parseSave(text, scenarios) };
  } catch (e) {
    if (e instanceof SaveError) return { kind: 'error', code: e.code, message: e.message };
    return { kind: 'error', code: 'unreadable', message: String((e as Error)?.message ?? e) };
  }
}

/** Writes the game; false when the browser refuses (private mode, full storage). */
export function writeSave(
  storage: KeyValueStorage | null,
  scenario: Scenario,
  game: GameRecord,
  savedAt: string,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SAVE_KEY, serializeSave(scenario, game, { savedAt }));
    return true;
  } catch {
    return false;
  }
}
