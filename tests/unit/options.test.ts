// The legality query (src/sim/options.ts) against the sim's own verdicts: on random reachable states and
// random decisions, an option is allowed exactly when validateDecision accepts the decision with it, and
// every decision it allows plays. The budget is also set at random on some states, to reach the edges
// (a few k€ left, a governance fee larger than the budget) that whole games seldom stop on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustDecision } from '../../src/analysis/what-if';
import {
  allowedIds,
  contextOf,
  type GameContext,
  initialState,
  newGame,
  ONE,
  planDecision,
  playTurn,
  replay,
  type SimState,
  type TurnDecision,
  turnOptions,
  validateDecision,
} from '../../src/sim';
import { budgetPlan, draftProblems } from '../../src/store/views';
import { gameArb, scenario } from './random-game';

interface Case {
  ctx: GameContext;
  state: SimState;
}

/** A state some random or reference game went through, sometimes with another budget. */
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    game: gameArb,
    at: fc.nat(),
    budget: fc.option(fc.integer({ min: 0, max: 40 * ONE }), { freq: 2 }),
    event: fc.option(fc.constantFrom(...scenario.events.map((e) => e.id)), { freq: 3 }),
  })
  .map(({ game, at, budget, event }) => {
    const played = replay(scenario, game);
    const states = [played.initial, ...played.records.map((r) => r.state)];
    let state = states[at % states.length]!;
    if (budget !== null) state = { ...state, vars: { ...state.vars, budget } };
    if (event !== null && !state.ending) state = { ...state, pendingEvent: event };
    // A short name in a counterexample instead of the whole scenario.
    const label = { seed: game.seed, turn: state.turn, budget: state.vars.budget, event: state.pendingEvent };
    return { ctx: contextOf(scenario, game), state, [fc.toStringMethod]: () => JSON.stringify(label) };
  });

const ids = {
  approach: scenario.approaches.map((o) => o.id),
  voice: scenario.voices.map((o) => o.id),
  governance: scenario.governances.map((o) => o.id),
  kpi: scenario.measure.kpis.map((k) => k.id),
  move: scenario.moves.map((m) => m.id),
};
const allResponses = [...new Set(scenario.events.flatMap((e) => e.responses.map((r) => r.id)))];

/** Any decision made of the scenario's ids: duplicates, too many KPIs or moves, any answer or none. */
const decisionArb: fc.Arbitrary<TurnDecision> = fc
  .record({
    approach: fc.constantFrom(...ids.approach),
    voice: fc.constantFrom(...ids.voice),
    governance: fc.constantFrom(...ids.governance),
    measure: fc.array(fc.constantFrom(...ids.kpi), { maxLength: scenario.measure.max + 1 }),
    moves: fc.array(fc.constantFrom(...ids.move), { maxLength: scenario.maxMovesPerTurn + 1 }),
    response: fc.option(fc.constantFrom(...allResponses), { freq: 4 }),
  })
  .map(({ response, ...d }) => (response === null ? d : { ...d, response }));

const accepted = (c: Case, d: TurnDecision) => validateDecision(c.ctx, c.state, d).length === 0;

/** The decision made legal the way the what-if does it, so that options can be tried one at a time. */
function legalDraft(c: Case, d: TurnDecision): TurnDecision {
  const fitted = adjustDecision(c.ctx, c.state, d).decision;
  return { ...fitted, measure: [...new Set(fitted.measure)].slice(0, scenario.measure.max) };
}

const RUNS = 400;

