// Issue 12 defect 6: two tabs overwrote each other (game and facilitator). Two shelves over one database
// stand for two tabs of one browser: each tab's games are kept apart, and a tab never writes over a game or
// a session another tab changed since it read it.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode, parseSave, playPlan } from '../../src/sim';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { loadCodec } from '../../src/store/load-codec';
import { plan, scenario } from './analysis-helpers';
import { heard, reopen, storedTexts, type TestShelf, testShelf } from './test-shelf';

beforeAll(async () => {
  await loadCodec();
});

function startIn(shelf: TestShelf, seed: string) {
  const store = createGameStore({ scenarios: [scenario], shelf });
  store.getState().setSeed(seed);
  store.getState().toBriefing();
  store.getState().chooseObjective(scenario.objectives[0]!.id);
  expect(store.getState().startGame()).toBe(true);
  return store;
}

const seeds = async (shelf: TestShelf) =>
  (await storedTexts(shelf)).map((text) => parseSave(text, [scenario]).game.seed).sort();

describe('two tabs', () => {
  it('two tabs that each start a game keep both games', async () => {
    const shelfA = await testShelf();
    const shelfB = await reopen(shelfA);
    const a = startIn(shelfA, 'tab-a');
    const b = startIn(shelfB, 'tab-b');
    await shelfA.idle();
    await shelfB.idle();
    expect(await seeds(await reopen(shelfA))).toEqual(['tab-a', 'tab-b']);
    expect(a.getState().otherTab).toBe(false);
    expect(b.getState().otherTab).toBe(false);
  });

  it('a game tab never saves over the game another tab saved since, and says so', async () => {
    const shelfA = await testShelf();
    const a = startIn(shelfA, 'shared');
    await shelfA.idle();
    // Tab B opens the list and resumes the same game, and plays a quarter of it.
    const shelfB = await reopen(shelfA);
    const b = createGameStore({ scenarios: [scenario], shelf: shelfB });
    const id = a.getState().gameId!;
    expect(b.getState().resume(id)).toBe(true);
    const told = heard(shelfA, 'games');
    b.getState().setDraft({ approach: 'campaign', voice: 'broadcast' });
    expect(b.getState().confirmTurn()).not.toBeNull();
    await shelfB.idle();
    await told;
    a.getState().storageChanged();
    expect(a.getState().otherTab).toBe(true);
    expect(a.getState().notices.map((n) => n.key)).toContain('notice.otherTab');
    // Tab A plays on: its quarter is not written over tab B's, nor are its notes.
    a.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
    expect(a.getState().confirmTurn()).not.toBeNull();
    expect(a.getState().writeNotes('ours')).toBe(false);
    await shelfA.idle();
    const stored = parseSave(shelfA.get('games', id)!.text, [scenario]);
    expect(stored.game.turns.map((t) => t.approach)).toEqual(['campaign']);
    // On tab A's title screen, the list shows the game as tab B left it.
    a.getState().toTitle();
    expect(a.getState().library).toMatchObject([{ id, seed: 'shared', played: 1 }]);
  });

  it('the revision check holds even before the other tab is heard of', async () => {
    const shelfA = await testShelf();
    const a = startIn(shelfA, 'race');
    await shelfA.idle();
    const shelfB = await reopen(shelfA);
    const b = createGameStore({ scenarios: [scenario], shelf: shelfB });
    const id = a.getState().gameId!;
    b.getState().resume(id);
    b.getState().setDraft({ approach: 'campaign', voice: 'broadcast' });
    b.getState().confirmTurn();
    await shelfB.idle();
    // Tab A writes at once, without having been told: the stored revision is not the one it took.
    a.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
    a.getState().confirmTurn();
    await shelfA.idle();
    await expect.poll(() => a.getState().otherTab).toBe(true);
    const stored = parseSave((await reopen(shelfA)).get('games', id)!.text, [scenario]);
    expect(stored.game.turns.map((t) => t.approach)).toEqual(['campaign']);
  });

  it('debrief notes go through the game store and stay with their game', async () => {
    const shelf = await testShelf();
    const store = startIn(shelf, 'notes-1');
    expect(store.getState().writeNotes('We froze in turn 4.')).toBe(true);
    expect(store.getState().readNotes()).toBe('We froze in turn 4.');
    expect(parseSave((await storedTexts(shelf))[0]!, [scenario]).notes).toBe('We froze in turn 4.');
    // Writing its own notes does not make the tab think another tab wrote.
    store.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
    expect(store.getState().confirmTurn()).not.toBeNull();
    await shelf.idle();
    expect(store.getState().otherTab).toBe(false);
    expect(parseSave((await storedTexts(shelf))[0]!, [scenario]).notes).toBe('We froze in turn 4.');
  });

  it('a facilitator tab stops writing once another tab changed the session', async () => {
    const shelfA = await testShelf();
    const shelfB = await reopen(shelfA);
    const a = createFacilitatorStore([scenario], shelfA, () => 1);
    const b = createFacilitatorStore([scenario], shelfB, () => 2);
    const told = heard(shelfB, 'sessions');
    a.getState().setNotes('from a');
    await shelfA.idle();
    await told;
    b.getState().storageChanged();
    expect(b.getState().otherTab).toBe(true);
    const code = encodeResultCode(scenario, playPlan(scenario, 'x', plan('continuity-dialogue')).game);
    b.getState().collect([{ text: code, name: 'B team' }], 'code');
    await shelfB.idle();
    const session = async () => JSON.parse((await storedTexts(await reopen(shelfA), 'sessions'))[0]!);
    expect((await session()).notes).toBe('from a');
    expect((await session()).teams).toEqual([]);
    // Tab A, the last writer, goes on saving.
    a.getState().setNotes('still a');
    await shelfA.idle();
    expect(a.getState().otherTab).toBe(false);
    expect((await session()).notes).toBe('still a');
  });
});
