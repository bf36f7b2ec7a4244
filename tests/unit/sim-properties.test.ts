// Property tests of the model over random legal games: bounds, explanations that add up, replay = play,
// determinism through JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  initialState,
  KPI_IDS,
  ONE,
  playTurn,
  replay,
  type SimState,
  stateHash,
  type TurnRecord,
  VAR_IDS,
} from '../../src/sim';
import { gameArb, scenario } from './random-game';

const MAX = 100 * ONE;
const RUNS = 120;

function checkBounds(s: SimState): void {
  for (const v of VAR_IDS) {
    const max = v === 'budget' ? scenario.tuning.budgetCap * ONE : MAX;
    expect(Number.isInteger(s.vars[v]), v).toBe(true);
    expect(s.vars[v], v).toBeGreaterThanOrEqual(0);
    expect(s.vars[v], v).toBeLessThanOrEqual(max);
  }
  for (const k of KPI_IDS) {
    expect(s.kpis[k]).toBeGreaterThanOrEqual(0);
    expect(s.kpis[k]).toBeLessThanOrEqual(MAX);
  }
  expect(s.reach).toBeGreaterThanOrEqual(0);
  expect(s.reach).toBeLessThanOrEqual(MAX);
  expect(s.phase).toBeGreaterThanOrEqual(0);
  expect(s.phase).toBeLessThanOrEqual(2);
}

function sumOf(record: TurnRecord, v: string): number {
  return (record.explanation[v as keyof typeof record.explanation] ?? []).reduce((a, c) => a + c.delta, 0);
}

describe('model properties over random legal games', () => {
  it('keeps every variable and KPI in bounds, as integers', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const r = replay(scenario, game);
        checkBounds(r.initial);
        for (const rec of r.records) checkBounds(rec.state);
      }),
      { numRuns: RUNS },
    );
  });

  it('explains every change: the contributions to a variable sum to its change', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const r = replay(scenario, game);
        let before = r.initial;
        for (const rec of r.records) {
          for (const v of VAR_IDS) expect(sumOf(rec, v), v).toBe(rec.state.vars[v] - before.vars[v]);
          expect(sumOf(rec, 'reach')).toBe(rec.state.reach - before.reach);
          before = rec.state;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('shows only measured KPIs on the dashboard, at most the scenario maximum', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const r = replay(scenario, game);
        r.records.forEach((rec, i) => {
          const measured = game.turns[i]!.measure;
          expect(measured.length).toBeLessThanOrEqual(scenario.measure.max);
          for (const k of KPI_IDS) expect(rec.state.dashboard[k] === null).toBe(!measured.includes(k));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('replay equals play, and a state that went through JSON plays on identically', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const r = replay(scenario, game);
        const ctx = contextOf(scenario, game);
        let state: SimState = JSON.parse(JSON.stringify(initialState(ctx, game.seed)));
        game.turns.forEach((d, i) => {
          const rec = playTurn(ctx, state, d);
          expect(stateHash(rec.state)).toBe(stateHash(r.records[i]!.state));
          state = JSON.parse(JSON.stringify(rec.state));
        });
        expect(stateHash(replay(scenario, JSON.parse(JSON.stringify(game))).final)).toBe(stateHash(r.final));
      }),
      { numRuns: RUNS },
    );
  });

  it('never changes the state it is given', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const ctx = contextOf(scenario, game);
        let state = initialState(ctx, game.seed);
        for (const d of game.turns) {
          const frozen = JSON.stringify(state);
          const next = playTurn(ctx, state, d).state;
          expect(JSON.stringify(state)).toBe(frozen);
          state = next;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('ends a game exactly once: cancelled, community lost, or after the last turn', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const r = replay(scenario, game);
        const turns = game.setup.turns ?? scenario.turns;
        r.records.forEach((rec, i) => {
          const last = i === r.records.length - 1;
          if (!last) expect(rec.state.ending).toBeNull();
          if (rec.state.ending === 'completed') expect(rec.turn).toBe(turns);
          if (rec.state.ending === 'cancelled')
            expect(rec.state.vars.buyIn).toBeLessThanOrEqual(scenario.tuning.cancelBelow * ONE);
          if (rec.state.ending === 'community-lost')
            expect(rec.state.vars.trust).toBeLessThanOrEqual(scenario.tuning.communityLostBelow * ONE);
          if (rec.state.ending) expect(rec.state.pendingEvent).toBeNull();
        });
      }),
      { numRuns: RUNS },
    );
  });
});
