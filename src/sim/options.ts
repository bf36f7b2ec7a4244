// The one legality query: what a team may choose this quarter and, for each option it may not, why not.
// validateDecision, the decision panel, the store, the what-if and the plan runner all ask it, so a rule
// about what can be chosen lives here and nowhere else.
//
// Two layers:
// - per item of a draft (`moveBlocksAt`, `responseBlocks`, `kpiBlocksAt`): what the sim says about a
//   choice already in the draft, at its place (moves are paid in order, then the answer);
// - per option of the scenario (`turnOptions`): for a chosen option, the same verdict; for one not chosen,
//   the verdict the draft would get with it added (or switched to), everything else kept. An option is
//   allowed exactly when validateDecision would accept the draft with it, if it accepted the draft before.
// Budgets are in hundredths of k€, like the state.
import { budgetAfterGovernance } from './budget';
import { applyEvent } from './events';
import { toFixed } from './fixed';
import { Ledger } from './ledger';
import { lookup } from './lookup';
import type { EventResponse } from './scenario-schema';
import type { GameContext } from './step';
import type { Ending, SimState, TurnDecision } from './types';

/** Why an option cannot be chosen now. Every reason carries what a screen needs to say it. */
export type Block =
  /** The game is over: nothing can be chosen. */
  | { reason: 'ended'; ending: Ending }
  /** A move already in place (before this quarter, or earlier in this quarter's list). */
  | { reason: 'held' }
  /** A move whose phase is not reached yet: `phase` is the index of the phase it needs. */
  | { reason: 'phase'; phase: number }
  /** A move that needs other moves first: the ones still missing. */
  | { reason: 'requires'; missing: string[] }
  /** A move beyond the scenario's moves-per-quarter limit. */
  | { reason: 'moves-limit'; max: number }
  /** A KPI beyond the scenario's limit of KPIs measured. */
  | { reason: 'kpi-limit'; max: number }
  /** A KPI listed twice. */
  | { reason: 'duplicate' }
  /**
   * Not enough budget: `cost` is what the choice needs paid (for a governance change: the moves and
   * answer already chosen), `left` what the budget has for it, `short` = cost - left > 0.
   */
  | { reason: 'budget'; cost: number; left: number; short: number };

export type BlockReason = Block['reason'];

export interface OptionVerdict {
  id: string;
  /** Part of the draft (for radios: the one chosen). */
  selected: boolean;
  /** What it costs in hundredths of k€ (0 for the free ones; the fee for a governance change). */
  cost: number;
  /** Why it cannot be chosen now, most telling first; empty when it can. */
  blocks: Block[];
  allowed: boolean;
}

export interface BudgetView {
  /** Budget at the start of the quarter. */
  now: number;
  /** What a governance change takes (at most what the budget holds); 0 when governance is kept. */
  governanceFee: number;
  /** The chosen moves (known ids only). */
  moves: number;
  /** The chosen answer to the event. */
  response: number;
  /** What the chosen approach and voice cost in full. */
  approachVoice: number;
  /** What they get: they are paid after governance and moves, from what is left. */
  approachVoicePaid: number;
  /** Share of approach and voice the budget pays, 0 to 1; below 1 they run underfunded. */
  funding: number;
  /** Left for moves and the answer after the governance fee. */
  afterGovernance: number;
  /** What the quarter leaves (can be below zero only for a draft the sim refuses). */
  left: number;
}

export interface TurnOptions {
  ended: Ending | null;
  approach: OptionVerdict[];
  voice: OptionVerdict[];
  governance: OptionVerdict[];
  measure: OptionVerdict[];
  moves: OptionVerdict[];
  /** The answers to this quarter's event, or null when no event asks for one. */
  responses: OptionVerdict[] | null;
  /** The event the answers are for. */
  event: string | null;
  budget: BudgetView;
}

const verdict = (id: string, selected: boolean, cost: number, blocks: Block[]): OptionVerdict => ({
  id,
  selected,
  cost,
  blocks,
  allowed: blocks.length === 0,
});

const shortBy = (cost: number, left: number): Block[] =>
  cost > left ? [{ reason: 'budget', cost, left, short: cost - left }] : [];

/** The cost of the known moves among the first `count` of a list, in hundredths. */
function movesCost(ctx: GameContext, moves: readonly string[], count = moves.length): number {
  const byId = lookup(ctx.scenario).move;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const m = byId.get(moves[i]!);
    if (m) sum += toFixed(m.cost);
  }
  return sum;
}

