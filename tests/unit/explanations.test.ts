// Faithful explanations: every change is booked to what caused it. Carry-over never depends on this
// quarter's choices; the event's own blow does not depend on the answer; measurement noise is booked as
// its own cause; a move's multipliers are booked to the move; explanations built lazily equal eager ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Contribution,
  contextOf,
  type GameContext,
  initialState,
  replay,
  type Scenario,
  type SimState,
  step,
  type TurnDecision,
  type TurnRecord,
  validateDecision,
} from '../../src/sim';
import { gameArb, scenario } from './random-game';

const RUNS = 60;

/** Every (variable, cause) booked by a turn, for causes that match. */
function booked(record: TurnRecord, match: (cause: string) => boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [v, list] of Object.entries(record.explanation) as [string, Contribution[]][])
    for (const c of list) if (match(c.cause)) out[`${v} ${c.cause}`] = c.delta;
  return out;
}

/** The states a game went through, with the decision taken from each. */
function turnsOf(s: Scenario, game: Parameters<typeof replay>[1]) {
  const r = replay(s, game);
  const ctx: GameContext = { ...contextOf(s, game), explain: true };
  const states = [r.initial, ...r.records.map((x) => x.state)];
  return { ctx, turns: game.turns.map((d, i) => ({ state: states[i]!, d })) };
}

/** Another legal decision from the same state: other approach, voice and KPIs, same moves and answer. */
function otherDecision(ctx: GameContext, state: SimState, d: TurnDecision): TurnDecision | null {
  const sc = ctx.scenario;
  const next = <T extends { id: string }>(list: readonly T[], id: string) =>
    list[(list.findIndex((x) => x.id === id) + 1) % list.length]!.id;
  const alt: TurnDecision = {
    ...d,
    approach: next(sc.approaches, d.approach),
    voice: next(sc.voices, d.voice),
    measure: sc.measure.kpis
      .map((k) => k.id)
      .filter((k) => !d.measure.includes(k))
      .slice(0, sc.measure.max),
  };
  return validateDecision(ctx, state, alt).length === 0 ? alt : null;
}

describe('explanations book each change to its cause', () => {
  it('carry-over never changes with this quarter’s choices', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const { ctx, turns } = turnsOf(scenario, game);
        for (const { state, d } of turns) {
          const alt = otherDecision(ctx, state, d);
          if (!alt) continue;
          const carry = (c: string) => c.startsWith('carry:');
          expect(booked(step(ctx, state, alt), carry)).toEqual(booked(step(ctx, state, d), carry));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the event’s own blow is the same whatever the answer; the answer is booked apart', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const { ctx, turns } = turnsOf(scenario, game);
        for (const { state, d } of turns) {
          const event = scenario.events.find((e) => e.id === state.pendingEvent);
          if (!event || event.responses.length < 2) continue;
          const own = (c: string) => c === `event:${event.id}`;
          const base = booked(step(ctx, state, d), own);
          for (const r of event.responses) {
            const alt = { ...d, response: r.id };
            if (validateDecision(ctx, state, alt).length > 0) continue;
            const rec = step(ctx, state, alt);
            expect(booked(rec, own)).toEqual(base);
            const answer = booked(rec, (c) => c.startsWith('answer:'));
            for (const key of Object.keys(answer))
              expect(key).toMatch(new RegExp(`answer:${event.id}:${r.id}$`));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('measurement noise is its own cause: without noise there is no luck of the dashboard', () => {
    const quiet: Scenario = {
      ...scenario,
      measure: { ...scenario.measure, kpis: scenario.measure.kpis.map((k) => ({ ...k, noise: 0 })) },
    };
    fc.assert(
      fc.property(gameArb, (game) => {
        const ctx: GameContext = { ...contextOf(quiet, game), explain: true };
        let state = initialState(ctx, game.seed);
        let noisy = false;
        for (const d of game.turns) {
          const rec = step(ctx, state, d);
          noisy ||= Object.keys(booked(rec, (c) => c === 'management:noise')).length > 0;
          state = rec.state;
          if (state.ending) break;
        }
        expect(noisy).toBe(false);
      }),
      { numRuns: RUNS },
    );
    // With noise, luck does show up, on one side or the other.
    const { ctx, turns } = turnsOf(scenario, gameArbSample());
    const lucky = turns.some(
      ({ state, d }) => Object.keys(booked(step(ctx, state, d), (c) => c === 'management:noise')).length > 0,
    );
    expect(lucky).toBe(true);
  });

  it('a move’s growth multiplier is booked to the move, not to the approach or the voice', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const { ctx, turns } = turnsOf(scenario, game);
        for (const { state, d } of turns) {
          if (!state.moves.includes('evangelist-team')) continue;
          const without = { ...state, moves: state.moves.filter((m) => m !== 'evangelist-team') };
          const mine = (c: string) => c.startsWith('approach:') || c.startsWith('voice:');
          const a = booked(step(ctx, state, d), mine);
          const b = booked(step(ctx, without, d), mine);
          expect(a[`community approach:${d.approach}`]).toBe(b[`community approach:${d.approach}`]);
          expect(a[`community voice:${d.voice}`]).toBe(b[`community voice:${d.voice}`]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('an explanation built when first read equals one built as the turn is played', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const { ctx, turns } = turnsOf(scenario, game);
        const lazy: GameContext = { ...ctx, explain: undefined };
        for (const { state, d } of turns) {
          const eager = step(ctx, state, d);
          const later = step(lazy, state, d);
          expect(later.state).toEqual(eager.state);
          expect(later.explanation).toEqual(eager.explanation);
          // A lazy turn reads, spreads into JSON and lists its fields like any record.
          expect(JSON.stringify(later)).toBe(JSON.stringify(eager));
          expect(Object.keys(JSON.parse(JSON.stringify(later))).sort()).toEqual(Object.keys(eager).sort());
        }
      }),
      { numRuns: RUNS },
    );
  });
});

function gameArbSample() {
  return fc.sample(
    gameArb.filter((g) => g.turns.some((t) => t.measure.length > 0)),
    { numRuns: 1, seed: 7 },
  )[0]!;
}
