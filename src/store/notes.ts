// Where the debrief notes are kept: inside the save of that game when it is the one saved in this browser
// (so a save file carries its notes to the facilitator), else in a small map keyed by the game's result
// code. Both live in localStorage; nothing leaves the browser. Only the game store calls these (its
// readNotes and writeNotes actions, through the codec chunk): the debrief never writes storage itself.
import {
  encodeResultCode,
  type GameRecord,
  parseSave,
  type Scenario,
  serializeSave,
  stableStringify,
} from '../sim';
import { type KeyValueStorage, SAVE_KEY } from './persist';

export const NOTES_KEY = 'social-journey.debrief-notes';
const MAX_KEPT = 20;

function savedGame(storage: KeyValueStorage, game: GameRecord, scenario: Scenario) {
  try {
    const text = storage.getItem(SAVE_KEY);
    if (!text) return null;
    const save = parseSave(text, [scenario]);
    return stableStringify(save.game) === stableStringify(game) ? save : null;
  } catch {
    return null;
  }
}

function notesMap(storage: KeyValueStorage): Record<string, string> {
  try {
    const json = JSON.parse(storage.getItem(NOTES_KEY) ?? '{}');
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {};
  } catch {
    return {};
  }
}

function codeOf(scenario: Scenario, game: GameRecord): string | null {
  try {
    return encodeResultCode(scenario, game);
  } catch {
    return null;
  }
}

export function loadNotes(storage: KeyValueStorage | null, scenario: Scenario, game: GameRecord): string {
  if (!storage) return '';
  const save = savedGame(storage, game, scenario);
  if (save) return save.notes ?? '';
  const code = codeOf(scenario, game);
  const value = code ? notesMap(storage)[code] : undefined;
  return typeof value === 'string' ? value : '';
}

/** Keeps the notes; false when the browser refuses to store them. */
export function saveNotes(
  storage: KeyValueStorage | null,
  scenario: Scenario,
  game: GameRecord,
  notes: string,
): boolean {
  if (!storage) return false;
  const text = notes.slice(0, 2000);
  try {
    const save = savedGame(storage, game, scenario);
    if (save) {
      storage.setItem(
        SAVE_KEY,
        serializeSave(scenario, game, {
          ...(save.savedAt ? { savedAt: save.savedAt } : {}),
          ...(text ? { notes: text } : {}),
        }),
      );
      return true;
    }
    const code = codeOf(scenario, game);
    if (!code) return false;
    const map = notesMap(storage);
    delete map[code];
    if (text) map[code] = text;
    const kept = Object.entries(map).slice(-MAX_KEPT);
    storage.setItem(NOTES_KEY, JSON.stringify(Object.fromEntries(kept)));
    return true;
  } catch {
    return false;
  }
}
