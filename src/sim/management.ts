// What the players see and what management makes of it. The dashboard holds only the measured KPIs,
// each with seeded noise; management judges the programme on that dashboard against the objective.
import { clamp, ONE, scale, toFixed } from './fixed';
import type { Ledger } from './ledger';
import { lookup } from './lookup';
import { nextInt, type RngState } from './rng';
import type { KpiId, Scenario } from './scenario-schema';
import type { GameContext } from './step';
import type { Dashboard, Kpis } from './types';

const MAX = 100 * ONE;

/** A noise draw for every KPI, measured or not, so that what is measured does not shift later draws. */
export function readDashboard(
  scenario: Scenario,
  kpis: Kpis,
  measured: readonly string[],
  rng: RngState,
): Dashboard {
  // Every KPI id present (null unless measured), built as one literal so every dashboard has one shape.
  const out: Dashboard = {
    followers: null,
    'page-views': null,
    likes: null,
    engagement: null,
    sentiment: null,
    'word-of-mouth': null,
    satisfaction: null,
    retention: null,
    'support-cost': null,
    'share-of-voice': null,
  };
  for (const kpi of scenario.measure.kpis) {
    const amplitude = toFixed(kpi.noise);
    const noise = nextInt(rng, 2 * amplitude + 1) - amplitude;
    if (measured.includes(kpi.id)) out[kpi.id] = clamp(kpis[kpi.id] + noise, 0, MAX);
  }
  return out;
}

/** The KPIs that count as value for an objective; a vague objective ("be on social") has none. */
export function alignedKpis(ctx: GameContext): readonly KpiId[] {
  return lookup(ctx.scenario).objective.get(ctx.objective)?.alignedKpis ?? [];
}

/**
 * Buy-in moves with what management sees: aligned KPIs above the phase's bar show value; other goal KPIs
 * count a little; vanity numbers count by their trend (so they swing with campaigns) and less each phase.
 */
export function managementStep(
  ctx: GameContext,
  phase: number,
  before: Dashboard,
  after: Dashboard,
  measured: readonly string[],
  turn: number,
  led: Ledger,
  shield: number,
): void {
  const { scenario } = ctx;
  const t = scenario.tuning;
  const ph = scenario.phases[phase]!;
  const bar = toFixed(ph.valueBar);
  const aligned = alignedKpis(ctx);
  const kpiById = lookup(scenario).kpi;
  let signal = 0;
  let count = 0;
  // Only the measured KPIs (at most a few): the others are null on the dashboard anyway.
  for (const id of measured as readonly KpiId[]) {
    const kpi = kpiById.get(id)!;
    const observed = after[id];
    if (observed === null) continue;
    count++;
    if (kpi.kind === 'vanity') {
      const previous = before[id];
      const trend = previous === null ? 0 : observed - previous;
      signal += scale(trend, t.managementVanityTrend * ph.vanityWeight);
      signal += scale(observed - bar, t.managementVanityLevel * ph.vanityWeight);
    } else if (aligned.includes(id)) {
      signal += scale(observed - bar, t.managementAligned);
    } else {
      signal += scale(observed - bar, t.managementOtherGoal);
    }
  }
  if (count === 0) {
    led.add('buyIn', -toFixed(t.managementBlind), 'management:blind');
  } else {
    const limit = toFixed(t.managementMaxStep);
    let delta = clamp(Math.round(signal / count), -limit, limit);
    if (delta < 0) delta = scale(delta, shield);
    led.add('buyIn', delta, 'management:dashboard');
  }
  if (phase === 0 && turn > t.patienceTurn) led.add('buyIn', -toFixed(t.patienceLoss), 'management:patience');
}
