// The what-if's two scopes: the change in one quarter only, or the same change in every quarter from it
// on, with each quarter that could not take it reported with the sim's reasons; and the what-if's result
// code, which must open as the very same game.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateBefore, whatIf } from '../../src/analysis/what-if';
import { directionOf, outcomeOf, phaseAskedAbout, SAME_TRUST } from '../../src/analysis/what-if-outcome';
import {
  contextOf,
  decodeResultCode,
  encodeResultCode,
  GameError,
  playPlan,
  type Replay,
  replay,
  stateHash,
  type TurnDecision,
  turnOptions,
  validateDecision,
} from '../../src/sim';
import { plan, scenario } from './analysis-helpers';

const hashes = (r: Replay) => [r.initial, ...r.records.map((x) => x.state)].map(stateHash);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

describe('what-if from quarter N on', () => {
  const played = playPlan(scenario, 'wi-scope', plan('campaign-broadcast'));
  const turn = 3;
  const own = played.game.turns[turn - 1]!;
  const change: TurnDecision = { ...own, approach: 'continuity', voice: 'dialogue' };

  it('"only N" keeps the team\'s own later approach; "from N" holds the change to the end', () => {
    const only = whatIf(scenario, played.game, turn, change, played, 'only');
    const from = whatIf(scenario, played.game, turn, change, played, 'from');
    expect(only.changedTurns).toEqual([turn]);
    expect(only.game.turns.slice(turn).every((d) => d.approach === 'campaign')).toBe(true);
    expect(
      from.game.turns.slice(turn - 1).every((d) => d.approach === 'continuity' && d.voice === 'dialogue'),
    ).toBe(true);
    expect(from.changedTurns).toEqual(range(turn, from.game.turns.length));
    expect(from.refusals).toEqual([]);
    for (const r of [only, from]) {
      expect(r.game.turns.slice(0, turn - 1)).toEqual(played.game.turns.slice(0, turn - 1));
      expect(hashes(replay(scenario, r.game))).toEqual(hashes(r.changed));
      expect(hashes(r.changed).slice(0, turn)).toEqual(hashes(played).slice(0, turn));
    }
    expect(from.changed.final.vars.trust).not.toBe(only.changed.final.vars.trust);
  });

  it("tries a move the quarter refuses in each later quarter, and reports every refusal with the sim's reasons", () => {
    const steady = playPlan(scenario, 'wi-defer', plan('continuity-dialogue'));
    const first = steady.game.turns[0]!;
    // The social department needs the second phase and an executive sponsor first: not possible in Q1.
    const wanted: TurnDecision = {
      ...first,
      moves: [...first.moves.filter((m) => m !== 'social-department'), 'social-department'],
    };
    expect(() => whatIf(scenario, steady.game, 1, wanted, steady, 'only')).toThrow(GameError);
    const r = whatIf(scenario, steady.game, 1, wanted, steady, 'from');
    expect(hashes(replay(scenario, r.game))).toEqual(hashes(r.changed));
    const refused = r.refusals.filter((x) => x.id === 'social-department');
    expect(refused[0]).toMatchObject({ turn: 1, field: 'moves' });
    expect(refused[0]!.blocks.map((b) => b.reason)).toEqual(expect.arrayContaining(['phase']));
    const madeIn = r.game.turns.findIndex((d) => d.moves.includes('social-department')) + 1;
    const ctx = contextOf(scenario, r.game);
    if (madeIn > 0) {
      // Refused in every quarter before it was made, made once, never after.
      expect(refused.map((x) => x.turn)).toEqual(range(1, madeIn - 1));
      expect(r.changedTurns).toContain(madeIn);
      expect(r.neverMade).toEqual([]);
    } else {
      expect(r.neverMade).toEqual(['social-department']);
      expect(refused.map((x) => x.turn)).toEqual(range(1, r.game.turns.length));
    }
    // Each refusal is the legality query's own verdict on that quarter as played.
    for (const x of refused) {
      expect(x.blocks.length).toBeGreaterThan(0);
      const d = r.game.turns[x.turn - 1]!;
      const verdict = turnOptions(ctx, stateBefore(r.changed, x.turn), d).moves.find((m) => m.id === x.id)!;
      expect(verdict.allowed).toBe(false);
    }
  });

  it('gives the changed answer again when the same event comes back, or says why it could not', () => {
    let checked = 0;
    for (let i = 0; i < 60 && checked < 3; i++) {
      const game = playPlan(scenario, `wi-again-${i}`, plan('continuity-dialogue'));
      const events = game.records.map((x) => x.event?.id ?? null);
      const at = events.findIndex((e, k) => {
        const ev = scenario.events.find((x) => x.id === e);
        return !!ev && ev.responses.length > 1 && events.indexOf(e, k + 1) > k;
      });
      if (at < 0) continue;
      const turn = at + 1;
      const own = game.game.turns[at]!;
      const ev = scenario.events.find((x) => x.id === events[at])!;
      const other = ev.responses.find((x) => x.id !== own.response && x.cost === 0);
      if (!other) continue;
      const d: TurnDecision = { ...own, response: other.id };
      const ctx = contextOf(scenario, game.game);
      if (validateDecision(ctx, stateBefore(game, turn), d).length > 0) continue;
      const r = whatIf(scenario, game.game, turn, d, game, 'from');
      expect(hashes(replay(scenario, r.game))).toEqual(hashes(r.changed));
      r.changed.records.forEach((rec, k) => {
        if (k < at || rec.event?.id !== ev.id) return;
        const refusal = r.refusals.find((x) => x.turn === k + 1 && x.field === 'response');
        if (r.game.turns[k]!.response === other.id) expect(r.changedTurns).toContain(k + 1);
        else expect(refusal?.blocks[0]?.reason).toBe('budget');
        if (k > at) checked++;
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says which quarters the change never reached when the new story ends first', () => {
    let found = 0;
    for (let i = 0; i < 30 && found === 0; i++) {
      const game = playPlan(scenario, `wi-end-${i}`, plan('continuity-dialogue'));
      if (game.final.ending !== 'completed') continue;
      const d: TurnDecision = { ...game.game.turns[1]!, approach: 'pause' };
      const r = whatIf(scenario, game.game, 2, d, game, 'from');
      if (r.changed.final.ending === 'completed') continue;
      found++;
      const endedIn = r.changed.final.turn;
      expect(r.unplayed).toEqual({
        first: endedIn + 1,
        last: game.game.turns.length,
        ending: r.changed.final.ending,
      });
      expect(whatIf(scenario, game.game, 2, d, game, 'only').unplayed).toBeNull();
    }
    expect(found).toBeGreaterThan(0);
  });

  it('always yields a legal game equal to its own replay, in both scopes (any plan, seed, turn and change)', () => {
    const plans = ['continuity-dialogue', 'campaign-broadcast', 'viral-gambler', 'campaign-then-drop'];
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...scenario.approaches.map((a) => a.id)),
        fc.constantFrom(...scenario.governances.map((g) => g.id)),
        fc.uniqueArray(fc.constantFrom(...scenario.moves.map((m) => m.id)), { maxLength: 2 }),
        (planId, seed, turnPick, approach, governance, moves) => {
          const game = playPlan(scenario, seed, plan(planId));
          const turn = 1 + (turnPick % game.game.turns.length);
          const d: TurnDecision = { ...game.game.turns[turn - 1]!, approach, governance, moves };
          let r: ReturnType<typeof whatIf>;
          try {
            r = whatIf(scenario, game.game, turn, d, game, 'from');
          } catch (e) {
            if (e instanceof GameError) return; // a governance change the budget cannot carry with the answer
            throw e;
          }
          expect(hashes(replay(scenario, r.game))).toEqual(hashes(r.changed));
          expect(r.game.turns.slice(turn - 1).every((x) => x.approach === approach)).toBe(true);
          for (const x of r.refusals) expect(x.turn).toBeGreaterThanOrEqual(turn);
        },
      ),
      { numRuns: 40, seed: 1717 },
    );
  });
});

