import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateBefore, whatIf } from '../../src/analysis/what-if';
import {
  contextOf,
  GameError,
  playPlan,
  type Replay,
  replay,
  stateHash,
  type TurnDecision,
  validateDecision,
} from '../../src/sim';
import { plan, scenario } from './analysis-helpers';

const hashes = (r: Replay) => [r.initial, ...r.records.map((x) => x.state)].map(stateHash);

describe('what-if replay', () => {
  it('with the same decision gives the same game and needs no adjustment', () => {
    const played = playPlan(scenario, 'wi-same', plan('continuity-dialogue'));
    const result = whatIf(scenario, played.game, 4, played.game.turns[3]!);
    expect(result.adjustments).toEqual([]);
    expect(result.game.turns).toEqual(played.game.turns);
    expect(hashes(result.changed)).toEqual(hashes(played));
  });

  it('equals playing the changed decisions directly, and keeps the turns before the change', () => {
    const played = playPlan(scenario, 'wi-change', plan('campaign-broadcast'));
    const turn = 3;
    const before = played.game.turns[turn - 1]!;
    const changed: TurnDecision = { ...before, approach: 'continuity', voice: 'dialogue' };
    const result = whatIf(scenario, played.game, turn, changed);
    expect(result.game.turns[turn - 1]).toEqual(changed);
    expect(result.game.turns.slice(0, turn - 1)).toEqual(played.game.turns.slice(0, turn - 1));
    const direct = replay(scenario, result.game);
    expect(hashes(result.changed)).toEqual(hashes(direct));
    expect(hashes(result.changed).slice(0, turn)).toEqual(hashes(played).slice(0, turn));
    expect(result.changed.final.vars.trust).not.toBe(played.final.vars.trust);
  });

  it('drops a later move the change already made, and says so', () => {
    const played = playPlan(scenario, 'wi-move', plan('continuity-dialogue'));
    const laterTurn = played.game.turns.findIndex((d, i) => i > 0 && d.moves.includes('train-employees')) + 1;
    expect(laterTurn).toBeGreaterThan(1);
    const first = played.game.turns[0]!;
    const change: TurnDecision = { ...first, moves: [...first.moves, 'train-employees'].slice(-2) };
    expect(validateDecision(contextOf(scenario, played.game), played.initial, change)).toEqual([]);
    const result = whatIf(scenario, played.game, 1, change);
    expect(result.adjustments).toContainEqual({
      turn: laterTurn,
      field: 'moves',
      reason: 'move-held',
      from: 'train-employees',
      to: '',
    });
    expect(hashes(replay(scenario, result.game))).toEqual(hashes(result.changed));
  });

  it('holds the last choices to the end when the new story outlives the game of the team', () => {
    // Find a game that ended early, then rescue its last turn with steady dialogue.
    let checked = 0;
    for (let i = 0; i < 40 && checked < 3; i++) {
      const played = playPlan(scenario, `wi-early-${i}`, plan('campaign-then-drop'));
      if (played.final.ending === 'completed') continue;
      const n = played.game.turns.length;
      for (let turn = n; turn >= Math.max(1, n - 3); turn--) {
        const own = played.game.turns[turn - 1]!;
        const rescue: TurnDecision = { ...own, approach: 'continuity', voice: 'dialogue' };
        const result = whatIf(scenario, played.game, turn, rescue);
        expect(hashes(replay(scenario, result.game))).toEqual(hashes(result.changed));
        if (result.game.turns.length <= n) continue;
        checked++;
        const held = result.adjustments.filter((a) => a.reason === 'held-to-end').map((a) => a.turn);
        expect(held).toEqual(Array.from({ length: result.game.turns.length - n }, (_, k) => n + 1 + k));
        const last = played.game.turns[n - 1]!;
        for (const d of result.game.turns.slice(n)) {
          expect(d.moves).toEqual([]);
          expect([d.approach, d.voice, d.governance]).toEqual([last.approach, last.voice, last.governance]);
        }
        break;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('refuses a changed decision that is not legal in its turn', () => {
    const played = playPlan(scenario, 'wi-bad', plan('continuity-dialogue'));
    const bad: TurnDecision = { ...played.game.turns[0]!, approach: 'teleport' };
    expect(() => whatIf(scenario, played.game, 1, bad)).toThrow(GameError);
    expect(() => whatIf(scenario, played.game, 0, played.game.turns[0]!)).toThrow(GameError);
  });

  it('always yields a legal game equal to its own replay (any plan, seed, turn and change)', () => {
    const plans = ['continuity-dialogue', 'campaign-broadcast', 'viral-gambler', 'campaign-then-drop'];
    const approaches = scenario.approaches.map((a) => a.id);
    const voices = scenario.voices.map((v) => v.id);
    const govs = scenario.governances.map((g) => g.id);
    const kpis = scenario.measure.kpis.map((k) => k.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...approaches),
        fc.constantFrom(...voices),
        fc.constantFrom(...govs),
        fc.uniqueArray(fc.constantFrom(...kpis), { maxLength: scenario.measure.max }),
        (planId, seed, turnPick, approach, voice, governance, measure) => {
          const played = playPlan(scenario, seed, plan(planId));
          const turn = 1 + (turnPick % played.game.turns.length);
          const own = played.game.turns[turn - 1]!;
          const change: TurnDecision = { ...own, approach, voice, governance, measure, moves: [] };
          const ctx = contextOf(scenario, played.game);
          const state = stateBefore(played, turn);
          const problems = validateDecision(ctx, state, change);
          if (problems.length > 0) return; // e.g. a governance change the budget cannot carry with the response
          const result = whatIf(scenario, played.game, turn, change);
          expect(hashes(replay(scenario, result.game))).toEqual(hashes(result.changed));
          expect(hashes(result.changed).slice(0, turn)).toEqual(hashes(played).slice(0, turn));
          if (result.changed.final.ending === null) throw new Error('a what-if stopped before the end');
        },
      ),
      { numRuns: 60, seed: 4242 },
    );
  });
});
