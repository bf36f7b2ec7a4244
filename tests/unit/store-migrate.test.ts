// Earlier versions kept one game, code notes and one session in localStorage: they move into IndexedDB
// once, stay in localStorage until that move has succeeded, and are never moved twice. A browser that
// refuses IndexedDB still plays, from memory, with a warning.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeResultCode, parseSave, playPlan, serializeSave } from '../../src/sim';
import { FACILITATOR_FORMAT, FACILITATOR_VERSION } from '../../src/store/facilitator-persist';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { bootStore, createGameStore } from '../../src/store/game-store';
import { openBrowserShelf } from '../../src/store/idb-shelf';
import { loadCodec } from '../../src/store/load-codec';
import { LEGACY_FACILITATOR_KEY, LEGACY_NOTES_KEY, LEGACY_SAVE_KEY } from '../../src/store/migrate';
import { plan, scenario } from './analysis-helpers';
import { memoryStorage } from './memory-storage';
import { reopen, testShelf } from './test-shelf';

beforeAll(async () => {
  await loadCodec();
});

const played = playPlan(scenario, 'old-save', plan('continuity-dialogue')).game;
const oldSave = serializeSave(
  scenario,
  { ...played, turns: played.turns.slice(0, 4) },
  { notes: 'from before' },
);
const code = encodeResultCode(scenario, played);
const oldSession = JSON.stringify({
  format: FACILITATOR_FORMAT,
  version: FACILITATOR_VERSION,
  session: { scenario: 'default', seed: 'old-room' },
  teams: [{ name: 'Lyon', code, notes: 'quiet team' }],
  notes: 'session notes',
});

function legacyStorage() {
  const storage = memoryStorage();
  storage.setItem(LEGACY_SAVE_KEY, oldSave);
  storage.setItem(LEGACY_NOTES_KEY, JSON.stringify({ [code]: 'notes of a code' }));
  storage.setItem(LEGACY_FACILITATOR_KEY, oldSession);
  storage.setItem('social-journey.language', 'fr');
  return storage;
}

describe('moving from localStorage', () => {
  it('moves the save, the notes and the session once, then removes them from localStorage', async () => {
    const legacy = legacyStorage();
    const shelf = await testShelf({ legacy });
    expect(shelf.durability).toBe('lasting');
    expect([...legacy.data.keys()]).toEqual(['social-journey.language']);
    // The moved game is the one a reload resumes, as the one-slot save was.
    const store = createGameStore({ scenarios: [scenario], shelf });
    bootStore(store, null, null, shelf.handedOver);
    expect(store.getState().screen).toBe('play');
    expect(store.getState().game?.turns).toEqual(played.turns.slice(0, 4));
    expect(store.getState().readNotes()).toBe('from before');
    store.getState().loadResultCode(code);
    expect(store.getState().readNotes()).toBe('notes of a code');
    const fac = createFacilitatorStore([scenario], shelf, () => 1);
    expect(fac.getState().session.seed).toBe('old-room');
    expect(fac.getState().teams.map((t) => [t.name, t.notes])).toEqual([['Lyon', 'quiet team']]);
    // A later visit, or an old tab writing the same save again, does not make a second copy.
    legacy.setItem(LEGACY_SAVE_KEY, oldSave);
    const again = await reopen(shelf, legacy);
    expect(again.list('games')).toHaveLength(1);
    expect(legacy.data.has(LEGACY_SAVE_KEY)).toBe(false);
  });

  it('keeps localStorage as it was while the move fails, and shows the game all the same', async () => {
    const legacy = legacyStorage();
    const first = await testShelf();
    // A full origin: IndexedDB refuses every write of this visit.
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let shelf: Awaited<ReturnType<typeof reopen>>;
    try {
      shelf = await reopen(first, legacy);
      expect(legacy.data.get(LEGACY_SAVE_KEY)).toBe(oldSave);
      expect(legacy.data.get(LEGACY_FACILITATOR_KEY)).toBe(oldSession);
      const store = createGameStore({ scenarios: [scenario], shelf });
      expect(store.getState().library).toMatchObject([{ ok: true, seed: 'old-save', played: 4 }]);
    } finally {
      spy.mockRestore();
    }
    expect(IDBObjectStore.prototype.put).toBe(put);
    // Space again: the next visit moves it, and only then is localStorage cleared.
    const next = await reopen(first, legacy);
    expect(parseSave(next.list('games')[0]!.text, [scenario]).game.seed).toBe('old-save');
    expect(legacy.data.has(LEGACY_SAVE_KEY)).toBe(false);
    expect(legacy.data.has(LEGACY_FACILITATOR_KEY)).toBe(false);
  });

  it('moves a damaged save as it is: listed with its reason, deletable', async () => {
    const legacy = memoryStorage();
    legacy.setItem(LEGACY_SAVE_KEY, '{"format": "social-journey-save", "version": 1, "game": {"seed"');
    const shelf = await testShelf({ legacy });
    const store = createGameStore({ scenarios: [scenario], shelf });
    bootStore(store, null, null, shelf.handedOver);
    expect(store.getState().screen).toBe('title');
    expect(store.getState().notices.map((n) => n.key)).toContain('notice.save.not-json');
    expect(store.getState().library).toMatchObject([{ ok: false, code: 'not-json' }]);
  });
});

describe('a browser that refuses IndexedDB', () => {
  it('still lets a team play, from memory, with a warning; localStorage is left alone', async () => {
    const legacy = legacyStorage();
    vi.stubGlobal('indexedDB', undefined);
    try {
      const shelf = await openBrowserShelf({ legacy, name: 'refused' });
      expect(shelf.durability).toBe('page');
      expect(shelf.refusal).toMatch(/IndexedDB/);
      const store = createGameStore({ scenarios: [scenario], shelf });
      expect(store.getState().storageRefused).toMatch(/IndexedDB/);
      expect(store.getState().notices.map((n) => n.key)).toEqual(['notice.storageRefused']);
      // The old save is there to resume, and a new game plays and is listed while the page is open.
      expect(store.getState().library).toMatchObject([{ ok: true, seed: 'old-save' }]);
      expect(store.getState().startGame('private', 'retention')).toBe(true);
      store.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
      expect(store.getState().confirmTurn()).not.toBeNull();
      await shelf.idle();
      store.getState().toTitle();
      expect(store.getState().library.map((g) => g.ok && g.seed)).toEqual(['private', 'old-save']);
      expect(store.getState().notices.map((n) => n.key)).toEqual(['notice.storageRefused']);
      expect(legacy.data.get(LEGACY_SAVE_KEY)).toBe(oldSave);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
