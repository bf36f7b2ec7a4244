// Several games per browser (issue 12 defects 4 and 5): a new game never replaces a stored one, deleting
// offers an undo, notes stay with their game when another starts, and a damaged stored game is listed with
// its reason and can be deleted. Through the store's actions, over the IndexedDB shelf.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode, parseSave, playPlan } from '../../src/sim';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { loadCodec } from '../../src/store/load-codec';
import { MAX_ENTRY_TEXT } from '../../src/store/shelf';
import { plan, scenario } from './analysis-helpers';
import { reopen, storedTexts, type TestShelf, testShelf } from './test-shelf';

beforeAll(async () => {
  await loadCodec();
});

let clock = 0;
/** Each save a minute after the last, so "last saved first" is well defined. */
const now = () => new Date(Date.UTC(2024, 4, 1, 10, clock++)).toISOString();

async function newGameIn(store: ReturnType<typeof createGameStore>, shelf: TestShelf, seed: string) {
  store.getState().toTitle();
  store.getState().setSeed(seed);
  store.getState().toBriefing();
  store.getState().chooseObjective('retention');
  expect(store.getState().startGame()).toBe(true);
  await shelf.idle();
  return store.getState().gameId!;
}

function playQuarter(store: ReturnType<typeof createGameStore>) {
  store.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
  const event = scenario.events.find((e) => e.id === store.getState().current!.pendingEvent);
  if (event?.responses.length) store.getState().setDraft({ response: event.defaultResponse });
  expect(store.getState().confirmTurn()).not.toBeNull();
  store.getState().nextQuarter();
}

describe('the list of games', () => {
  it('"New game" never replaces a stored game (defect 4)', async () => {
    const shelf = await testShelf({ now });
    const store = createGameStore({ scenarios: [scenario], shelf });
    const first = await newGameIn(store, shelf, 'first');
    playQuarter(store);
    playQuarter(store);
    const second = await newGameIn(store, shelf, 'second');
    expect(second).not.toBe(first);
    store.getState().toTitle();
    expect(store.getState().library).toMatchObject([
      { id: second, ok: true, seed: 'second', played: 0, scenario: { id: scenario.id } },
      { id: first, ok: true, seed: 'first', played: 2, ending: null },
    ]);
    // A reload lists both, and the first resumes exactly where it was.
    const reloaded = createGameStore({ scenarios: [scenario], shelf: await reopen(shelf) });
    expect(reloaded.getState().library.map((g) => g.id)).toEqual([second, first]);
    expect(reloaded.getState().resume(first)).toBe(true);
    expect(reloaded.getState().current?.turn).toBe(2);
    expect(reloaded.getState().seed).toBe('first');
  });

  it('deleting offers an undo that brings the game back as it was', async () => {
    const shelf = await testShelf({ now });
    const store = createGameStore({ scenarios: [scenario], shelf });
    const keep = await newGameIn(store, shelf, 'keep');
    const gone = await newGameIn(store, shelf, 'gone');
    playQuarter(store);
    await shelf.idle();
    const text = shelf.get('games', gone)!.text;
    store.getState().toTitle();
    store.getState().deleteGame(gone);
    await shelf.idle();
    await expect.poll(() => store.getState().deleted?.entry.id).toBe(gone);
    expect(store.getState().library.map((g) => g.id)).toEqual([keep]);
    expect((await reopen(shelf)).get('games', gone)).toBeUndefined();
    store.getState().undoDelete();
    await shelf.idle();
    expect(store.getState().deleted).toBeNull();
    expect(
      store
        .getState()
        .library.map((g) => g.id)
        .sort(),
    ).toEqual([gone, keep].sort());
    expect(shelf.get('games', gone)!.text).toBe(text);
    expect(store.getState().resume(gone)).toBe(true);
    expect(store.getState().current?.turn).toBe(1);
  });

  it('notes stay with their game when another game starts (defect 5)', async () => {
    const shelf = await testShelf({ now });
    const store = createGameStore({ scenarios: [scenario], shelf });
    const first = await newGameIn(store, shelf, 'noted');
    expect(store.getState().writeNotes('We waited too long to listen.')).toBe(true);
    await newGameIn(store, shelf, 'next');
    expect(store.getState().readNotes()).toBe('');
    store.getState().writeNotes('Second game, other notes.');
    await shelf.idle();
    expect(parseSave(shelf.get('games', first)!.text, [scenario]).notes).toBe(
      'We waited too long to listen.',
    );
    const reloaded = createGameStore({ scenarios: [scenario], shelf: await reopen(shelf) });
    reloaded.getState().resume(first);
    expect(reloaded.getState().readNotes()).toBe('We waited too long to listen.');
  });

  it('keeps the notes of a game opened from a code by its code', async () => {
    const shelf = await testShelf({ now });
    const code = encodeResultCode(
      scenario,
      playPlan(scenario, 'from-code', plan('continuity-dialogue')).game,
    );
    const store = createGameStore({ scenarios: [scenario], shelf });
    expect(store.getState().loadResultCode(code)).toBe(true);
    expect(store.getState().writeNotes('Team 3 talked about trust.')).toBe(true);
    await shelf.idle();
    // Not one of the stored games: opening a code is read-only.
    expect(await storedTexts(shelf)).toEqual([]);
    const other = createGameStore({ scenarios: [scenario], shelf: await reopen(shelf) });
    other.getState().loadResultCode(code);
    expect(other.getState().readNotes()).toBe('Team 3 talked about trust.');
  });

  it('lists a damaged or oversized stored game with its reason; it can be deleted, and never stops the page', async () => {
    const shelf = await testShelf({ now });
    const good = await (async () => {
      const store = createGameStore({ scenarios: [scenario], shelf });
      return newGameIn(store, shelf, 'good');
    })();
    await shelf.put('games', 'cut', '{"format":"social-journey-save","version":2,"game":{"se', 'new');
    await shelf.put('games', 'huge', 'x'.repeat(MAX_ENTRY_TEXT + 1), 'new');
    const store = createGameStore({ scenarios: [scenario], shelf: await reopen(shelf) });
    const byId = Object.fromEntries(store.getState().library.map((g) => [g.id, g]));
    expect(byId.cut).toMatchObject({ ok: false, code: 'not-json' });
    expect(byId.huge).toMatchObject({ ok: false, code: 'too-large' });
    expect(byId[good]).toMatchObject({ ok: true });
    expect(store.getState().resume('cut')).toBe(false);
    expect(store.getState().notices.map((n) => n.key)).toContain('notice.save.not-json');
    store.getState().deleteGame('cut');
    store.getState().deleteGame('huge');
    await expect.poll(() => store.getState().library.map((g) => g.id)).toEqual([good]);
  });
});

