// Read-only views of the game for the screens: costs, what each option needs, the next phase's gate.
// They only read the scenario and the state; the sim decides what a turn does.
import {
  type GameContext,
  type GateCheck,
  gateConditions,
  type Move,
  type SimState,
  type TurnDecision,
  toFixed,
  toPoints,
  validateDecision,
} from '../sim';

export interface BudgetPlan {
  /** All in k€ (points), as people read them. */
  budget: number;
  approach: number;
  voice: number;
  governance: number;
  moves: number;
  response: number;
  total: number;
  left: number;
  /** The approach and voice cost more than what is left after moves: they run underfunded. */
  underfunded: boolean;
}

export function budgetPlan(ctx: GameContext, state: SimState, d: TurnDecision): BudgetPlan {
  const { scenario } = ctx;
  const approach = scenario.approaches.find((a) => a.id === d.approach)?.cost ?? 0;
  const voice = scenario.voices.find((v) => v.id === d.voice)?.cost ?? 0;
  const governance = d.governance !== state.governance ? -(scenario.tuning.governanceChange.budget ?? 0) : 0;
  const moves = d.moves.reduce((sum, id) => sum + (scenario.moves.find((m) => m.id === id)?.cost ?? 0), 0);
  const event = scenario.events.find((e) => e.id === state.pendingEvent);
  const response = event?.responses.find((r) => r.id === d.response)?.cost ?? 0;
  const budget = toPoints(state.vars.budget);
  const total = approach + voice + governance + moves + response;
  return {
    budget,
    approach,
    voice,
    governance,
    moves,
    response,
    total,
    left: budget - total,
    underfunded: toFixed(approach + voice) > state.vars.budget - toFixed(moves + governance),
  };
}

export type MoveBlock = 'held' | 'phase' | 'requires' | 'budget' | 'limit' | null;

export interface MoveView {
  move: Move;
  selected: boolean;
  /** Why it cannot be chosen now; null when it can. */
  block: MoveBlock;
  /** For 'requires': the moves still missing. */
  missing: string[];
}

export function moveViews(ctx: GameContext, state: SimState, d: TurnDecision): MoveView[] {
  const { scenario } = ctx;
  const plan = budgetPlan(ctx, state, d);
  const held = new Set([...state.moves, ...d.moves]);
  return scenario.moves.map((move) => {
    const selected = d.moves.includes(move.id);
    const missing = move.requires.filter((r) => !held.has(r));
    let block: MoveBlock = null;
    if (state.moves.includes(move.id)) block = 'held';
    else if (selected) block = null;
    else if (state.phase < move.minPhase) block = 'phase';
    else if (missing.length > 0) block = 'requires';
    else if (d.moves.length >= scenario.maxMovesPerTurn) block = 'limit';
    else if (move.cost > plan.budget - plan.governance - plan.moves) block = 'budget';
    return { move, selected, block, missing };
  });
}

export interface GateItem {
  id: 'buyIn' | 'trust' | 'participation' | 'value' | 'moves';
  met: boolean;
  /** The threshold in points, for the conditions that have one. */
  level?: number;
  movesAny?: string[];
  movesAll?: string[];
}

export interface GateView {
  nextPhase: number;
  items: GateItem[];
  streak: number;
  hold: number;
}

/** The next phase's gate as a checklist; null in the last phase. */
export function gateView(ctx: GameContext, state: SimState): GateView | null {
  const phase = ctx.scenario.phases[state.phase + 1];
  const gate = phase?.gate;
  const check: GateCheck | null = gateConditions(ctx, state.phase, state.vars, state.dashboard, state.moves);
  if (!gate || !check) return null;
  const handicap = ctx.scenario.objectives.find((o) => o.id === ctx.objective)?.gateHandicap ?? 0;
  const items: GateItem[] = [
    { id: 'buyIn', met: check.buyIn, level: gate.buyIn + handicap },
    { id: 'trust', met: check.trust, level: gate.trust + handicap },
  ];
  if (gate.participation > 0)
    items.push({ id: 'participation', met: check.participation, level: gate.participation });
  items.push({ id: 'value', met: check.value, level: gate.valueKpi + handicap });
  if (gate.movesAny.length > 0 || gate.movesAll.length > 0)
    items.push({ id: 'moves', met: check.moves, movesAny: gate.movesAny, movesAll: gate.movesAll });
  return { nextPhase: state.phase + 1, items, streak: state.gateStreak, hold: gate.holdTurns };
}

export type DraftField = 'approach' | 'voice' | 'governance' | 'measure' | 'moves' | 'response' | 'turn';

/** What still stops the draft from being played, by field (the sim's own check). */
export function draftProblems(ctx: GameContext, state: SimState, d: TurnDecision): DraftField[] {
  const fields = new Set<DraftField>();
  for (const p of validateDecision(ctx, state, d)) fields.add(p.field.replace(/\[\d+\]$/, '') as DraftField);
  return [...fields];
}
