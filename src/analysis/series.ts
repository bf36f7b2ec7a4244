// The numbers a debrief draws: for every turn (0 = the start), the true state beside what the players
// saw on their dashboard. A KPI that was not measured that turn is null, so charts show a gap there.
import type { Replay } from '../sim';
import { KPI_IDS, type KpiId, PHASE_IDS, type PhaseId, type SimState } from '../sim';

export interface TurnPoint {
  turn: number;
  phase: PhaseId;
  /** True values, in hundredths of a point. */
  trust: number;
  buyIn: number;
  reach: number;
  kpis: Record<KpiId, number>;
  /** What the dashboard showed (noisy), null where nothing was measured. */
  seen: Record<KpiId, number | null>;
}

export function pointOf(state: SimState): TurnPoint {
  return {
    turn: state.turn,
    phase: PHASE_IDS[state.phase] ?? PHASE_IDS[0],
    trust: state.vars.trust,
    buyIn: state.vars.buyIn,
    reach: state.reach,
    kpis: { ...state.kpis },
    seen: { ...state.dashboard },
  };
}

/** One point per state the game went through, the start included. */
export function gameSeries(played: Pick<Replay, 'initial' | 'records'>): TurnPoint[] {
  return [pointOf(played.initial), ...played.records.map((r) => pointOf(r.state))];
}

/** The KPIs measured at least once, in the scenario's order: the ones worth a "seen" line. */
export function measuredKpis(played: Pick<Replay, 'records'>): KpiId[] {
  const used = new Set<string>();
  for (const r of played.records) for (const k of r.decision.measure) used.add(k);
  return KPI_IDS.filter((k) => used.has(k));
}
