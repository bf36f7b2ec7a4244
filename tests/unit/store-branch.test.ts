// "Try again from quarter N" through the stores: the game store's tryAgain makes a practice branch as a
// new game of the list and leaves the first game's entry as it was; the facilitator's collection counts the
// team's first game whichever code it is handed.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  branchGame,
  decodeResultCode,
  encodeResultCode,
  type GameRecord,
  playPlan,
  serializeSave,
  stateHash,
} from '../../src/sim';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { loadCodec } from '../../src/store/load-codec';
import { plan, scenario } from './analysis-helpers';
import { type TestShelf, testShelf } from './test-shelf';

beforeAll(async () => {
  await loadCodec();
});

/** Community lost in quarter 5: tried again from quarter 4. */
const failed = playPlan(scenario, 'workshop-7', plan('campaign-then-drop'));
const won = playPlan(scenario, 'a', plan('continuity-dialogue'));

async function storeWith(games: Record<string, GameRecord>): Promise<{
  shelf: TestShelf;
  store: ReturnType<typeof createGameStore>;
}> {
  const shelf = await testShelf();
  for (const [id, game] of Object.entries(games))
    await shelf.put(
      'games',
      id,
      serializeSave(scenario, game, { savedAt: '2024-05-01T10:00:00.000Z' }),
      'new',
    );
  await shelf.idle();
  let n = 0;
  const store = createGameStore({ scenarios: [scenario], shelf, newId: () => `g-branch-${++n}` });
  return { shelf, store };
}

/** Plays the quarter on screen with continuity and dialogue (the default answer to any event). */
function playQuarter(store: ReturnType<typeof createGameStore>) {
  store.getState().setDraft({ approach: 'continuity', voice: 'dialogue', moves: [] });
  const event = scenario.events.find((e) => e.id === store.getState().current!.pendingEvent);
  if (event?.responses.length) store.getState().setDraft({ response: event.defaultResponse });
  expect(store.getState().confirmTurn()).not.toBeNull();
  store.getState().nextQuarter();
}

describe('trying again from the end screen', () => {
  it('starts a branch at the quarter before the failure, in the first game state, as a new game', async () => {
    const { shelf, store } = await storeWith({ 'g-first': failed.game });
    const before = shelf.get('games', 'g-first')!;
    expect(store.getState().resume('g-first')).toBe(true);
    expect(store.getState().screen).toBe('end');
    const firstCode = store.getState().resultCode();

    expect(store.getState().tryAgain()).toBe(true);
    const s = store.getState();
    expect(s.gameId).toBe('g-branch-1');
    expect(s.screen).toBe('play');
    expect(s.current!.turn).toBe(3);
    expect(stateHash(s.current!)).toBe(stateHash(failed.records[2]!.state));
    expect(s.game!.branch).toEqual({ from: 4, first: failed.game.turns });
    expect(s.first!.final.ending).toBe('community-lost');
    expect(s.firstResultCode()).toBe(firstCode);
    expect(s.resultCode()).not.toBe(firstCode);

    // The branch plays on to its end; the first game's entry is never written.
    while (!store.getState().current!.ending) playQuarter(store);
    await shelf.idle();
    expect(shelf.get('games', 'g-first')).toEqual(before);
    store.getState().toTitle();
    expect(store.getState().library).toMatchObject([
      {
        id: 'g-branch-1',
        ok: true,
        branch: { from: 4, firstEnding: 'community-lost', firstTurn: 5 },
        ending: store.getState().current!.ending,
      },
      { id: 'g-first', ok: true, branch: null, ending: 'community-lost', played: 5 },
    ]);
    const branchCode = store.getState().resultCode()!;
    expect(decodeResultCode(branchCode, [scenario]).game.branch?.from).toBe(4);

    // The first game still opens with its own result and code.
    expect(store.getState().resume('g-first')).toBe(true);
    expect(store.getState().resultCode()).toBe(firstCode);
    expect(store.getState().game!.branch).toBeUndefined();
    expect(store.getState().current!.ending).toBe('community-lost');
  });

  it('offers no branch to a game that did not fail, one still played, or one opened from a code', async () => {
    const unfinished = { ...failed.game, turns: failed.game.turns.slice(0, 2) };
    const { shelf, store } = await storeWith({ 'g-won': won.game, 'g-open': unfinished });
    for (const id of ['g-won', 'g-open']) {
      expect(store.getState().resume(id)).toBe(true);
      expect(store.getState().tryAgain()).toBe(false);
      expect(store.getState().gameId).toBe(id);
    }
    expect(store.getState().loadResultCode(encodeResultCode(scenario, failed.game))).toBe(true);
    expect(store.getState().tryAgain()).toBe(false);
    await shelf.idle();
    expect(
      shelf
        .list('games')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['g-open', 'g-won']);
  });

  it('tries a failed branch again as another branch of the same first game', async () => {
    const { store } = await storeWith({ 'g-first': failed.game });
    store.getState().resume('g-first');
    store.getState().tryAgain();
    // Straight back into the campaign that failed: the branch fails too, and offers a try of its own.
    const replayed = failed.game.turns.slice(3);
    for (const d of replayed) {
      if (store.getState().current!.ending) break;
      store.getState().setDraft(d);
      expect(store.getState().confirmTurn()).not.toBeNull();
      store.getState().nextQuarter();
    }
    expect(store.getState().current!.ending).toBe('community-lost');
    expect(store.getState().tryAgain()).toBe(true);
    expect(store.getState().gameId).toBe('g-branch-2');
    expect(store.getState().game!.branch!.first).toEqual(failed.game.turns);
  });
});

describe("the facilitator's collection", () => {
  it("counts the team's first game for a practice code, and says so", () => {
    const store = createFacilitatorStore([scenario], null, () => 0.5);
    const game = branchGame(failed.game, 4);
    const practiceCode = encodeResultCode(scenario, game);
    const firstCode = encodeResultCode(scenario, failed.game);
    store.getState().collect([{ text: practiceCode, name: 'Team Blue' }], 'code');
    expect(store.getState().teams.map((t) => [t.name, t.code])).toEqual([['Team Blue', firstCode]]);
    expect(store.getState().refusals[0]).toMatchObject({ code: 'practice', other: 'Team Blue', from: 4 });
    // The first code then is the same team; the practice code again is noted, never a second team.
    store.getState().collect(
      [
        { text: firstCode, name: 'Team Blue' },
        { text: practiceCode, name: 'Blue again' },
      ],
      'code',
    );
    expect(store.getState().teams).toHaveLength(1);
    expect(
      store
        .getState()
        .refusals.map((r) => r.code)
        .slice(0, 2),
    ).toEqual(['duplicate', 'practice']);
    expect(store.getState().lastCollect).toEqual({ accepted: 0, refused: 1, ignored: 0, practice: 1 });
    // The practice notes are cleared apart from the refusals.
    store.getState().dismissRefusals(true);
    expect(store.getState().refusals.map((r) => r.code)).toEqual(['duplicate']);
  });
});
