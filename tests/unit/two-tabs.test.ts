// Issue 12 defect 6: two tabs overwrote each other (game and facilitator). Two stores over one storage
// stand for two tabs of one browser: the second writer is never overwritten by the first.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode, parseSave, playPlan } from '../../src/sim';
import { FACILITATOR_KEY } from '../../src/store/facilitator-persist';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { loadCodec } from '../../src/store/load-codec';
import { SAVE_KEY } from '../../src/store/persist';
import { plan, scenario } from './analysis-helpers';
import { memoryStorage } from './memory-storage';

beforeAll(async () => {
  await loadCodec();
});

function startIn(storage: ReturnType<typeof memoryStorage>, seed: string) {
  const store = createGameStore({ scenarios: [scenario], storage });
  store.getState().setSeed(seed);
  store.getState().toBriefing();
  store.getState().chooseObjective(scenario.objectives[0]!.id);
  expect(store.getState().startGame()).toBe(true);
  return store;
}

const savedSeed = (storage: ReturnType<typeof memoryStorage>) =>
  parseSave(storage.data.get(SAVE_KEY)!, [scenario]).game.seed;

describe('two tabs', () => {
  it('a game tab never saves over the game another tab saved since, and says so', () => {
    const storage = memoryStorage();
    const a = startIn(storage, 'tab-a');
    const b = startIn(storage, 'tab-b');
    expect(savedSeed(storage)).toBe('tab-b');
    // Tab A plays on: its quarter is not written over tab B's game.
    const st = a.getState();
    st.setDraft({ approach: 'continuity', voice: 'dialogue' });
    a.getState().confirmTurn();
    expect(savedSeed(storage)).toBe('tab-b');
    expect(a.getState().otherTab).toBe(true);
    expect(a.getState().notices.map((n) => n.key)).toContain('notice.otherTab');
    // The debrief notes of tab A are not written into tab B's save either.
    expect(a.getState().writeNotes('ours')).toBe(false);
    // Tab B goes on saving; on tab A's title screen the stored game shows again.
    b.getState().setDraft({ approach: 'campaign', voice: 'broadcast' });
    expect(b.getState().confirmTurn()).not.toBeNull();
    expect(parseSave(storage.data.get(SAVE_KEY)!, [scenario]).game.turns).toHaveLength(1);
    a.getState().toTitle();
    a.getState().storageChanged();
    expect(a.getState().saved).toMatchObject({ seed: 'tab-b', played: 1 });
  });

  it('debrief notes go through the game store and stay with their game', () => {
    const storage = memoryStorage();
    const store = startIn(storage, 'notes-1');
    expect(store.getState().writeNotes('We froze in turn 4.')).toBe(true);
    expect(store.getState().readNotes()).toBe('We froze in turn 4.');
    expect(parseSave(storage.data.get(SAVE_KEY)!, [scenario]).notes).toBe('We froze in turn 4.');
    // Writing its own notes does not make the tab think another tab wrote.
    store.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
    expect(store.getState().confirmTurn()).not.toBeNull();
    expect(store.getState().otherTab).toBe(false);
  });

  it('a facilitator tab stops writing once another tab changed the session', () => {
    const storage = memoryStorage();
    const a = createFacilitatorStore([scenario], storage, () => 1);
    const b = createFacilitatorStore([scenario], storage, () => 2);
    a.getState().setNotes('from a');
    b.getState().storageChanged();
    expect(b.getState().otherTab).toBe(true);
    const code = encodeResultCode(scenario, playPlan(scenario, 'x', plan('continuity-dialogue')).game);
    b.getState().collect([{ text: code, name: 'B team' }], 'code');
    expect(JSON.parse(storage.data.get(FACILITATOR_KEY)!).notes).toBe('from a');
    expect(JSON.parse(storage.data.get(FACILITATOR_KEY)!).teams).toEqual([]);
    // Tab A, the last writer, goes on saving.
    a.getState().setNotes('still a');
    expect(a.getState().otherTab).toBe(false);
    expect(JSON.parse(storage.data.get(FACILITATOR_KEY)!).notes).toBe('still a');
  });
});
