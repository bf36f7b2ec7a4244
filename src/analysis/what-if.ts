// What-if: "what if we had chosen differently in turn 5?" The game is replayed on the same seed with the
// decisions before that turn kept, the changed decision in that turn, and the team's own later decisions
// after it, each adjusted as little as needed to stay legal in the new story:
//   1. approach, voice, governance and measured KPIs are kept as they were (always legal);
//   2. organisational moves are kept in their order, except one already in place (the change brought it
//      earlier), one not possible yet (phase or prerequisite missing) or one the budget cannot pay;
//      those are dropped, and a dropped move is not retried later;
//   3. the event response is kept if this turn's event offers it and the budget pays it; otherwise the
//      event's default response, else its cheapest (first in the scenario's order); no response when the
//      turn has no event that asks for one;
//   4. if even the cheapest response cannot be paid because of a change of governance, the governance
//      change is undone for that turn;
//   5. if the new story ends earlier (cancelled, community lost), the later decisions are not played; if
//      it lasts longer than the team's game, the team's last approach, voice, governance and KPIs are held
//      to the end, with no moves and the default responses (a game still being played is not extended).
// Every adjustment is listed, so the debrief can say what had to change.
import {
  contextOf,
  type GameContext,
  GameError,
  type GameRecord,
  initialState,
  playTurn,
  type Replay,
  replay,
  type Scenario,
  type SimState,
  type TurnDecision,
  type TurnRecord,
  toFixed,
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

function budgetAfterGovernance(ctx: GameContext, state: SimState, governance: string): number {
  let budget = state.vars.budget;
  if (governance !== state.governance) budget += toFixed(ctx.scenario.tuning.governanceChange.budget ?? 0);
  return budget;
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
  const d: TurnDecision = {
    approach: wanted.approach,
    voice: wanted.voice,
    governance: wanted.governance,
    measure: [...wanted.measure],
    moves: [],
  };
  const event = state.pendingEvent ? L.event.get(state.pendingEvent) : undefined;
  const responses = event?.responses ?? [];

  const fitMoves = (governance: string) => {
    const moves: string[] = [];
    const dropped: Adjustment[] = [];
    let budget = budgetAfterGovernance(ctx, state, governance);
    const held = new Set(state.moves);
    for (const id of wanted.moves) {
      const move = L.move.get(id);
      let reason: AdjustmentReason | null = null;
      if (!move || held.has(id)) reason = 'move-held';
      else if (state.phase < move.minPhase || !move.requires.every((r) => held.has(r)))
        reason = 'move-not-ready';
      else if (toFixed(move.cost) > budget || moves.length >= ctx.scenario.maxMovesPerTurn)
        reason = 'move-unaffordable';
      if (reason) {
        dropped.push({ turn, field: 'moves', reason, from: id, to: '' });
        continue;
      }
      moves.push(id);
      held.add(id);
      budget -= toFixed(move!.cost);
    }
    return { moves, dropped, budget };
  };

  let plan = fitMoves(d.governance);
  if (responses.length > 0) {
    const affordable = (budget: number) => responses.filter((r) => toFixed(r.cost) <= budget);
    if (affordable(plan.budget).length === 0 && d.governance !== state.governance) {
      adjustments.push({
        turn,
        field: 'governance',
        reason: 'governance-unaffordable',
        from: d.governance,
        to: state.governance,
      });
      d.governance = state.governance;
      plan = fitMoves(d.governance);
    }
    d.moves = plan.moves;
    adjustments.push(...plan.dropped);
    const options = affordable(plan.budget);
    const own = responses.find((r) => r.id === wanted.response);
    if (own && options.includes(own)) d.response = own.id;
    else {
      const fallback =
        options.find((r) => r.id === event!.defaultResponse) ??
        [...options].sort((a, b) => a.cost - b.cost)[0] ??
        responses.find((r) => r.id === event!.defaultResponse) ??
        responses[0]!;
      d.response = fallback.id;
      adjustments.push({
        turn,
        field: 'response',
        reason: own ? 'response-unaffordable' : 'response-not-offered',
        from: wanted.response ?? '',
        to: fallback.id,
      });
    }
  } else {
    d.moves = plan.moves;
    adjustments.push(...plan.dropped);
    if (wanted.response !== undefined)
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
