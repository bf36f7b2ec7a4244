import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contextOf,
  parsePlan,
  parseSave,
  parseScenarioText,
  planDecision,
  playPlan,
  type Scenario,
  stateHash,
} from '../../src/sim';
import { createGameStore } from '../../src/store/game-store';
import { loadCodec } from '../../src/store/load-codec';
import { reopen, storedTexts, type TestShelf, testShelf } from './test-shelf';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const planFile = (name: string) =>
  parsePlan(JSON.parse(readFileSync(`scenarios/plans/${name}.json`, 'utf8')), scenario);

const now = () => '2024-05-01T10:00:00.000Z';

/** Plays a plan through the store's actions, the way the decision panel does. */
async function playThroughStore(scenarios: Scenario[], planName: string, seed: string, shelf?: TestShelf) {
  const plan = planFile(planName);
  shelf ??= await testShelf();
  const store = createGameStore({ scenarios, shelf, now });
  const s = store.getState();
  s.setSeed(seed);
  expect(s.toBriefing()).toBe(true);
  store.getState().chooseObjective(plan.objective ?? scenario.objectives[0]!.id);
  expect(store.getState().startGame()).toBe(true);
  const queue: string[] = [];
  const saves: string[] = [(await storedTexts(shelf))[0]!];
  while (store.getState().screen === 'play') {
    const st = store.getState();
    const d = planDecision(contextOf(scenario, st.game!), plan, st.current!, queue);
    st.setDraft({ approach: d.approach, voice: d.voice, governance: d.governance, response: d.response });
    // Measures and moves go through the toggles, as clicks do.
    for (const k of st.draft!.measure) if (!d.measure.includes(k)) store.getState().toggleMeasure(k);
    for (const k of d.measure)
      if (!store.getState().draft!.measure.includes(k)) store.getState().toggleMeasure(k);
    for (const m of d.moves) store.getState().toggleMove(m);
    expect(store.getState().confirmTurn()).not.toBeNull();
    expect(store.getState().view).toBe('report');
    saves.push((await storedTexts(shelf))[0]!);
    store.getState().nextQuarter();
  }
  return { store, shelf, saves };
}

