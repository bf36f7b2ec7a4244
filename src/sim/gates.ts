// Phase gates: a phase is reached by meeting its gate for a few quarters in a row, never by time alone.
import { ONE, toFixed } from './fixed';
import { lookup } from './lookup';
import { alignedKpis } from './management';
import type { KpiId } from './scenario-schema';
import type { GameContext } from './step';
import type { Dashboard, Vars } from './types';

export interface GateCheck {
  buyIn: boolean;
  trust: boolean;
  participation: boolean;
  value: boolean;
  moves: boolean;
}

/** Which conditions of the next phase's gate hold now; null when there is no next phase. */
export function gateConditions(
  ctx: GameContext,
  phase: number,
  vars: Vars,
  dashboard: Dashboard,
  moves: readonly string[],
): GateCheck | null {
  const gate = ctx.scenario.phases[phase + 1]?.gate;
  if (!gate) return null;
  const handicap = lookup(ctx.scenario).objective.get(ctx.objective)?.gateHandicap ?? 0;
  const aligned = alignedKpis(ctx);
  // Value must be seen on the dashboard: an aligned KPI, or any goal KPI when the objective names none.
  const valueBar = toFixed(gate.valueKpi + handicap);
  const seen = (id: KpiId) => {
    const observed = dashboard[id];
    return observed !== null && observed >= valueBar;
  };
  const value =
    aligned.length > 0
      ? aligned.some(seen)
      : ctx.scenario.measure.kpis.some((kpi) => kpi.kind === 'goal' && seen(kpi.id));
  return {
    buyIn: vars.buyIn >= toFixed(gate.buyIn + handicap),
    trust: vars.trust >= toFixed(gate.trust + handicap),
    participation: vars.participation >= gate.participation * ONE,
    value,
    moves:
      (gate.movesAny.length === 0 || gate.movesAny.some((m) => moves.includes(m))) &&
      gate.movesAll.every((m) => moves.includes(m)),
  };
}

export function checkGate(
  ctx: GameContext,
  phase: number,
  vars: Vars,
  dashboard: Dashboard,
  moves: readonly string[],
): boolean {
  const c = gateConditions(ctx, phase, vars, dashboard, moves);
  if (c === null) return false;
  return c.buyIn && c.trust && c.participation && c.value && c.moves;
}