/** The answers the quarter's event asks for, or null when it asks nothing. */
export function eventResponses(ctx: GameContext, state: SimState): readonly EventResponse[] | null {
  const event = state.pendingEvent ? lookup(ctx.scenario).event.get(state.pendingEvent) : undefined;
  return event && event.responses.length > 0 ? event.responses : null;
}

/**
 * The sim's verdict on the move at index `at` of a draft's list: held, phase, requirements (held before
 * the quarter or earlier in the list), the per-quarter limit, and the budget left after the governance
 * fee and the moves before it. An unknown id gets no verdict here (validateDecision names it).
 */
export function moveBlocksAt(ctx: GameContext, state: SimState, d: TurnDecision, at: number): Block[] {
  return moveVerdict(ctx, state, d, d.moves[at]!, at);
}

/** Held before the quarter, or among the first `at` moves of the draft's list. */
function heldBefore(state: SimState, d: TurnDecision, id: string, at: number): boolean {
  if (state.moves.includes(id)) return true;
  const i = d.moves.indexOf(id);
  return i >= 0 && i < at;
}

/** The verdict on move `id` placed after the first `at` moves of the draft's list. */
function moveVerdict(ctx: GameContext, state: SimState, d: TurnDecision, id: string, at: number): Block[] {
  const { scenario } = ctx;
  const move = lookup(scenario).move.get(id);
  if (!move) return [];
  // Plain loops, no closures: the plan runner (and so the search) asks this for every queued move.
  const blocks: Block[] = [];
  if (heldBefore(state, d, move.id, at)) blocks.push({ reason: 'held' });
  if (state.phase < move.minPhase) blocks.push({ reason: 'phase', phase: move.minPhase });
  const missing: string[] = [];
  for (const r of move.requires) if (!heldBefore(state, d, r, at)) missing.push(r);
  if (missing.length > 0) blocks.push({ reason: 'requires', missing });
  if (at >= scenario.maxMovesPerTurn) blocks.push({ reason: 'moves-limit', max: scenario.maxMovesPerTurn });
  const left = budgetAfterGovernance(scenario, state, d.governance) - movesCost(ctx, d.moves, at);
  const cost = toFixed(move.cost);
  if (cost > left) blocks.push({ reason: 'budget', cost, left, short: cost - left });
  return blocks;
}

/** The sim's verdict on an answer to the quarter's event, paid after the governance fee and the moves. */
export function responseBlocks(ctx: GameContext, state: SimState, d: TurnDecision, id: string): Block[] {
  const response = eventResponses(ctx, state)?.find((r) => r.id === id);
  if (!response) return [];
  return shortBy(toFixed(response.cost), budgetForResponse(ctx, state, d));
}

/** What the budget has for the answer: after the governance fee and every move of the draft. */
function budgetForResponse(ctx: GameContext, state: SimState, d: TurnDecision): number {
  return budgetAfterGovernance(ctx.scenario, state, d.governance) - movesCost(ctx, d.moves);
}

/** The sim's verdict on the KPI at index `at` of a draft's measure list. */
export function kpiBlocksAt(ctx: GameContext, d: TurnDecision, at: number): Block[] {
  const blocks: Block[] = [];
  if (d.measure.indexOf(d.measure[at]!) < at) blocks.push({ reason: 'duplicate' });
  const max = ctx.scenario.measure.max;
  if (at >= max) blocks.push({ reason: 'kpi-limit', max });
  return blocks;
}

/**
 * The verdict on adding a move to a draft (everything else kept): what moveBlocksAt would say of it at
 * the end of the list, and whether it would leave the chosen answer unaffordable.
 */
export function addMoveBlocks(ctx: GameContext, state: SimState, d: TurnDecision, id: string): Block[] {
  // The plan runner asks this for every queued move of every quarter: no copy of the draft on that path.
  const blocks = moveVerdict(ctx, state, d, id, d.moves.length);
  if (blocks.length === 0 && d.response !== undefined)
    blocks.push(...chosenResponseShort(ctx, state, { ...d, moves: [...d.moves, id] }));
  return blocks;
}

/** A 'budget' block when the draft's chosen answer no longer fits after its governance and moves. */
function chosenResponseShort(ctx: GameContext, state: SimState, d: TurnDecision): Block[] {
  return d.response === undefined ? [] : responseBlocks(ctx, state, d, d.response);
}