describe('game store', () => {
  // As on a page that opened a save: every action runs at once (store-codec.test.ts: the codec loading late).
  beforeAll(async () => {
    await loadCodec();
  });

  it('plays a whole game through its actions to the same states as playPlan', async () => {
    for (const name of ['continuity-dialogue', 'campaign-broadcast', 'viral-gambler']) {
      const { store } = await playThroughStore([scenario], name, 'store-test');
      const expected = playPlan(scenario, 'store-test', planFile(name));
      const st = store.getState();
      expect(st.screen).toBe('end');
      expect(st.game!.turns).toEqual(expected.game.turns);
      expect(st.records.map((r) => stateHash(r.state))).toEqual(
        expected.records.map((r) => stateHash(r.state)),
      );
      expect(stateHash(st.current!)).toBe(stateHash(expected.final));
    }
  });

  it('autosaves at the start and after every turn', async () => {
    const { store, saves } = await playThroughStore([scenario], 'continuity-dialogue', 'autosave');
    const turns = store.getState().records.length;
    expect(saves).toHaveLength(turns + 1);
    saves.forEach((text, i) => expect(parseSave(text, [scenario]).game.turns).toHaveLength(i));
  });

  it('resumes the exact state from the save in a new page', async () => {
    const shelf = await testShelf();
    const store = createGameStore({ scenarios: [scenario], shelf, now });
    store.getState().setSeed('resume-me');
    store.getState().toBriefing();
    store.getState().chooseObjective('retention');
    store.getState().startGame();
    for (let i = 0; i < 3; i++) {
      const st = store.getState();
      st.setDraft({ approach: 'continuity', voice: 'dialogue' });
      const event = scenario.events.find((e) => e.id === store.getState().current!.pendingEvent);
      if (event?.responses.length) store.getState().setDraft({ response: event.defaultResponse });
      expect(store.getState().confirmTurn()).not.toBeNull();
      store.getState().nextQuarter();
    }
    const before = store.getState();
    await shelf.idle();
    const reloaded = createGameStore({ scenarios: [scenario], shelf: await reopen(shelf), now });
    expect(reloaded.getState().library).toMatchObject([
      { ok: true, seed: 'resume-me', played: 3, ending: null },
    ]);
    expect(reloaded.getState().resume(before.gameId!)).toBe(true);
    const after = reloaded.getState();
    expect(after.screen).toBe('play');
    expect(after.game).toEqual(before.game);
    expect(stateHash(after.current!)).toBe(stateHash(before.current!));
    expect(after.draft).toEqual(before.draft);
  });

  it('lists a corrupt or foreign save with its reason, and keeps it until it is deleted', async () => {
    const cases: [string, string][] = [
      ['{not json', 'not-json'],
      ['{"hello": "world"}', 'not-a-save'],
    ];
    for (const [text, code] of cases) {
      const shelf = await testShelf();
      expect(await shelf.put('games', 'broken', text, 'new')).toBe('ok');
      const store = createGameStore({ scenarios: [scenario], shelf, now });
      expect(store.getState().library).toMatchObject([{ id: 'broken', ok: false, code }]);
      expect(store.getState().resume('broken')).toBe(false);
      expect(store.getState().screen).toBe('title');
      expect(store.getState().notices.map((n) => n.key)).toContain(`notice.save.${code}`);
      store.getState().toBriefing();
      store.getState().chooseObjective('retention');
      expect(store.getState().startGame()).toBe(true);
      // The new game joins the list; the damaged one is still there, as it was.
      const texts = await storedTexts(shelf);
      expect(texts).toHaveLength(2);
      expect(texts).toContain(text);
      expect(
        store
          .getState()
          .library.map((g) => g.ok)
          .sort(),
      ).toEqual([false, true]);
      store.getState().toTitle();
      store.getState().deleteGame('broken');
      await shelf.idle();
      expect(shelf.get('games', 'broken')).toBeUndefined();
      expect(store.getState().library).toHaveLength(1);
    }
  });

  it('reports a save whose decisions break the rules', async () => {
    const { shelf } = await playThroughStore([scenario], 'continuity-dialogue', 'tamper');
    const stored = shelf.list('games')[0]!;
    const save = JSON.parse(stored.text);
    save.game.turns[0].approach = 'teleport';
    shelf.claim('games', stored.id);
    expect(await shelf.put('games', stored.id, JSON.stringify(save), 'claimed')).toBe('ok');
    const store = createGameStore({ scenarios: [scenario], shelf: await reopen(shelf), now });
    expect(store.getState().resume(stored.id)).toBe(false);
    expect(store.getState().notices[0]!.key).toBe('notice.save.invalid-game');
  });

  it('refuses an incomplete decision without losing anything', async () => {
    const store = createGameStore({ scenarios: [scenario], shelf: await testShelf(), now });
    store.getState().startGame('incomplete', 'retention');
    expect(store.getState().confirmTurn()).toBeNull();
    expect(store.getState().records).toHaveLength(0);
    expect(store.getState().notices[0]!.key).toBe('notice.turnRefused');
    expect(store.getState().view).toBe('decide');
  });

  it('opens a result code on the end screen without touching the saves', async () => {
    const { store } = await playThroughStore([scenario], 'continuity-dialogue', 'code');
    const code = store.getState().resultCode();
    expect(code).toMatch(/^SJ3-/);
    const shelf = await testShelf();
    const viewer = createGameStore({ scenarios: [scenario], shelf, now });
    expect(viewer.getState().loadResultCode(code!)).toBe(true);
    expect(viewer.getState().screen).toBe('end');
    expect(viewer.getState().source).toBe('code');
    expect(stateHash(viewer.getState().current!)).toBe(stateHash(store.getState().current!));
    expect(await storedTexts(shelf)).toEqual([]);
    expect(viewer.getState().loadResultCode('SJ3-garbage!')).toBe(false);
    expect(viewer.getState().notices[0]!.key).toMatch(/^notice\.code\./);
  });
});
