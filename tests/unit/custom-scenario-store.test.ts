// Custom scenario files in the game's and the facilitator's stores: a sound file joins the list and is
// playable, a broken one is kept out with every problem, a built-in scenario is never replaced, and a
// facilitator's codes that were waiting for a scenario are collected once its file is opened.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neededScenario } from '../../src/analysis/needed-scenario';
import { parseSessionLink, sessionFragment } from '../../src/analysis/session';
import { encodeResultCode, parsePlan, parseScenarioText, playPlan, serializeSave } from '../../src/sim';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { bundledScenarios } from '../../src/store/scenarios';
import { reopen, testShelf } from './test-shelf';

// The built-in scenarios, in the order the title screen lists them (a custom file joins after them).
const BUILT_IN = bundledScenarios().map((x) => x.id);
const FILE = 'docs/examples/corner-bakery.json';
const text = readFileSync(FILE, 'utf8');
const bakery = parseScenarioText(text, FILE);
const plan = parsePlan(
  JSON.parse(readFileSync('docs/examples/corner-bakery-plans/daily-chat.json', 'utf8')),
  bakery,
);
const file = (name: string, content: string) => new File([content], name, { type: 'application/json' });

describe('a custom scenario file in the game', () => {
  it('joins the list, is selected and plays', async () => {
    const store = createGameStore({ scenarios: bundledScenarios(), shelf: null });
    expect(await store.getState().openScenarioFile(file('corner-bakery.json', text))).toBe(true);
    const s = store.getState();
    expect(s.scenarios.map((x) => x.id)).toEqual([...BUILT_IN, 'corner-bakery']);
    expect(s.scenario.id).toBe('corner-bakery');
    expect(s.scenarioFile).toBeNull();
    expect(s.notices.map((n) => n.key)).toContain('notice.scenarioOpened');
    expect(s.toBriefing()).toBe(true);
    store.getState().chooseObjective('regulars');
    expect(store.getState().startGame('seed-1')).toBe(true);
    expect(store.getState().game?.scenario.id).toBe('corner-bakery');
  });

  it('keeps a broken file out and lists every problem with its path', async () => {
    const store = createGameStore({ scenarios: bundledScenarios(), shelf: null });
    const broken = readFileSync('tests/fixtures/broken-scenarios/unpayable.json', 'utf8');
    expect(await store.getState().openScenarioFile(file('unpayable.json', broken))).toBe(false);
    const s = store.getState();
    expect(s.scenarios.map((x) => x.id)).toEqual(BUILT_IN);
    expect(s.scenario.id).toBe('default');
    expect(s.scenarioFile?.file).toBe('unpayable.json');
    expect(s.scenarioFile?.problems.map((p) => p.path)).toEqual([
      '$.moves[2].cost',
      '$.events[1].responses[0].cost',
      '$.events[2].responses[1].cost',
    ]);
    s.dismissScenarioFile();
    expect(store.getState().scenarioFile).toBeNull();
  });

  it('never lets a file take the place of a built-in scenario, nor reads a file too large', async () => {
    const store = createGameStore({ scenarios: bundledScenarios(), shelf: null });
    const impostor = readFileSync('scenarios/default.json', 'utf8').replace('"Velora', '"Not Velora');
    expect(await store.getState().openScenarioFile(file('default.json', impostor))).toBe(false);
    expect(store.getState().scenarioFile?.problems).toEqual([
      { path: '$.id', message: '"default" is the id of a built-in scenario: give yours an id of its own' },
    ]);
    expect(store.getState().scenarios).toEqual(bundledScenarios());
    const huge = { name: 'huge.json', size: 50_000_000, text: () => Promise.reject(new Error('never read')) };
    expect(await store.getState().openScenarioFile(huge)).toBe(false);
    expect(store.getState().scenarioFile?.problems[0]?.message).toMatch(/too large/);
  });

  it('lets a saved game of a custom scenario resume once its file is opened again', async () => {
    const shelf = await testShelf();
    const game = playPlan(bakery, 'saved-1', plan).game;
    await shelf.put(
      'games',
      'bakery',
      serializeSave(bakery, { ...game, turns: game.turns.slice(0, 3) }),
      'new',
    );
    const store = createGameStore({ scenarios: bundledScenarios(), shelf });
    // Listed first as waiting for its scenario, then as a game to resume.
    await expect
      .poll(() => store.getState().library)
      .toMatchObject([{ ok: false, code: 'unknown-scenario' }]);
    await store.getState().openScenarioFile(file('corner-bakery.json', text));
    await expect.poll(() => store.getState().library).toMatchObject([{ ok: true, played: 3 }]);
    expect(store.getState().resume('bakery')).toBe(true);
    expect(store.getState().current?.turn).toBe(3);
  });
});

