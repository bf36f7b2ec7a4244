// The game page loads the codec (saves and result codes, with zod) after the title screen on a first visit.
// Whatever the player does before it has loaded must happen once it has, in order, as if it had been there.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeResultCode, parsePlan, parseSave, parseScenarioText, playPlan } from '../../src/sim';
import { reopen, storedTexts, testShelf } from './test-shelf';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const now = () => '2024-05-01T10:00:00.000Z';

/** A fresh copy of the store's modules, so the codec has not loaded yet. */
async function freshModules() {
  vi.resetModules();
  const store = await import('../../src/store/game-store');
  const codec = await import('../../src/store/load-codec');
  expect(codec.loadedCodec()).toBeNull();
  return { ...store, ...codec };
}

describe('the codec loading after the store', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('writes the saves asked for before it loaded, in order', async () => {
    const m = await freshModules();
    const shelf = await testShelf();
    const store = m.createGameStore({ scenarios: [scenario], shelf, now });
    expect(store.getState().startGame('late-codec', 'retention')).toBe(true);
    store.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
    expect(store.getState().confirmTurn()).not.toBeNull();
    expect(await storedTexts(shelf)).toEqual([]);
    await m.loadCodec();
    const texts = await storedTexts(shelf);
    expect(texts).toHaveLength(1);
    expect(parseSave(texts[0]!, [scenario]).game).toEqual(store.getState().game);
    expect(store.getState().library).toMatchObject([{ seed: 'late-codec', played: 1, ending: null }]);
  });

  it('reads a save, or reports it broken, once it has loaded', async () => {
    for (const [text, code, notice] of [
      ['{not json', 'not-json', 'notice.save.not-json'],
      ['{"hello": "world"}', 'not-a-save', 'notice.save.not-a-save'],
    ] as const) {
      const m = await freshModules();
      const shelf = await testShelf();
      await shelf.put('games', 'old', text, 'new');
      const store = m.createGameStore({ scenarios: [scenario], shelf, now });
      m.bootStore(store, null, null, 'old');
      await m.loadCodec();
      await expect.poll(() => store.getState().library).toMatchObject([{ id: 'old', ok: false, code }]);
      expect(store.getState().screen).toBe('title');
      expect(store.getState().notices.map((n) => n.key)).toContain(notice);
    }
  });

  it('resumes a good save once it has loaded', async () => {
    const first = await freshModules();
    const shelf = await testShelf();
    await first.loadCodec();
    const played = first.createGameStore({ scenarios: [scenario], shelf, now });
    played.getState().startGame('resume-late', 'retention');
    await shelf.idle();
    const m = await freshModules();
    const store = m.createGameStore({ scenarios: [scenario], shelf: await reopen(shelf), now });
    m.bootStore(store, null, null, played.getState().gameId);
    await m.loadCodec();
    await expect.poll(() => store.getState().library).toMatchObject([{ seed: 'resume-late', played: 0 }]);
    expect(store.getState().screen).toBe('play');
    expect(store.getState().game).toEqual(played.getState().game);
  });

  it('opens a result code typed before it loaded', async () => {
    const plan = parsePlan(
      JSON.parse(readFileSync('scenarios/plans/continuity-dialogue.json', 'utf8')),
      scenario,
    );
    const code = encodeResultCode(scenario, playPlan(scenario, 'code-late', plan).game);
    const m = await freshModules();
    const store = m.createGameStore({ scenarios: [scenario], shelf: await testShelf(), now });
    expect(store.getState().loadResultCode(code)).toBe(false);
    expect(store.getState().resultCode()).toBeNull();
    await m.loadCodec();
    expect(store.getState().screen).toBe('end');
    expect(store.getState().source).toBe('code');
    expect(store.getState().resultCode()).toBe(code);
  });
});
