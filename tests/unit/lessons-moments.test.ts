// L11: every option has its moment. For each moment of tests/unit/moments.ts, the plan that takes the
// option in its situation does better than each alternative on most of the 500 seeds where the choice
// changes the outcome.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  initialState,
  newGame,
  type Plan,
  parsePlan,
  parseScenarioText,
  planDecision,
  planObjective,
  playTurn,
  type SimState,
} from '../../src/sim';
import { CAREFUL, MOMENTS, type Moment } from './moments';

const SEEDS = Number(process.env.MOMENT_SEEDS ?? 500);
const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const seeds = Array.from({ length: SEEDS }, (_, i) => `moment-${i + 1}`);

/** Running programmes first, then the phase, then trust + buy-in to the hundredth. */
const worth = (s: SimState) =>
  (s.ending === 'completed' ? 1e9 : 0) + s.phase * 1e7 + s.vars.trust + s.vars.buyIn;

/**
 * Plays a moment's plan on one seed and returns the state it is judged on. For an answer, the plan's
 * answer is given only in the moment's turn; the same event drawn in other turns gets the careful answer.
 */
function playMoment(m: Moment, plan: Plan, seed: string): SimState {
  const setup = m.setup ?? {};
  const game = newGame(scenario, seed, planObjective(plan, scenario), setup);
  const ctx = { ...contextOf(scenario, game), explain: false };
  const usual: Plan | null = m.answer
    ? {
        ...plan,
        responses: { ...plan.responses, [m.answer.event]: CAREFUL.responses?.[m.answer.event] ?? '' },
      }
    : null;
  if (usual && !usual.responses![m.answer!.event]) delete usual.responses![m.answer!.event];
  const queue: string[] = [];
  let state = initialState(ctx, seed);
  while (!state.ending) {
    const now = !usual || state.turn + 1 === m.answer!.turn ? plan : usual;
    state = playTurn(ctx, state, planDecision(ctx, now, state, queue)).state;
    if (m.judgeAt !== undefined && state.turn === m.judgeAt) break;
  }
  return state;
}

describe('L11: every option has its moment', () => {
  for (const m of MOMENTS) {
    it(`${m.option}: ${m.situation}`, () => {
      const play = (p: Plan) => seeds.map((seed) => worth(playMoment(m, parsePlan(p, scenario), seed)));
      const taken = play(m.take);
      for (const [name, other] of Object.entries(m.instead)) {
        const alt = play(other);
        // Seeds where the situation never arises (a phase never reached) end the same: they decide nothing.
        const wins = taken.filter((v, i) => v > alt[i]!).length;
        const decided = taken.filter((v, i) => v !== alt[i]!).length;
        if (process.env.MOMENT_REPORT)
          console.log(`${m.option} vs ${name}: ${(wins / decided).toFixed(2)} of ${decided}`);
        expect(decided, `${m.option} against ${name}: seeds where it matters`).toBeGreaterThan(SEEDS * 0.1);
        expect(wins / decided, `${m.option} against ${name}`).toBeGreaterThan(0.5);
      }
    });
  }
});
