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

export type GateConditionId = keyof GateCheck;

/** One condition of a gate: whether it holds, and for the numeric ones where it stands against its bar. */
export interface GateMargin {
  id: GateConditionId;
  met: boolean;
  /** The value now, hundredths; for "value", the best KPI reading that counts (null: none is measured). */
  now: number | null;
  /** The bar it must reach, hundredths; null for the moves condition. */
  needs: number | null;
}

/**
 * The next phase's gate, condition by condition, with the numbers behind each (so a team two points short
 * sees it); null when there is no next phase. The one place the gate's rule lives: checkGate and
 * gateConditions read it.
 */
export function gateMargins(
  ctx: GameContext,
  phase: number,
  vars: Vars,
  dashboard: Dashboard,
  moves: readonly string[],
): GateMargin[] | null {
  const gate = ctx.scenario.phases[phase + 1]?.gate;
  if (!gate) return null;
  const handicap = lookup(ctx.scenario).objective.get(ctx.objective)?.gateHandicap ?? 0;
  const aligned = alignedKpis(ctx);
  // Value must be seen on the dashboard: an aligned KPI, or any goal KPI when the objective names none.
  const valueBar = toFixed(gate.valueKpi + handicap);
  const counted: readonly KpiId[] = aligned.length > 0 ? aligned : lookup(ctx.scenario).goalKpis;
  let best: number | null = null;
  for (const id of counted) {
    const observed = dashboard[id];
    if (observed !== null && (best === null || observed > best)) best = observed;
  }
  const bar = (id: GateConditionId, now: number, needs: number): GateMargin => ({
    id,
    met: now >= needs,
    now,
    needs,
  });
  return [
    bar('buyIn', vars.buyIn, toFixed(gate.buyIn + handicap)),
    bar('trust', vars.trust, toFixed(gate.trust + handicap)),
    bar('participation', vars.participation, gate.participation * ONE),
    { id: 'value', met: best !== null && best >= valueBar, now: best, needs: valueBar },
    {
      id: 'moves',
      met:
        (gate.movesAny.length === 0 || gate.movesAny.some((m) => moves.includes(m))) &&
        gate.movesAll.every((m) => moves.includes(m)),
      now: null,
      needs: null,
    },
  ];
}

/** Which conditions of the next phase's gate hold now; null when there is no next phase. */
export function gateConditions(
  ctx: GameContext,
  phase: number,
  vars: Vars,
  dashboard: Dashboard,
  moves: readonly string[],
): GateCheck | null {
  const margins = gateMargins(ctx, phase, vars, dashboard, moves);
  if (!margins) return null;
  const met = (id: GateConditionId) => margins.find((m) => m.id === id)!.met;
  return {
    buyIn: met('buyIn'),
    trust: met('trust'),
    participation: met('participation'),
    value: met('value'),
    moves: met('moves'),
  };
}

export function checkGate(
  ctx: GameContext,
  phase: number,
  vars: Vars,
  dashboard: Dashboard,
  moves: readonly string[],
): boolean {
  const margins = gateMargins(ctx, phase, vars, dashboard, moves);
  return margins?.every((m) => m.met) === true;
}