describe('turnOptions agrees with validateDecision', () => {
  it('a decision is accepted exactly when every option it chose is allowed and its answer fits the event', () => {
    fc.assert(
      fc.property(caseArb, decisionArb, (c, d) => {
        const menu = turnOptions(c.ctx, c.state, d);
        const chosen = [
          ...menu.approach,
          ...menu.voice,
          ...menu.governance,
          ...menu.measure,
          ...menu.moves,
          ...(menu.responses ?? []),
        ].filter((o) => o.selected);
        // What a list of option verdicts cannot show: a repeated id, an answer missing or not offered.
        const repeated = new Set(d.measure).size < d.measure.length || new Set(d.moves).size < d.moves.length;
        const answerFits = menu.responses
          ? menu.responses.some((o) => o.id === d.response)
          : d.response === undefined;
        const expected = chosen.every((o) => o.allowed) && answerFits && !repeated && !c.state.ending;
        expect(accepted(c, d)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('each option not chosen is allowed exactly when the draft with it is accepted', () => {
    fc.assert(
      fc.property(caseArb, decisionArb, (c, wanted) => {
        if (c.state.ending) return;
        const d = legalDraft(c, wanted);
        expect(validateDecision(c.ctx, c.state, d)).toEqual([]);
        const menu = turnOptions(c.ctx, c.state, d);
        const check = (
          option: { id: string; allowed: boolean; selected: boolean },
          changed: TurnDecision,
        ) => {
          if (option.selected) return;
          expect({ id: option.id, allowed: option.allowed }).toEqual({
            id: option.id,
            allowed: accepted(c, changed),
          });
        };
        for (const field of ['approach', 'voice', 'governance'] as const)
          for (const o of menu[field]) check(o, { ...d, [field]: o.id });
        for (const o of menu.measure) check(o, { ...d, measure: [...d.measure, o.id] });
        for (const o of menu.moves) check(o, { ...d, moves: [...d.moves, o.id] });
        for (const o of menu.responses ?? []) check(o, { ...d, response: o.id });
        // The chosen ones are allowed in a legal draft.
        for (const list of [menu.approach, menu.voice, menu.governance, menu.measure, menu.moves])
          for (const o of list) if (o.selected) expect(o.allowed).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('every decision it allows plays, and the budget left is what the turn leaves before the allowance', () => {
    fc.assert(
      fc.property(caseArb, decisionArb, (c, wanted) => {
        if (c.state.ending) return;
        const d = legalDraft(c, wanted);
        const menu = turnOptions(c.ctx, c.state, d);
        const record = playTurn(c.ctx, c.state, d);
        const paid = (cause: string) =>
          (record.explanation.budget ?? [])
            .filter((x) => x.cause === cause || x.cause.startsWith(`${cause}:`))
            .reduce((sum, x) => sum + x.delta, 0);
        // What the sim booked to the governance change and the moves is what options.ts reckoned.
        expect(0 - paid('governance:change')).toBe(menu.budget.governanceFee);
        expect(0 - paid('move')).toBe(menu.budget.moves);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('with 3 k€ left, a governance change and a viral complaint (the drift issue 8 found)', () => {
  const game = newGame(scenario, 'drift', 'retention');
  const ctx = contextOf(scenario, game);
  const start = initialState(ctx, game.seed);
  const state: SimState = {
    ...start,
    pendingEvent: 'viral-complaint',
    vars: { ...start.vars, budget: 3 * ONE },
  };
  const d: TurnDecision = {
    approach: 'continuity',
    voice: 'dialogue',
    governance: 'bottom-up',
    measure: ['retention'],
    moves: [],
    response: 'silence',
  };

  it('the sim, the options, the store, the what-if and the plan runner all allow the free answer', () => {
    expect(validateDecision(ctx, state, d)).toEqual([]);
    const menu = turnOptions(ctx, state, d);
    expect(allowedIds(menu.responses!)).toEqual(['silence']);
    expect(menu.responses!.find((o) => o.id === 'dialogue')!.blocks).toEqual([
      { reason: 'budget', cost: 3 * ONE, left: 0, short: 3 * ONE },
    ]);
    expect(draftProblems(ctx, state, d)).toEqual([]);
    expect(budgetPlan(ctx, state, d)).toMatchObject({
      budget: 3,
      governance: 3,
      response: 0,
      underfunded: true,
    });
    const fitted = adjustDecision(ctx, state, { ...d, response: 'dialogue' });
    expect(fitted.decision.governance).toBe('bottom-up');
    expect(fitted.decision.response).toBe('silence');
    const plan = {
      name: 'switch',
      every_turn: { governance: 'bottom-up' },
      responses: { 'viral-complaint': 'dialogue' },
    };
    expect(planDecision(ctx, plan, state, []).response).toBe('silence');
  });

  it('names what each refused option lacks', () => {
    const rich: SimState = { ...state, vars: { ...state.vars, budget: 20 * ONE } };
    const draft = { ...d, governance: 'top-down', moves: ['train-employees'], response: 'dialogue' };
    const menu = turnOptions(ctx, rich, draft);
    // 20 k€: training (15) and the public answer (3) fit, a change of governance (10) would not.
    expect(menu.governance.find((o) => o.id === 'bottom-up')!.blocks).toEqual([
      { reason: 'budget', cost: 18 * ONE, left: 10 * ONE, short: 8 * ONE },
    ]);
    const move = (id: string) => menu.moves.find((o) => o.id === id)!.blocks.map((b) => b.reason);
    expect(move('evangelist-team')).toEqual(['budget']);
    expect(move('social-department')).toEqual(['phase', 'requires', 'budget']);
    expect(menu.moves.find((o) => o.id === 'social-department')!.blocks[1]).toEqual({
      reason: 'requires',
      missing: ['exec-sponsor'],
    });
    const full = turnOptions(ctx, rich, { ...draft, measure: ['retention', 'satisfaction', 'engagement'] });
    expect(full.measure.find((o) => o.id === 'likes')!.blocks).toEqual([{ reason: 'kpi-limit', max: 3 }]);
    const held = turnOptions(ctx, { ...rich, moves: ['exec-sponsor'] }, { ...draft, moves: [] });
    expect(held.moves.find((o) => o.id === 'exec-sponsor')!.blocks).toEqual([{ reason: 'held' }]);
    const two = turnOptions(
      ctx,
      { ...rich, vars: { ...rich.vars, budget: 60 * ONE } },
      {
        ...draft,
        moves: ['exec-sponsor', 'evangelist-team'],
      },
    );
    expect(two.moves.find((o) => o.id === 'train-employees')!.blocks).toEqual([
      { reason: 'moves-limit', max: 2 },
    ]);
    const over = turnOptions(ctx, { ...rich, ending: 'cancelled' }, draft);
    expect(over.approach.every((o) => o.blocks[0]?.reason === 'ended')).toBe(true);
  });
});