/**
 * The verdict on a governance option: a change takes its fee first, so the moves and answer already
 * chosen may no longer fit. `cost` is then what they need, `left` what the budget has after the fee.
 */
function governanceBlocks(ctx: GameContext, state: SimState, d: TurnDecision, id: string): Block[] {
  const draft = { ...d, governance: id };
  const after = budgetAfterGovernance(ctx.scenario, state, id);
  const moves = movesCost(ctx, d.moves);
  const fitsNow = budgetAfterGovernance(ctx.scenario, state, d.governance) - moves;
  // Only what this choice breaks: a draft already over budget is the moves' and answer's own problem.
  if (after - moves >= 0 && chosenResponseShort(ctx, state, draft).length === 0) return [];
  if (fitsNow < 0 || chosenResponseShort(ctx, state, d).length > 0) return [];
  const answer = eventResponses(ctx, state)?.find((r) => r.id === d.response);
  return shortBy(moves + (answer ? toFixed(answer.cost) : 0), after);
}

/** The whole quarter's menu for a draft: every option with its verdict, and the budget it leaves. */
export function turnOptions(ctx: GameContext, state: SimState, d: TurnDecision): TurnOptions {
  const { scenario } = ctx;
  const L = lookup(scenario);
  const ended = state.ending;
  const over: Block[] = ended ? [{ reason: 'ended', ending: ended }] : [];
  const free = (id: string, selected: boolean, cost: number) => verdict(id, selected, cost, [...over]);

  const fee = (id: string) => state.vars.budget - budgetAfterGovernance(scenario, state, id);
  const governance = scenario.governances.map((g) =>
    verdict(g.id, d.governance === g.id, fee(g.id), [
      ...over,
      ...(g.id === d.governance ? [] : governanceBlocks(ctx, state, d, g.id)),
    ]),
  );

  const measure = scenario.measure.kpis.map((k) => {
    const at = d.measure.indexOf(k.id);
    if (at >= 0) return verdict(k.id, true, 0, [...over, ...kpiBlocksAt(ctx, d, at)]);
    const draft = { ...d, measure: [...d.measure, k.id] };
    return verdict(k.id, false, 0, [...over, ...kpiBlocksAt(ctx, draft, d.measure.length)]);
  });

  const moves = scenario.moves.map((m) => {
    const at = d.moves.indexOf(m.id);
    const cost = toFixed(m.cost);
    if (at >= 0) return verdict(m.id, true, cost, [...over, ...moveBlocksAt(ctx, state, d, at)]);
    return verdict(m.id, false, cost, [...over, ...addMoveBlocks(ctx, state, d, m.id)]);
  });

  const answers = eventResponses(ctx, state);
  const responses =
    answers?.map((r) =>
      verdict(r.id, d.response === r.id, toFixed(r.cost), [...over, ...responseBlocks(ctx, state, d, r.id)]),
    ) ?? null;

  const now = state.vars.budget;
  const afterGovernance = budgetAfterGovernance(scenario, state, d.governance);
  const movesPaid = movesCost(ctx, d.moves);
  const answer = answers?.find((r) => r.id === d.response);
  const response = answer ? toFixed(answer.cost) : 0;
  const approach = L.approach.get(d.approach);
  // The same sum step.ts pays: a paused programme pays no voice.
  const approachVoice = toFixed(
    (approach?.cost ?? 0) + (L.voice.get(d.voice)?.cost ?? 0) * (approach?.presence ?? 1),
  );
  const forApproach = budgetForApproach(ctx, state, d, afterGovernance - movesPaid);
  const funding = approachVoice > 0 ? Math.min(1, forApproach / approachVoice) : 1;
  const approachVoicePaid = Math.min(forApproach, approachVoice);
  return {
    ended,
    approach: scenario.approaches.map((a) => free(a.id, d.approach === a.id, toFixed(a.cost))),
    voice: scenario.voices.map((v) => free(v.id, d.voice === v.id, toFixed(v.cost))),
    governance,
    measure,
    moves,
    responses,
    event: answers ? state.pendingEvent : null,
    budget: {
      now,
      governanceFee: now - afterGovernance,
      moves: movesPaid,
      response,
      approachVoice,
      approachVoicePaid,
      funding,
      afterGovernance,
      left: forApproach - approachVoicePaid,
    },
  };
}

