// Read-only views of the game for the screens: the budget, what still stops a draft, the next phase's gate.
// They only read the scenario and the state; what may be chosen is the sim's answer (options.ts).
import {
  type GameContext,
  gateMargins,
  type SimState,
  type TurnDecision,
  type TurnOptions,
  toPoints,
  turnOptions,
  validateDecision,
} from '../sim';

export interface BudgetPlan {
  /** All in k€ (points), as people read them. */
  budget: number;
  approach: number;
  voice: number;
  /** What the change of governance takes (never more than the budget holds). */
  governance: number;
  moves: number;
  response: number;
  total: number;
  left: number;
  /** The approach and voice cost more than what is left after moves: they run underfunded. */
  underfunded: boolean;
}

/** The quarter's budget as the decision panel shows it, from the sim's own reckoning (options.ts). */
export function budgetPlan(
  ctx: GameContext,
  state: SimState,
  d: TurnDecision,
  menu?: TurnOptions,
): BudgetPlan {
  const b = (menu ?? turnOptions(ctx, state, d)).budget;
  const { scenario } = ctx;
  const approach = scenario.approaches.find((a) => a.id === d.approach)?.cost ?? 0;
  const voice = scenario.voices.find((v) => v.id === d.voice)?.cost ?? 0;
  const governance = toPoints(b.governanceFee);
  const moves = toPoints(b.moves);
  const response = toPoints(b.response);
  const budget = toPoints(b.now);
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
    underfunded: b.funding < 1,
  };
}

export interface GateItem {
  id: 'buyIn' | 'trust' | 'participation' | 'value' | 'moves';
  met: boolean;
  /** The threshold in points, for the conditions that have one. */
  level?: number;
  /** Where it stands and the bar, hundredths (the sim's gateMargins): "now 53 / needs 55". */
  now?: number | null;
  needs?: number;
  movesAny?: string[];
  movesAll?: string[];
}

export interface GateView {
  nextPhase: number;
  items: GateItem[];
  streak: number;
  hold: number;
}

/** The next phase's gate as a checklist, with the numbers of each condition; null in the last phase. */
export function gateView(ctx: GameContext, state: SimState): GateView | null {
  const gate = ctx.scenario.phases[state.phase + 1]?.gate;
  const margins = gateMargins(ctx, state.phase, state.vars, state.dashboard, state.moves);
  if (!gate || !margins) return null;
  const handicap = ctx.scenario.objectives.find((o) => o.id === ctx.objective)?.gateHandicap ?? 0;
  const margin = (id: GateItem['id']) => {
    const m = margins.find((x) => x.id === id)!;
    return { met: m.met, now: m.now, ...(m.needs === null ? {} : { needs: m.needs }) };
  };
  const items: GateItem[] = [
    { id: 'buyIn', level: gate.buyIn + handicap, ...margin('buyIn') },
    { id: 'trust', level: gate.trust + handicap, ...margin('trust') },
  ];
  if (gate.participation > 0)
    items.push({ id: 'participation', level: gate.participation, ...margin('participation') });
  items.push({ id: 'value', level: gate.valueKpi + handicap, ...margin('value') });
  if (gate.movesAny.length > 0 || gate.movesAll.length > 0)
    items.push({ id: 'moves', met: margin('moves').met, movesAny: gate.movesAny, movesAll: gate.movesAll });
  return { nextPhase: state.phase + 1, items, streak: state.gateStreak, hold: gate.holdTurns };
}

export type DraftField = 'approach' | 'voice' | 'governance' | 'measure' | 'moves' | 'response' | 'turn';

/** What still stops the draft from being played, by field (the sim's own check). */
export function draftProblems(ctx: GameContext, state: SimState, d: TurnDecision): DraftField[] {
  const fields = new Set<DraftField>();
  for (const p of validateDecision(ctx, state, d)) fields.add(p.field.replace(/\[\d+\]$/, '') as DraftField);
  return [...fields];
}

export type CarriedField = 'approach' | 'voice' | 'governance' | 'measure';

/**
 * The standing choices this quarter's draft carries over unchanged from last quarter's decision, and that
 * the sim still accepts: the panel folds them into one line. None in the first quarter.
 */
export function carriedFields(
  d: TurnDecision,
  previous: TurnDecision | undefined,
  problems: readonly DraftField[],
): CarriedField[] {
  if (!previous) return [];
  const same = (f: CarriedField) =>
    f === 'measure'
      ? d.measure.length > 0 &&
        d.measure.length === previous.measure.length &&
        d.measure.every((k, i) => previous.measure[i] === k)
      : d[f] !== '' && d[f] === previous[f];
  return (['approach', 'voice', 'governance', 'measure'] as const).filter(
    (f) => same(f) && !problems.includes(f),
  );
}
