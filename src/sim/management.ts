// What the players see and what management makes of it. The dashboard holds only the measured KPIs,
// each with seeded noise; management judges the programme on that dashboard against the objective.
import { clamp, ONE, scale, toFixed } from './fixed';
import type { Ledger } from './ledger';
import { lookup } from './lookup';
import { nextInt, type RngState } from './rng';
import type { KpiId, Scenario } from './scenario-schema';
import type { GameContext } from './step';
import type { Dashboard, Kpis, SimState } from './types';

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
  const list = scenario.measure.kpis;
  const amplitudes = lookup(scenario).kpiNoise;
  for (let i = 0; i < list.length; i++) {
    const amplitude = amplitudes[i]!;
    const noise = nextInt(rng, 2 * amplitude + 1) - amplitude;
    const id = list[i]!.id;
    if (measured.length > 0 && measured.includes(id)) out[id] = clamp(kpis[id] + noise, 0, MAX);
  }
  return out;
}

/** The KPIs that count as value for an objective; a vague objective ("be on social") has none. */
export function alignedKpis(ctx: GameContext): readonly KpiId[] {
  return lookup(ctx.scenario).objective.get(ctx.objective)?.alignedKpis ?? [];
}

/** What a dashboard is worth to management this quarter, in hundredths of buy-in, before its cap. */
function verdict(
  ctx: GameContext,
  phase: number,
  seenBefore: Dashboard,
  before: Dashboard | Kpis,
  after: Dashboard | Kpis,
  measured: readonly string[],
  fatigue: number,
): number {
  const { scenario } = ctx;
  const t = scenario.tuning;
  const ph = scenario.phases[phase]!;
  const bar = toFixed(ph.valueBar);
  const aligned = alignedKpis(ctx);
  const kpiById = lookup(scenario).kpi;
  const impressed = 1 - fatigue / MAX;
  let gains = 0;
  let losses = 0;
  let count = 0;
  for (const id of measured as readonly KpiId[]) {
    const kpi = kpiById.get(id)!;
    const observed = after[id];
    if (observed === null) continue;
    count++;
    let x = 0;
    if (kpi.kind === 'vanity') {
      // A trend needs last quarter's figure on the dashboard (for the truth too, so luck is only noise).
      const previous = seenBefore[id] === null ? null : before[id];
      const trend = previous === null ? 0 : observed - previous;
      const w = ph.vanityWeight * impressed;
      // Big numbers look good next to a modest bar: vanity is judged against part of it.
      const vanityBar = scale(bar, t.vanityBar);
      x =
        scale(trend, t.managementVanityTrend * w) + scale(observed - vanityBar, t.managementVanityLevel * w);
      x -= scale(toFixed(t.vanityFatigueCost), fatigue / MAX);
    } else {
      // Level against the phase's bar, and progress since last quarter: a GPS shows the way still to go.
      // What convinces changes as the programme matures: a KPI counts as much as it fits the phase, and
      // management does not yet blame the programme for a KPI the phase does not ask for.
      const fit = kpi.phaseFit[phase]!;
      const w = (aligned.includes(id) ? t.managementAligned : t.managementOtherGoal) * fit;
      const previous = seenBefore[id] === null ? null : before[id];
      const trend = previous === null ? 0 : observed - previous;
      x = scale(observed - bar, w) + scale(trend, w * t.managementGoalTrend);
      if (x < 0) x = scale(x, fit);
    }
    if (x > 0) gains += x;
    else losses += x;
  }
  if (count === 0) return Number.NaN;
  // Good news convinces as far as the dashboard covers the ground: a full dashboard, and one that covers
  // the objective, is needed for full credit. Bad news counts in full, so showing one or two KPIs is a
  // gamble, not a strategy.
  const credit = 1 - t.coverageWeight + t.coverageWeight * coverage(ctx, measured);
  return Math.round((gains * credit) / Math.max(count, scenario.measure.max) + losses / count);
}

