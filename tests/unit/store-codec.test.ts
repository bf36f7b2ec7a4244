// The game page loads the codec (saves and result codes, with zod) after the title screen on a first visit.
// Whatever the player does before it has loaded must happen once it has, in order, as if it had been there.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeResultCode, parsePlan, parseSave, parseScenarioText, playPlan } from '../../src/sim';
import { memoryStorage } from './memory-storage';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const now = () => '2024-05-01T10:00:00.000Z';

/** A fresh copy of the store's modules, so the codec has not loaded yet. */
async function freshModules() {
  vi.resetModules();
  const store = await import('../../src/store/game-store');
  const codec = await import('../../src/store/load-codec');
  const persist = await import('../../src/store/persist');
  expect(codec.loadedCodec()).toBeNull();
  return { ...store, ...codec, SAVE_KEY: persist.SAVE_KEY };
}

describe('the codec loading after the store', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('writes the saves asked for before it loaded, in order', async () => {
    const m = await freshModules();
    const storage = memoryStorage();
    const store = m.createGameStore({ scenarios: [scenario], storage, now });
    expect(store.getState().startGame('late-codec', 'retention')).toBe(true);
    store.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
    expect(store.getState().confirmTurn()).not.toBeNull();
    expect(storage.data.has(m.SAVE_KEY)).toBe(false);
    await m.loadCodec();
    const saved = parseSave(storage.data.get(m.SAVE_KEY)!, [scenario]);
    expect(saved.game).toEqual(store.getState().game);
    expect(store.getState().saved).toMatchObject({ seed: 'late-codec', played: 1, ended: false });
  });

  it('reads a save, or reports it broken, once it has loaded', async () => {
    for (const [text, saved, notice] of [
      ['{not json', null, 'notice.save.not-json'],
      ['{"hello": "world"}', null, 'notice.save.not-a-save'],
    ] as const) {
      const m = await freshModules();
      const storage = memoryStorage();
      storage.setItem(m.SAVE_KEY, text);
      const store = m.createGameStore({ scenarios: [scenario], storage, now });
      m.bootStore(store, storage, null);
      await m.loadCodec();
      expect(store.getState().saved).toBe(saved);
      expect(store.getState().screen).toBe('title');
      expect(store.getState().notices.map((n) => n.key)).toContain(notice);
    }
  });

  it('resumes a good save once it has loaded', async () => {
    const first = await freshModules();
    const storage = memoryStorage();
    await first.loadCodec();
    const played = first.createGameStore({ scenarios: [scenario], storage, now });
    played.getState().startGame('resume-late', 'retention');
    const m = await freshModules();
    const store = m.createGameStore({ scenarios: [scenario], storage, now });
    m.bootStore(store, storage, null);
    await m.loadCodec();
    expect(store.getState().saved).toMatchObject({ seed: 'resume-late', played: 0 });
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
    const store = m.createGameStore({ scenarios: [scenario], storage: memoryStorage(), now });
    expect(store.getState().loadResultCode(code)).toBe(false);
    expect(store.getState().resultCode()).toBeNull();
    await m.loadCodec();
    expect(store.getState().screen).toBe('end');
    expect(store.getState().source).toBe('code');
    expect(store.getState().resultCode()).toBe(code);
  });
});
