// Earlier versions kept one game, the notes of code-opened games and one facilitator session in
// localStorage. They move into the shelf once: copied in one transaction, and removed from localStorage
// only after that transaction has succeeded (a full origin or a closed tab leaves them where they were, and
// the next visit tries again). An entry's id comes from its text, so a move tried twice never makes two.
import { crc32 } from '../sim/crc32';
import type { KeyValueStorage } from './persist';
import type { ShelfEntry, ShelfKind } from './shelf';

export const LEGACY_SAVE_KEY = 'social-journey.save';
export const LEGACY_NOTES_KEY = 'social-journey.debrief-notes';
export const LEGACY_FACILITATOR_KEY = 'social-journey.facilitator';

/** What localStorage still holds, as shelf entries, with the keys and texts they came from. */
export interface LegacyData {
  entries: Record<ShelfKind, ShelfEntry[]>;
  /** The key and the exact text read: removed after the move only if nobody changed it meanwhile. */
  read: { key: string; text: string }[];
}

const idOf = (prefix: string, text: string) =>
  `${prefix}-${crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0')}-${text.length}`;

function readKey(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Reads what is left of the one-slot storage; nothing is changed. */
export function readLegacy(storage: KeyValueStorage | null, updated: string): LegacyData {
  const entries: LegacyData['entries'] = { games: [], sessions: [], notes: [] };
  const read: LegacyData['read'] = [];
  if (!storage) return { entries, read };
  const save = readKey(storage, LEGACY_SAVE_KEY);
  if (save !== null) {
    // Moved as it is, even damaged: the list then shows what is wrong with it, and it can be deleted.
    entries.games.push({ id: idOf('moved', save), text: save, rev: 0, updated });
    read.push({ key: LEGACY_SAVE_KEY, text: save });
  }
  const session = readKey(storage, LEGACY_FACILITATOR_KEY);
  if (session !== null) {
    entries.sessions.push({ id: idOf('moved', session), text: session, rev: 0, updated });
    read.push({ key: LEGACY_FACILITATOR_KEY, text: session });
  }
  const notes = readKey(storage, LEGACY_NOTES_KEY);
  if (notes !== null) {
    read.push({ key: LEGACY_NOTES_KEY, text: notes });
    try {
      const map: unknown = JSON.parse(notes);
      if (typeof map === 'object' && map !== null && !Array.isArray(map))
        for (const [code, text] of Object.entries(map))
          if (typeof text === 'string' && code.length <= 4000)
            entries.notes.push({ id: code, text: text.slice(0, 2000), rev: 0, updated });
    } catch {
      // Notes that were not even JSON: nothing to move (the key goes, as it would have been overwritten).
    }
  }
  return { entries, read };
}

/** After the move succeeded: removes each key whose text is still the one that was moved. */
export function forgetLegacy(storage: KeyValueStorage | null, data: LegacyData): void {
  for (const { key, text } of data.read)
    try {
      if (storage?.getItem(key) === text) storage.removeItem(key);
    } catch {
      // Left for the next visit, which finds it moved already and removes it then.
    }
}