/** How much of the objective the dashboard covers: its aligned KPIs measured (goal KPIs for a vague one). */
function coverage(ctx: GameContext, measured: readonly string[]): number {
  const aligned = alignedKpis(ctx);
  const max = ctx.scenario.measure.max;
  const L = lookup(ctx.scenario).kpi;
  let n = 0;
  for (const id of measured)
    if (aligned.length > 0 ? aligned.includes(id as KpiId) : L.get(id)?.kind === 'goal') n++;
  return n / Math.min(max, aligned.length > 0 ? aligned.length : max);
}

/** Whether the dashboard shows business value: an aligned KPI (any goal KPI for a vague objective) at the bar. */
function showsValue(
  ctx: GameContext,
  phase: number,
  dashboard: Dashboard,
  measured: readonly string[],
): boolean {
  const bar = toFixed(ctx.scenario.phases[phase]!.valueBar);
  const aligned = alignedKpis(ctx);
  const kpiById = lookup(ctx.scenario).kpi;
  // Only measured KPIs are on the dashboard (the others read null).
  for (const id of measured as readonly KpiId[]) {
    const observed = dashboard[id];
    if (observed === null || observed < bar) continue;
    if (aligned.length > 0 ? aligned.includes(id) : kpiById.get(id)!.kind === 'goal') return true;
  }
  return false;
}

/**
 * Buy-in moves with what management sees: goal KPIs above the phase's bar show value, the aligned ones
 * and those that fit the phase most; vanity numbers count by their trend and level, less each phase and
 * less each quarter they come without business value (fatigue). The same verdict on the true KPIs is
 * booked to the dashboard; what measurement noise added or took is booked apart, as luck.
 * Returns management's fatigue with vanity numbers after this quarter.
 */
export function managementStep(
  ctx: GameContext,
  phase: number,
  s0: SimState,
  kpis: Kpis,
  after: Dashboard,
  measured: readonly string[],
  turn: number,
  led: Ledger,
  moves: readonly string[],
): number {
  const { scenario } = ctx;
  const t = scenario.tuning;
  const fatigue = s0.vanityFatigue;
  const seen = verdict(ctx, phase, s0.dashboard, s0.dashboard, after, measured, fatigue);
  if (Number.isNaN(seen)) {
    led.add('buyIn', -toFixed(t.managementBlind), 'management:blind');
  } else {
    const limit = toFixed(t.managementMaxStep);
    const capped = (x: number) => clamp(x, -limit, limit);
    const truth = capped(verdict(ctx, phase, s0.dashboard, s0.kpis, kpis, measured, fatigue));
    const luck = capped(seen) - truth;
    led.add('buyIn', truth, 'management:dashboard');
    led.add('buyIn', luck, 'management:noise');
    // A sponsor shields the programme from part of a bad verdict: booked to the sponsor.
    const total = truth + luck;
    if (total < 0) shield(ctx, led, total, moves);
  }
  if (phase === 0 && turn > t.patienceTurn) led.add('buyIn', -toFixed(t.patienceLoss), 'management:patience');
  // Fatigue: up while vanity numbers come without business value, down while value shows.
  if (showsValue(ctx, phase, after, measured)) return Math.max(0, fatigue - toFixed(t.vanityFatigueRelief));
  const kpiById = lookup(scenario).kpi;
  if (measured.some((id) => kpiById.get(id)?.kind === 'vanity'))
    return Math.min(MAX, fatigue + toFixed(t.vanityFatigueRate));
  return fatigue;
}

function shield(ctx: GameContext, led: Ledger, loss: number, moves: readonly string[]): void {
  const L = lookup(ctx.scenario);
  let left = loss;
  for (const id of moves) {
    const f = L.move.get(id)!.modifiers.buyInShield;
    if (f === undefined || f === 1) continue;
    const kept = scale(left, f);
    led.add('buyIn', kept - left, L.moveDeltas.get(id)!.cause);
    left = kept;
  }
}
