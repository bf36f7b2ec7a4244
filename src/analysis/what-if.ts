// What-if: "what if we had chosen differently in turn 5?" The game is replayed on the same seed with the
// decisions before that turn kept, the changed decision in that turn, and the team's own later decisions
// after it, each adjusted as little as needed to stay legal in the new story:
//   1. approach, voice, governance and measured KPIs are kept as they were (always legal);
//   2. organisational moves are kept in their order, except one already in place (the change brought it
//      earlier), one not possible yet (phase or prerequisite missing) or one the budget cannot pay (or
//      beyond the moves-per-quarter limit); those are dropped, and a dropped move is not retried later;
//   3. the event response is kept if this turn's event offers it and the budget pays it; otherwise the
//      event's default response if affordable, else the cheapest affordable (first in the scenario's order
//      among equals); no response when the turn has no event that asks for one;
//   4. if even the cheapest response cannot be paid because of a change of governance, the governance
//      change is undone for that turn;
//   5. if the new story ends earlier (cancelled, community lost), the later decisions are not played; if
//      it lasts longer than the team's game, the team's last approach, voice, governance and KPIs are held
//      to the end, with no moves and the default responses (a game still being played is not extended).
// What is allowed is the sim's answer (src/sim/options.ts); every adjustment is listed, so the debrief can
// say what had to change.
import {
  type Block,
  contextOf,
  eventResponses,
  fallbackResponse,
  type GameContext,
  GameError,
  type GameRecord,
  initialState,
  keepAllowed,
  playTurn,
  type Replay,
  replay,
  type Scenario,
  type SimState,
  type TurnDecision,
  type TurnRecord,
  totalTurns,
  validateDecision,
} from '../sim';
import { lookup } from '../sim/lookup';

export type AdjustmentReason =
  | 'move-held'
  | 'move-not-ready'
  | 'move-unaffordable'
  | 'response-not-offered'
  | 'response-unaffordable'
  | 'response-not-needed'
  | 'governance-unaffordable'
  | 'held-to-end';

export interface Adjustment {
  turn: number;
  field: 'moves' | 'response' | 'governance' | 'turn';
  reason: AdjustmentReason;
  /** The original choice and what replaced it ("" for nothing). */
  from: string;
  to: string;
}

export interface WhatIfResult {
  turn: number;
  original: Replay;
  changed: Replay;
  /** The decisions actually played in the new story: replay(scenario, game) gives `changed` again. */
  game: GameRecord;
  adjustments: Adjustment[];
}

/** The state in which a turn (1-based) is decided. */
export function stateBefore(played: Pick<Replay, 'initial' | 'records'>, turn: number): SimState {
  return turn <= 1 ? played.initial : played.records[turn - 2]!.state;
}

/** The adjustment a dropped move gets, from the sim's first reason for refusing it. */
function moveReason(blocks: readonly Block[]): AdjustmentReason {
  const reason = blocks[0]!.reason;
  if (reason === 'held') return 'move-held';
  if (reason === 'phase' || reason === 'requires') return 'move-not-ready';
  return 'move-unaffordable';
}

/** Makes a decision legal in a state by the rules above; returns the decision and what changed. */
export function adjustDecision(
  ctx: GameContext,
  state: SimState,
  wanted: TurnDecision,
): { decision: TurnDecision; adjustments: Adjustment[] } {
  const L = lookup(ctx.scenario);
  const turn = state.turn + 1;
  const adjustments: Adjustment[] = [];

  // The wanted moves in order, each kept if the sim allows it after the ones kept before it.
  const fitTurn = (governance: string) => {
    const d: TurnDecision = {
      approach: wanted.approach,
      voice: wanted.voice,
      governance,
      measure: [...wanted.measure],
      moves: [],
    };
    const kept = keepAllowed(ctx, state, d, 'moves', wanted.moves);
    const dropped = kept.dropped.map(
      (x): Adjustment => ({ turn, field: 'moves', reason: moveReason(x.blocks), from: x.id, to: '' }),
    );
    return { d: kept.draft, dropped, response: fallbackResponse(ctx, state, kept.draft, wanted.response) };
  };

  let plan = fitTurn(wanted.governance);
  const responses = eventResponses(ctx, state);
  if (responses && plan.response === null && wanted.governance !== state.governance) {
    adjustments.push({
      turn,
      field: 'governance',
      reason: 'governance-unaffordable',
      from: wanted.governance,
      to: state.governance,
    });
    plan = fitTurn(state.governance);
  }
  const d = plan.d;
  adjustments.push(...plan.dropped);
  if (responses) {
    // With nothing affordable even so, the default answer is given and the sim has the last word.
    const given = plan.response ?? L.event.get(state.pendingEvent!)!.defaultResponse ?? responses[0]!.id;
    d.response = given;
    if (given !== wanted.response)
      adjustments.push({
        turn,
        field: 'response',
        reason: responses.some((r) => r.id === wanted.response)
          ? 'response-unaffordable'
          : 'response-not-offered',
        from: wanted.response ?? '',
        to: given,
      });
  } else if (wanted.response !== undefined) {
    adjustments.push({
      turn,
      field: 'response',
      reason: 'response-not-needed',
      from: wanted.response,
      to: '',
    });
  }
  return { decision: d, adjustments };
}

/**
 * Replays `game` with `decision` in `turn` (1-based) on the same seed. Throws GameError when the changed
 * decision itself is not legal in that turn (the interface only offers legal ones).
 */
export function whatIf(
  scenario: Scenario,
  game: GameRecord,
  turn: number,
  decision: TurnDecision,
  original: Replay = replay(scenario, game),
): WhatIfResult {
  if (!Number.isInteger(turn) || turn < 1 || turn > game.turns.length)
    throw new GameError(`turn must be from 1 to ${game.turns.length}, got ${turn}`);
  const ctx = contextOf(scenario, game);
  const records: TurnRecord[] = original.records.slice(0, turn - 1);
  let state = stateBefore(original, turn);
  const turns: TurnDecision[] = game.turns.slice(0, turn - 1);
  const adjustments: Adjustment[] = [];

  const problems = validateDecision(ctx, state, decision);
  if (problems.length > 0)
    throw new GameError(
      `turn ${turn}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      problems,
    );
  const play = (d: TurnDecision) => {
    const record = playTurn(ctx, state, d);
    records.push(record);
    turns.push(d);
    state = record.state;
  };
  play(decision);

  const last = game.turns[game.turns.length - 1]!;
  // An unfinished game (still being played) is replayed to its own length, not beyond.
  const end = original.final.ending ? totalTurns(ctx) : game.turns.length;
  while (!state.ending && state.turn < end) {
    const next = state.turn + 1;
    const own = game.turns[next - 1];
    const wanted: TurnDecision = own ?? {
      approach: last.approach,
      voice: last.voice,
      governance: last.governance,
      measure: [...last.measure],
      moves: [],
    };
    if (!own) adjustments.push({ turn: next, field: 'turn', reason: 'held-to-end', from: '', to: '' });
    const fitted = adjustDecision(ctx, state, wanted);
    adjustments.push(...fitted.adjustments);
    play(fitted.decision);
  }
  // A fresh initial state: the caller may compare or mutate the two replays independently.
  const changed: Replay = { initial: initialState(ctx, game.seed), records, final: state };
  return { turn, original, changed, game: { ...game, turns }, adjustments };
}