/**
 * What the budget holds for the approach: the event and its answer land first (a budget cut, the answer's
 * cost), played by the sim's own applyEvent on a scratch ledger so the panel foresees exactly what step pays.
 */
function budgetForApproach(ctx: GameContext, state: SimState, d: TurnDecision, afterMoves: number): number {
  if (!state.pendingEvent || !lookup(ctx.scenario).event.has(state.pendingEvent))
    return Math.max(0, afterMoves);
  const vars = { ...state.vars, budget: Math.max(0, afterMoves) };
  applyEvent(ctx, state, d, new Ledger(vars, {}, false), { ...state.rng });
  return Math.max(0, vars.budget);
}

/** The ids of the allowed options of a list. */
export const allowedIds = (options: readonly OptionVerdict[]): string[] =>
  options.filter((o) => o.allowed).map((o) => o.id);

/**
 * The answer a repaired decision gives (the plan runner's and the what-if's rule): the wanted one if the
 * budget pays it, else the event's default, else the cheapest affordable (scenario order among equals).
 * Null when the event asks nothing, or when no answer is affordable.
 */
export function fallbackResponse(
  ctx: GameContext,
  state: SimState,
  d: TurnDecision,
  wanted: string | undefined,
): string | null {
  const answers = eventResponses(ctx, state);
  if (!answers) return null;
  // responseBlocks' rule, with the budget reckoned once (the plan runner asks this every quarter).
  const left = budgetForResponse(ctx, state, d);
  const fallback = lookup(ctx.scenario).event.get(state.pendingEvent!)!.defaultResponse;
  let own: EventResponse | null = null;
  let byDefault: EventResponse | null = null;
  let cheapest: EventResponse | null = null;
  for (const r of answers) {
    if (toFixed(r.cost) > left) continue;
    if (r.id === wanted) own = r;
    if (r.id === fallback) byDefault = r;
    if (!cheapest || r.cost < cheapest.cost) cheapest = r;
  }
  return (own ?? byDefault ?? cheapest)?.id ?? null;
}

/**
 * Adds the wanted KPIs or moves to a draft in their order, each one only if the sim allows it after the
 * ones kept before it (the what-if's and the first draft's rule: a refused one is dropped, not retried).
 * Returns the new draft and each dropped id with the sim's reasons.
 */
export function keepAllowed(
  ctx: GameContext,
  state: SimState,
  d: TurnDecision,
  field: 'measure' | 'moves',
  wanted: readonly string[],
): { draft: TurnDecision; dropped: { id: string; blocks: Block[] }[] } {
  const draft: TurnDecision = { ...d, measure: [...d.measure], moves: [...d.moves] };
  const dropped: { id: string; blocks: Block[] }[] = [];
  const known = field === 'moves' ? lookup(ctx.scenario).move : lookup(ctx.scenario).kpi;
  for (const id of wanted) {
    const blocks: Block[] = !known.has(id)
      ? [{ reason: 'held' }]
      : field === 'moves'
        ? addMoveBlocks(ctx, state, draft, id)
        : draft.measure.includes(id)
          ? [{ reason: 'duplicate' }]
          : kpiBlocksAt(ctx, { ...draft, measure: [...draft.measure, id] }, draft.measure.length);
    if (blocks.length === 0) draft[field].push(id);
    else dropped.push({ id, blocks });
  }
  return { draft, dropped };
}

/** A block in plain English, for validateDecision's messages and the command-line tools. */
export function blockMessage(ctx: GameContext, id: string, b: Block): string {
  const k = (hundredths: number) => `${hundredths / 100} k€`;
  switch (b.reason) {
    case 'ended':
      return `the game has ended (${b.ending})`;
    case 'held':
      return `${id} is already in place`;
    case 'phase':
      return `${id} needs phase ${ctx.scenario.phases[b.phase]!.id}`;
    case 'requires':
      return b.missing.map((need) => `${id} needs ${need} first`).join('; ');
    case 'moves-limit':
      return `at most ${b.max} moves a turn`;
    case 'kpi-limit':
      return `at most ${b.max} KPIs`;
    case 'duplicate':
      return 'a KPI is listed twice';
    case 'budget':
      return `${id} costs more than the budget left (${k(b.cost)} needed, ${k(b.left)} left, short by ${k(b.short)})`;
  }
}
