// Defect 8: a session seed with spaces ("lyon ") put every team in "other session", and a seed of only
// spaces locked the title screen. One function (cleanSeed) cleans seeds everywhere.
import { describe, expect, it } from 'vitest';
import { sessionMismatch } from '../../src/analysis/collect';
import { parseSessionLink, sessionProblems } from '../../src/analysis/session';
import { checkGameRecord, cleanSeed, newGame } from '../../src/sim';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { scenario } from './analysis-helpers';

describe('seeds are cleaned the same way everywhere', () => {
  it('cleanSeed trims, normalises and bounds', () => {
    expect(cleanSeed(' lyon ')).toBe('lyon');
    expect(cleanSeed('   ')).toBeNull();
    expect(cleanSeed('e\u0301te')).toBe('\u00e9te');
    expect(cleanSeed('x'.repeat(65))).toBeNull();
  });

  it('a session link with "lyon " gives the seed "lyon", one of only spaces is refused with a reason', () => {
    const link = parseSessionLink('#setup=1&scenario=default&seed=lyon%20');
    expect(link).toEqual({ ok: true, session: { scenario: 'default', seed: 'lyon' } });
    const blank = parseSessionLink('#setup=1&scenario=default&seed=%20%20%20');
    expect(blank?.ok).toBe(false);
    const store = createGameStore({ scenarios: [scenario] });
    expect(store.getState().joinSession(blank!)).toBe(false);
    // The title screen is not locked: the team can still start a game of its own.
    expect(store.getState().session).toBeNull();
    expect(store.getState().toBriefing()).toBe(true);
    expect(sessionProblems({ scenario: 'default', seed: ' lyon' }, scenario)).not.toEqual([]);
  });

  it('a facilitator who types "lyon " sees the teams that played "lyon" in the session', () => {
    const fac = createFacilitatorStore([scenario], null, () => 7);
    fac.getState().setSession({ seed: 'lyon ' });
    expect(fac.getState().session.seed).toBe('lyon');
    expect(fac.getState().seedInput).toBe('lyon ');
    const game = newGame(scenario, cleanSeed('lyon ')!, scenario.objectives[0]!.id);
    expect(sessionMismatch(game, fac.getState().session)).toEqual([]);
    fac.getState().setSession({ seed: '   ' });
    expect(fac.getState().session.seed).toBe('lyon');
  });

  it('games hold only clean seeds', () => {
    const game = newGame(scenario, 'lyon', scenario.objectives[0]!.id);
    expect(checkGameRecord(game).ok).toBe(true);
    expect(checkGameRecord({ ...game, seed: 'lyon ' }).ok).toBe(false);
  });
});
