// What the facilitator's page reads back from storage: issue 12 defects 1, 2 and 7, each reproduced here.
import { describe, expect, it } from 'vitest';
import { encodeResultCode, parseScenario, playPlan, serializeSave } from '../../src/sim';
import { FACILITATOR_FORMAT, FACILITATOR_VERSION } from '../../src/store/facilitator-persist';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { loadCodec } from '../../src/store/load-codec';
import { plan, scenario } from './analysis-helpers';
import { fullShelf, storedTexts, testShelf } from './test-shelf';

const stored = (session: object, teams: { name: string; code: string; notes: string }[]) =>
  JSON.stringify({ format: FACILITATOR_FORMAT, version: FACILITATOR_VERSION, session, teams, notes: '' });

const good = encodeResultCode(scenario, playPlan(scenario, 'st-1', plan('continuity-dialogue')).game);
const bumped = parseScenario({ ...scenario, version: scenario.version + 1 });

describe('the facilitator store reads what it stored', () => {
  it('keeps a team that no longer decodes, with its reason and full code, through the next save (defect 1)', async () => {
    const shelf = await testShelf();
    const text = stored({ scenario: 'default', seed: 'st-1' }, [{ name: 'Lyon', code: good, notes: 'kept' }]);
    await shelf.put('sessions', 's-1', text, 'new');
    // The page now has a newer version of the scenario: the stored code was made with the earlier one.
    const fac = createFacilitatorStore([bumped], shelf, () => 1);
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
    expect(JSON.parse((await storedTexts(shelf, 'sessions'))[0]!).teams).toEqual([
      { name: 'Lyon', code: good, notes: 'kept' },
    ]);
    fac.getState().removeStale(good);
    expect(JSON.parse((await storedTexts(shelf, 'sessions'))[0]!).teams).toEqual([]);
  });

  it('checks stored values against the interface limits before anything is drawn (defect 2)', async () => {
    const shelf = await testShelf();
    const raw = stored({ scenario: 'default', seed: 'x', turns: 1000000000 }, []);
    await shelf.put('sessions', 's-1', raw, 'new');
    const fac = createFacilitatorStore([scenario], shelf, () => 1);
    expect(fac.getState().storeProblem).toEqual({ message: expect.stringMatching(/turns/), raw });
    expect(fac.getState().session.turns).toBeUndefined();
    const many = stored(
      { scenario: 'default', seed: 'x' },
      Array.from({ length: 501 }, (_, i) => ({ name: `T${i}`, code: good, notes: '' })),
    );
    const other = await testShelf();
    await other.put('sessions', 's-2', many, 'new');
    expect(createFacilitatorStore([scenario], other, () => 1).getState().storeProblem?.message).toMatch(
      /501 teams/,
    );
  });

  it('a full origin still reads what it holds, says so on a write, and loses nothing (defect 7)', async () => {
    await loadCodec();
    const session = stored({ scenario: 'default', seed: 'st-1' }, [{ name: 'Lyon', code: good, notes: '' }]);
    const game = serializeSave(scenario, playPlan(scenario, 'full-1', plan('continuity-dialogue')).game);
    const shelf = await fullShelf({
      sessions: [{ id: 's-1', text: session, rev: 1, updated: '2024-05-01T10:00:00.000Z' }],
      games: [{ id: 'g-1', text: game, rev: 1, updated: '2024-05-01T10:00:00.000Z' }],
    });
    const fac = createFacilitatorStore([scenario], shelf, () => 1);
    expect(fac.getState().teams.map((t) => t.name)).toEqual(['Lyon']);
    fac.getState().setNotes('cannot be written');
    await shelf.idle();
    expect(fac.getState()).toMatchObject({ canSave: false, storageFull: true });
    expect(shelf.get('sessions', 's-1')?.text).toBe(session);
    // The game page lists the stored game, and a new game that cannot be stored is said, not lost silently.
    const store = createGameStore({ scenarios: [scenario], shelf });
    expect(store.getState().library).toMatchObject([{ id: 'g-1', ok: true, seed: 'full-1' }]);
    expect(store.getState().startGame('no-room', 'retention')).toBe(true);
    await shelf.idle();
    await expect.poll(() => store.getState().notices.map((n) => n.key)).toContain('notice.storageFull');
    expect(store.getState().screen).toBe('play');
    expect(shelf.list('games').map((g) => g.text)).toEqual([game]);
  });
});