describe('a full store', () => {
  it('says so once a write fails, and stops saying so once a write succeeds again', async () => {
    const shelf = await testShelf({ now });
    const store = createGameStore({ scenarios: [scenario], shelf });
    await newGameIn(store, shelf, 'full-then-free');
    const put = shelf.put;
    shelf.put = async () => 'full';
    playQuarter(store);
    await shelf.idle();
    await expect.poll(() => store.getState().notices.map((n) => n.key)).toContain('notice.storageFull');
    shelf.put = put;
    playQuarter(store);
    await shelf.idle();
    await expect.poll(() => store.getState().notices.map((n) => n.key)).not.toContain('notice.storageFull');
    expect(parseSave(shelf.get('games', store.getState().gameId!)!.text, [scenario]).game.turns).toHaveLength(
      2,
    );
  });
});

describe("the facilitator's sessions", () => {
  it('starts another session without losing the first, reopens it, deletes the other', async () => {
    const shelf = await testShelf({ now });
    const fac = createFacilitatorStore([scenario], shelf, () => 1);
    fac.getState().setSession({ seed: 'morning-group' });
    fac.getState().setNotes('The morning group rushed.');
    await shelf.idle();
    fac.getState().newSession();
    fac.getState().setSession({ seed: 'afternoon-group' });
    await shelf.idle();
    expect(fac.getState().sessions).toMatchObject([{ ok: true, seed: 'morning-group', teams: 0 }]);
    // A reload opens the last written; the other is listed.
    const reloaded = createFacilitatorStore([scenario], await reopen(shelf), () => 2);
    expect(reloaded.getState().session.seed).toBe('afternoon-group');
    const morning = reloaded.getState().sessions[0]!.id;
    reloaded.getState().openSession(morning);
    expect(reloaded.getState().session.seed).toBe('morning-group');
    expect(reloaded.getState().notes).toBe('The morning group rushed.');
    expect(reloaded.getState().sessions).toMatchObject([{ seed: 'afternoon-group' }]);
    // Working on the reopened session writes it, not the other.
    reloaded.getState().setNotes('Rushed, then listened.');
    const afternoon = reloaded.getState().sessions[0]!.id;
    reloaded.getState().deleteSession(afternoon);
    await expect.poll(() => reloaded.getState().sessions).toEqual([]);
    const stored = (await reopen(shelf)).list('sessions');
    expect(stored.map((e) => JSON.parse(e.text).notes)).toEqual(['Rushed, then listened.']);
    expect(reloaded.getState().otherTab).toBe(false);
  });
});
