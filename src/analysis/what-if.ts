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
// Two scopes. 'only' changes that one turn, as above. 'from' makes the same change in every later turn
// too: the approach, voice, governance and KPIs it sets hold to the end; a move it adds that the sim
// refuses (phase, prerequisite, budget, limit) is tried again each turn until it is made; its answer to an
// event is given again whenever that event asks. Each turn that could not take a part of the change is
// listed with the sim's reasons (a refusal), and the turns the new story never reached are said too.
// What is allowed is the sim's answer (src/sim/options.ts); every adjustment is listed, so the debrief can
// say what had to change.
import {
  type Block,
  contextOf,
  type Ending,
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
  responseBlocks,
  type Scenario,
  type SimState,
  type TurnDecision,
  type TurnRecord,
  totalTurns,
  turnOptions,
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

/** A decision fitted to a state, with the moves the sim refused and whether a governance change was undone. */
interface Fitted {
  decision: TurnDecision;
  adjustments: Adjustment[];
  dropped: { id: string; blocks: Block[] }[];
  governanceUndone: boolean;
}

function fitDecision(ctx: GameContext, state: SimState, wanted: TurnDecision): Fitted {
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
    return {
      d: kept.draft,
      dropped: kept.dropped,
      response: fallbackResponse(ctx, state, kept.draft, wanted.response),
    };
  };

  let plan = fitTurn(wanted.governance);
  const responses = eventResponses(ctx, state);
  const governanceUndone = !!responses && plan.response === null && wanted.governance !== state.governance;
  if (governanceUndone) {
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
  adjustments.push(
    ...plan.dropped.map(
      (x): Adjustment => ({ turn, field: 'moves', reason: moveReason(x.blocks), from: x.id, to: '' }),
    ),
  );
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
  return { decision: d, adjustments, dropped: plan.dropped, governanceUndone };
}

/** Makes a decision legal in a state by the rules above; returns the decision and what changed. */
export function adjustDecision(
  ctx: GameContext,
  state: SimState,
  wanted: TurnDecision,
): { decision: TurnDecision; adjustments: Adjustment[] } {
  const { decision, adjustments } = fitDecision(ctx, state, wanted);
  return { decision, adjustments };
}

export type WhatIfScope = 'only' | 'from';

/** What a what-if changes in its turn, against the team's own decision there. */
export interface WhatIfChange {
  approach?: string;
  voice?: string;
  governance?: string;
  /** The KPIs measured, when the list changed. */
  measure?: string[];
  /** A different answer to the turn's event. */
  response?: { event: string; id: string };
  /** Moves the team did not choose in that turn. */
  moves: string[];
  /** Moves the team chose in that turn and the change leaves out. */
  removed: string[];
}

/** The difference between the team's decision and the changed one, in a turn whose event is `event`. */
export function changeOf(own: TurnDecision, decision: TurnDecision, event: string | null): WhatIfChange {
  const change: WhatIfChange = {
    moves: decision.moves.filter((m) => !own.moves.includes(m)),
    removed: own.moves.filter((m) => !decision.moves.includes(m)),
  };
  if (decision.approach !== own.approach) change.approach = decision.approach;
  if (decision.voice !== own.voice) change.voice = decision.voice;
  if (decision.governance !== own.governance) change.governance = decision.governance;
  if (decision.measure.join() !== own.measure.join()) change.measure = [...decision.measure];
  if (event && decision.response !== undefined && decision.response !== own.response)
    change.response = { event, id: decision.response };
  return change;
}

/** A part of the change that a turn could not take, and the sim's reasons (src/sim/options.ts). */
export interface Refusal {
  turn: number;
  field: 'moves' | 'response' | 'governance';
  id: string;
  /** Most telling first; empty only if the sim gives no reason of its own (the rule 4 undo). */
  blocks: Block[];
}

export interface WhatIfResult {
  turn: number;
  scope: WhatIfScope;
  change: WhatIfChange;
  original: Replay;
  changed: Replay;
  /** The decisions actually played in the new story: replay(scenario, game) gives `changed` again. */
  game: GameRecord;
  adjustments: Adjustment[];
  /** The turns (1-based) that played the change or a part of it: [turn] for 'only'. */
  changedTurns: number[];
  /** 'from': each part of the change a turn could not take, with why. Always empty for 'only'. */
  refusals: Refusal[];
  /** 'from': moves of the change never made before the story ended. */
  neverMade: string[];
  /** 'from': the turns the change never reached because the new story ended first. */
  unplayed: { first: number; last: number; ending: Ending } | null;
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

/** Throws GameError when a decision is not legal in its state. */
function mustBeLegal(ctx: GameContext, state: SimState, turn: number, decision: TurnDecision): void {
  const problems = validateDecision(ctx, state, decision);
  if (problems.length > 0)
    throw new GameError(
      `turn ${turn}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      problems,
    );
}

/**
 * Replays `game` with `decision` in `turn` (1-based) on the same seed, that turn only or ('from') the same
 * change in every later turn. Throws GameError when the changed decision itself is not legal in that turn
 * (the interface only offers legal ones); with 'from', a move the turn cannot take yet is tried later
 * instead.
 */
export function whatIf(
  scenario: Scenario,
  game: GameRecord,
  turn: number,
  decision: TurnDecision,
  original: Replay = replay(scenario, game),
  scope: WhatIfScope = 'only',
): WhatIfResult {
  if (!Number.isInteger(turn) || turn < 1 || turn > game.turns.length)
    throw new GameError(`turn must be from 1 to ${game.turns.length}, got ${turn}`);
  const ctx = contextOf(scenario, game);
  const records: TurnRecord[] = original.records.slice(0, turn - 1);
  let state = stateBefore(original, turn);
  const turns: TurnDecision[] = game.turns.slice(0, turn - 1);
  const adjustments: Adjustment[] = [];
  const from = scope === 'from';
  const change = changeOf(
    game.turns[turn - 1]!,
    decision,
    eventResponses(ctx, state) ? state.pendingEvent : null,
  );
  const refusals: Refusal[] = [];
  const changedTurns: number[] = [];
  // 'from': the moves of the change not made yet, tried first in each turn.
  let pending: string[] = [];

  let first = decision;
  if (from) {
    const kept = keepAllowed(ctx, state, { ...decision, moves: [] }, 'moves', decision.moves);
    first = kept.draft;
    // A move already in place needs no making; the others wait for a turn that allows them.
    const waiting = kept.dropped.filter((x) => x.blocks[0]?.reason !== 'held');
    pending = waiting.map((x) => x.id);
    refusals.push(...waiting.map((x): Refusal => ({ turn, field: 'moves', id: x.id, blocks: x.blocks })));
  }
  mustBeLegal(ctx, state, turn, first);
  const play = (d: TurnDecision) => {
    const record = playTurn(ctx, state, d);
    records.push(record);
    turns.push(d);
    state = record.state;
  };
  const holds = change.approach !== undefined || change.voice !== undefined || change.measure !== undefined;
  const tookAny =
    holds ||
    change.governance !== undefined ||
    change.response !== undefined ||
    change.removed.length > 0 ||
    change.moves.some((m) => first.moves.includes(m));
  if (!from || tookAny) changedTurns.push(turn);
  play(first);

  const last = game.turns[game.turns.length - 1]!;
  // An unfinished game (still being played) is replayed to its own length, not beyond.
  const end = original.final.ending ? totalTurns(ctx) : game.turns.length;
  while (!state.ending && state.turn < end) {
    const next = state.turn + 1;
    const own = game.turns[next - 1];
    const base: TurnDecision = own ?? {
      approach: last.approach,
      voice: last.voice,
      governance: last.governance,
      measure: [...last.measure],
      moves: [],
    };
    if (!own) adjustments.push({ turn: next, field: 'turn', reason: 'held-to-end', from: '', to: '' });
    if (!from) {
      const fitted = adjustDecision(ctx, state, base);
      adjustments.push(...fitted.adjustments);
      play(fitted.decision);
      continue;
    }
    const asked = change.response && state.pendingEvent === change.response.event ? change.response.id : null;
    const wanted: TurnDecision = {
      approach: change.approach ?? base.approach,
      voice: change.voice ?? base.voice,
      governance: change.governance ?? base.governance,
      measure: [...(change.measure ?? base.measure)],
      moves: [...pending, ...base.moves.filter((m) => !pending.includes(m) && !change.removed.includes(m))],
    };
    const response = asked ?? base.response;
    if (response !== undefined) wanted.response = response;
    const fitted = fitDecision(ctx, state, wanted);
    const d = fitted.decision;
    // What the sim refused of the change is a refusal; what it refused of the team's own choices, an adjustment.
    const governanceRefused = fitted.governanceUndone && change.governance !== undefined;
    const responseRefused = asked !== null && d.response !== asked;
    adjustments.push(
      ...fitted.adjustments.filter(
        (a) =>
          !(a.field === 'moves' && pending.includes(a.from)) &&
          !(a.field === 'governance' && governanceRefused) &&
          !(a.field === 'response' && responseRefused),
      ),
    );
    for (const x of fitted.dropped)
      if (pending.includes(x.id)) refusals.push({ turn: next, field: 'moves', id: x.id, blocks: x.blocks });
    if (governanceRefused) {
      const verdict = turnOptions(ctx, state, d).governance.find((g) => g.id === change.governance);
      refusals.push({
        turn: next,
        field: 'governance',
        id: change.governance!,
        blocks: verdict?.blocks ?? [],
      });
    }
    if (responseRefused)
      refusals.push({
        turn: next,
        field: 'response',
        id: asked,
        blocks: responseBlocks(ctx, state, d, asked),
      });
    const made = pending.filter((m) => d.moves.includes(m));
    pending = pending.filter((m) => !made.includes(m));
    const governanceHeld = change.governance !== undefined && !governanceRefused;
    if (holds || governanceHeld || made.length > 0 || (asked !== null && !responseRefused))
      changedTurns.push(next);
    play(d);
  }
  // A fresh initial state: the caller may compare or mutate the two replays independently.
  const changed: Replay = { initial: initialState(ctx, game.seed), records, final: state };
  const unplayed =
    from && state.ending && state.turn < end
      ? { first: state.turn + 1, last: end, ending: state.ending }
      : null;
  return {
    turn,
    scope,
    change,
    original,
    changed,
    game: { ...game, turns },
    adjustments,
    changedTurns,
    refusals,
    neverMade: pending,
    unplayed,
  };
}
