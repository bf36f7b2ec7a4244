// What the facilitator's page reads back from storage: issue 12 defects 1, 2 and 7, each reproduced here.
import { describe, expect, it } from 'vitest';
import { encodeResultCode, parseScenario, playPlan } from '../../src/sim';
import {
  FACILITATOR_FORMAT,
  FACILITATOR_KEY,
  FACILITATOR_VERSION,
} from '../../src/store/facilitator-persist';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { browserStorage, readSaveText, SAVE_KEY } from '../../src/store/persist';
import { plan, scenario } from './analysis-helpers';
import { memoryStorage } from './memory-storage';

const stored = (session: object, teams: { name: string; code: string; notes: string }[]) =>
  JSON.stringify({ format: FACILITATOR_FORMAT, version: FACILITATOR_VERSION, session, teams, notes: '' });

const good = encodeResultCode(scenario, playPlan(scenario, 'st-1', plan('continuity-dialogue')).game);
const bumped = parseScenario({ ...scenario, version: scenario.version + 1 });

describe('the facilitator store reads what it stored', () => {
  it('keeps a team that no longer decodes, with its reason and full code, through the next save (defect 1)', () => {
    const storage = memoryStorage();
    storage.setItem(
      FACILITATOR_KEY,
      stored({ scenario: 'default', seed: 'st-1' }, [{ name: 'Lyon', code: good, notes: 'kept' }]),
    );
    // The page now has a newer version of the scenario: the stored code was made with the earlier one.
    const fac = createFacilitatorStore([bumped], storage, () => 1);
    expect(fac.getState().teams).toEqual([]);
    expect(fac.getState().stale).toEqual([
      {
        name: 'Lyon',
        code: good,
        notes: 'kept',
        reason: expect.stringMatching(/earlier version of the scenario/),
      },
    ]);
    fac.getState().setNotes('a change that saves');
    expect(JSON.parse(storage.getItem(FACILITATOR_KEY)!).teams).toEqual([
      { name: 'Lyon', code: good, notes: 'kept' },
    ]);
    fac.getState().removeStale(good);
    expect(JSON.parse(storage.getItem(FACILITATOR_KEY)!).teams).toEqual([]);
  });

  it('checks stored values against the interface limits before anything is drawn (defect 2)', () => {
    const storage = memoryStorage();
    const raw = stored({ scenario: 'default', seed: 'x', turns: 1000000000 }, []);
    storage.setItem(FACILITATOR_KEY, raw);
    const fac = createFacilitatorStore([scenario], storage, () => 1);
    expect(fac.getState().storeProblem).toEqual({ message: expect.stringMatching(/turns/), raw });
    expect(fac.getState().session.turns).toBeUndefined();
    const many = stored(
      { scenario: 'default', seed: 'x' },
      Array.from({ length: 501 }, (_, i) => ({ name: `T${i}`, code: good, notes: '' })),
    );
    storage.setItem(FACILITATOR_KEY, many);
    expect(createFacilitatorStore([scenario], storage, () => 1).getState().storeProblem?.message).toMatch(
      /501 teams/,
    );
  });

  it('a full origin still reads its saves: reading never depends on a test write (defect 7)', () => {
    const full = memoryStorage();
    full.data.set(SAVE_KEY, 'the saved game');
    full.data.set(
      FACILITATOR_KEY,
      stored({ scenario: 'default', seed: 'st-1' }, [{ name: 'Lyon', code: good, notes: '' }]),
    );
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { value: full, configurable: true });
    try {
      const storage = browserStorage();
      expect(readSaveText(storage)).toBe('the saved game');
      const fac = createFacilitatorStore([scenario], storage, () => 1);
      expect(fac.getState().teams.map((t) => t.name)).toEqual(['Lyon']);
      fac.getState().setNotes('cannot be written');
      expect(fac.getState().canSave).toBe(false);
      expect(full.data.get(FACILITATOR_KEY)).toContain('Lyon');
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