describe("a team joining a facilitator's session of a custom scenario", () => {
  it('asks for the scenario file, then applies the session once it is opened', async () => {
    const store = createGameStore({ scenarios: bundledScenarios(), shelf: null });
    const link = parseSessionLink(
      `#${sessionFragment({ scenario: 'corner-bakery', seed: 'room-9', turns: 6 })}`,
    );
    expect(store.getState().joinSession(link!)).toBe(false);
    expect(store.getState().notices.map((n) => n.key)).toContain('notice.sessionNeedsFile');
    expect(store.getState().session).toBeNull();
    await store.getState().openScenarioFile(file('corner-bakery.json', text));
    const s = store.getState();
    expect(s.session).toEqual({ scenario: 'corner-bakery', seed: 'room-9', turns: 6 });
    expect(s.scenario.id).toBe('corner-bakery');
    expect(s.seed).toBe('room-9');
    expect(s.notices.map((n) => n.key)).not.toContain('notice.sessionNeedsFile');
  });
});

describe("a custom scenario in the facilitator's session", () => {
  const code = encodeResultCode(bakery, playPlan(bakery, 'room-1', plan).game);

  it('reads which scenario a code or a save needs', () => {
    expect(neededScenario(code, 'code')).toBe('corner-bakery');
    expect(neededScenario(serializeSave(bakery, playPlan(bakery, 'room-2', plan).game), 'save')).toBe(
      'corner-bakery',
    );
    expect(neededScenario('SJ1-nonsense', 'code')).toBeNull();
  });

  it('asks for the file of a waiting code and collects it once the file is opened', async () => {
    const store = createFacilitatorStore(bundledScenarios(), null, () => 7);
    store.getState().collect([{ text: code, name: 'Bakers' }], 'code');
    let s = store.getState();
    expect(s.teams).toHaveLength(0);
    expect(s.refusals.map((r) => r.code)).toEqual(['unknown-scenario']);
    expect(s.awaiting.map((a) => a.scenario)).toEqual(['corner-bakery']);

    expect(await s.openScenarioFile(file('corner-bakery.json', text))).toBe(true);
    s = store.getState();
    expect(s.teams.map((t) => t.name)).toEqual(['Bakers']);
    expect(s.teams[0]!.scenario.id).toBe('corner-bakery');
    expect(s.refusals).toEqual([]);
    expect(s.awaiting).toEqual([]);
    // Opened while preparing, the file's scenario becomes the session's.
    expect(s.session.scenario).toBe('corner-bakery');
  });

  it('brings a stored team of a custom scenario back after a reload, once its file is opened again', async () => {
    const shelf = await testShelf();
    const first = createFacilitatorStore(bundledScenarios(), shelf, () => 7);
    await first.getState().openScenarioFile(file('corner-bakery.json', text));
    first.getState().collect([{ text: code, name: 'Bakers' }], 'code');
    expect(first.getState().teams).toHaveLength(1);

    await shelf.idle();
    const reloaded = createFacilitatorStore(bundledScenarios(), await reopen(shelf), () => 7);
    expect(reloaded.getState().teams).toHaveLength(0);
    expect(reloaded.getState().stale.map((t) => t.name)).toEqual(['Bakers']);
    expect(reloaded.getState().awaiting.map((a) => a.scenario)).toEqual(['corner-bakery']);
    await reloaded.getState().openScenarioFile(file('corner-bakery.json', text));
    expect(reloaded.getState().teams.map((t) => t.name)).toEqual(['Bakers']);
    expect(reloaded.getState().stale).toEqual([]);
  });

  it('keeps the built-in scenarios and the waiting codes when a broken file is opened', async () => {
    const store = createFacilitatorStore(bundledScenarios(), null, () => 7);
    store.getState().collect([{ text: code, name: 'Bakers' }], 'code');
    const broken = readFileSync('tests/fixtures/broken-scenarios/late-event.json', 'utf8');
    expect(await store.getState().openScenarioFile(file('late-event.json', broken))).toBe(false);
    const s = store.getState();
    expect(s.scenarios.map((x) => x.id)).toEqual(BUILT_IN);
    expect(s.scenarioFile?.problems.map((p) => p.path)).toEqual(['$.events[3].minTurn']);
    expect(s.awaiting).toHaveLength(1);
  });
});