describe("the what-if's result code", () => {
  it('decodes to the same what-if game, in both scopes', () => {
    const played = playPlan(scenario, 'wi-code', plan('viral-gambler'));
    const own = played.game.turns[1]!;
    for (const scope of ['only', 'from'] as const) {
      const r = whatIf(
        scenario,
        played.game,
        2,
        { ...own, approach: 'continuity', voice: 'dialogue' },
        played,
        scope,
      );
      const decoded = decodeResultCode(encodeResultCode(scenario, r.game), [scenario]);
      expect(decoded.game.turns).toEqual(r.game.turns);
      expect(decoded.game.seed).toBe(played.game.seed);
      expect(hashes(decoded.replay)).toEqual(hashes(r.changed));
    }
  });
});

describe('what-if outcome against a prediction', () => {
  it('reads trust as higher, the same or lower from the replays, and asks about the next phase', () => {
    expect(directionOf(SAME_TRUST)).toBe('higher');
    expect(directionOf(SAME_TRUST - 1)).toBe('same');
    expect(directionOf(-SAME_TRUST)).toBe('lower');
    const last = scenario.phases.length - 1;
    expect(phaseAskedAbout(scenario, 0)).toBe(1);
    expect(phaseAskedAbout(scenario, last)).toBe(last);
    const played = playPlan(scenario, 'wi-outcome', plan('campaign-broadcast'));
    const r = whatIf(
      scenario,
      played.game,
      2,
      { ...played.game.turns[1]!, approach: 'continuity' },
      played,
      'from',
    );
    const o = outcomeOf(scenario, r);
    expect(o.trustDelta).toBe(r.changed.final.vars.trust - played.final.vars.trust);
    expect(o.trust).toBe(directionOf(o.trustDelta));
    expect(o.phase).toBe(phaseAskedAbout(scenario, played.final.phase));
    expect(o.reached).toBe(r.changed.final.phase >= o.phase);
  });
});
