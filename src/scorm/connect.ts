// The game inside a learning platform (SCORM 1.2). The platform, not this browser, keeps the learner's
// game: the store writes its save into a shelf held in memory, seeded from cmi.suspend_data, and every
// quarter the game's result code (compact, well under 4,096 characters) goes back to the platform with the
// lesson status; at the end, the score (platformScore, docs/lms.md). Loaded only when a platform is found.
import type { StoreApi } from 'zustand/vanilla';
import { decodeResultCode, encodeResultCode, platformScore, type Scenario, serializeSave } from '../sim';
import type { GameStore } from '../store/game-store';
import { memoryShelf } from '../store/memory-shelf';
import type { KeyValueStorage } from '../store/persist';
import type { Shelf } from '../store/shelf';
import type { Scorm12Api } from './api';
import { LmsSession } from './lms-session';

export interface LmsLink {
  /** Where the store keeps its settings during this attempt. */
  settings: KeyValueStorage;
  /** Where it keeps the game during this attempt: the learner's game from the platform, resumed at once. */
  shelf: Promise<Shelf>;
  /** Starts reporting the store's game to the platform; returns the way to stop. */
  connect(store: StoreApi<GameStore>): () => void;
}

function memoryStorage(initial: Record<string, string>): KeyValueStorage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The save text of the game kept in suspend data, or null (first entry, or data this game cannot read). */
function savedGame(suspend: string, scenarios: Scenario[]): string | null {
  if (suspend === '') return null;
  try {
    const { scenario, game } = decodeResultCode(suspend, scenarios);
    return serializeSave(scenario, game);
  } catch {
    return null;
  }
}

/** Opens the attempt; null when the platform refuses it (the game then runs as a plain page). */
export function openLms(api: Scorm12Api, scenarios: Scenario[]): LmsLink | null {
  const session = LmsSession.start(api);
  if (!session) return null;
  const save = savedGame(session.suspendData(), scenarios);
  const shelf = memoryShelf({
    seed: save ? { games: [{ id: 'lms', text: save, rev: 0, updated: '' }] } : {},
    handedOver: save ? 'lms' : null,
  });
  return {
    settings: memoryStorage({}),
    shelf,
    connect(store) {
      const report = (s: GameStore) => {
        // A practice branch is not the learner's result: the platform keeps the first game and its score.
        if (!s.game || !s.current || s.source !== 'play' || s.game.branch) return;
        const ended = s.current.ending !== null;
        session.report({
          suspend: encodeResultCode(s.scenario, s.game),
          ended,
          score: ended ? platformScore(s.current) : null,
        });
      };
      const unsubscribe = store.subscribe((s, prev) => {
        if (s.current !== prev.current || s.game !== prev.game) report(s);
      });
      const finish = () => session.finish();
      window.addEventListener('pagehide', finish);
      return () => {
        unsubscribe();
        window.removeEventListener('pagehide', finish);
        finish();
      };
    },
  };
}
