// What the search found, measured on fresh seeds: every best plan and every reference plan played on the
// same seeds (tools/balance-core.ts), each best plan's wins against each reference, and what the plan does
// when it plays (choices per phase, KPI sets, moves and answers), so a person can judge it.
import { type GameSetup, PHASE_IDS, type Plan, playPlan, type Scenario } from '../src/sim';
import { type BalancePlan, type PlanOutcomes, runBalance } from './balance-core';

export interface FreshOutcome {
  file: string;
  name: string;
  /** Mean game score (tools/search-core.ts gameScore) on the fresh seeds. */
  score: number;
  /** Share of seeds per phase reached, per ending; mean final trust and buy-in. */
  phase: Record<string, number>;
  endings: Record<string, number>;
  trust: number;
  buyIn: number;
  outcomes: PlanOutcomes;
}

export interface Versus {
  reference: string;
  /** Shares of the fresh seeds where the plan did better, equally, worse (compareOutcomes). */
  beats: number;
  ties: number;
  loses: number;
}

export interface BestOnFresh extends FreshOutcome {
  vsBestReference: Versus;
  vs: Versus[];
}

export interface FreshComparison {
  seeds: { count: number; first: string; last: string };
  /** The reference plan with the highest mean score on these seeds. */
  bestReference: string;
  best: BestOnFresh[];
  references: FreshOutcome[];
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The mean game score from a plan's tallies: the score is linear in phase, trust, buy-in and endings. */
function freshOutcome(o: PlanOutcomes): FreshOutcome {
  const meanPhase = PHASE_IDS.reduce((sum, id, i) => sum + i * (o.phase.counts[id] ?? 0), 0) / o.games;
  const alive = (o.endings.counts.completed ?? 0) / o.games;
  return {
    file: o.file,
    name: o.name,
    score: Math.round((100 * meanPhase + (o.trust.mean + o.buyIn.mean) / 2 - 100 * (1 - alive)) * 100) / 100,
    phase: o.phase.shares,
    endings: o.endings.shares,
    trust: o.trust.mean,
    buyIn: o.buyIn.mean,
    outcomes: o,
  };
}

export function compareOnFresh(input: {
  scenario: Scenario;
  setup?: GameSetup;
  best: BalancePlan[];
  references: BalancePlan[];
  seeds: string[];
}): FreshComparison {
  const report = runBalance({
    scenario: input.scenario,
    plans: [...input.best, ...input.references],
    seeds: input.seeds,
    setup: input.setup,
  });
  const outcomes = report.plans.map(freshOutcome);
  const best = outcomes.slice(0, input.best.length);
  const references = outcomes.slice(input.best.length);
  const top = [...references].sort((a, b) => b.score - a.score)[0];
  const versus = (a: string, b: string): Versus => {
    const pair = report.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))!;
    const wins = pair.a === a ? pair.aWins : pair.bWins;
    return {
      reference: b,
      beats: r4(wins - pair.ties / 2),
      ties: r4(pair.ties),
      loses: r4(1 - wins - pair.ties / 2),
    };
  };
  return {
    seeds: report.seeds,
    bestReference: top?.file ?? '',
    references,
    best: best.map((b) => ({
      ...b,
      vsBestReference: top ? versus(b.file, top.file) : { reference: '', beats: 0, ties: 0, loses: 0 },
      vs: references.map((ref) => versus(b.file, ref.file)),
    })),
  };
}

export interface PhaseHabits {
  /** Quarters decided in this phase, over all seeds. */
  quarters: number;
  approach: Record<string, number>;
  voice: Record<string, number>;
  governance: Record<string, number>;
  /** The KPI sets shown, most frequent first (ids joined by "+"; "(none)" for an empty dashboard). */
  measure: { kpis: string; share: number }[];
}

export interface PlanHabits {
  objective: string;
  /** Per phase id, the shares of quarters decided in it. */
  phases: Record<string, PhaseHabits>;
  /** Moves in the order they are made on average: share of games made, mean quarter. */
  moves: { id: string; made: number; meanTurn: number }[];
  /** Per event met: how often, the plan's answer, and the answers actually given (shares). */
  answers: { event: string; met: number; policy: string | null; given: Record<string, number> }[];
}

const shareOf = (counts: Map<string, number>, total: number): Record<string, number> =>
  Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, r4(n / total)]));

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** How a plan plays on the seeds: what it chooses in each phase, its KPI sets, moves and answers. */
export function planHabits(
  scenario: Scenario,
  plan: Plan,
  seeds: readonly string[],
  setup: GameSetup = {},
): PlanHabits {
  const byPhase = PHASE_IDS.map(() => ({
    quarters: 0,
    approach: new Map<string, number>(),
    voice: new Map<string, number>(),
    governance: new Map<string, number>(),
    measure: new Map<string, number>(),
  }));
  const moves = new Map<string, { made: number; turns: number }>();
  const answers = new Map<string, Map<string, number>>();
  let objective = '';
  for (const seed of seeds) {
    const played = playPlan(scenario, seed, plan, setup, { explain: false });
    objective = played.game.objective;
    for (const r of played.records) {
      const p = byPhase[r.phaseBefore]!;
      p.quarters++;
      bump(p.approach, r.decision.approach);
      bump(p.voice, r.decision.voice);
      bump(p.governance, r.decision.governance);
      bump(p.measure, r.decision.measure.length > 0 ? [...r.decision.measure].sort().join('+') : '(none)');
      for (const id of r.decision.moves) {
        const m = moves.get(id) ?? { made: 0, turns: 0 };
        m.made++;
        m.turns += r.turn;
        moves.set(id, m);
      }
      if (r.event?.response) {
        const given = answers.get(r.event.id) ?? new Map<string, number>();
        answers.set(r.event.id, given);
        bump(given, r.event.response);
      }
    }
  }
  const phases: Record<string, PhaseHabits> = {};
  byPhase.forEach((p, i) => {
    if (p.quarters === 0) return;
    phases[PHASE_IDS[i]!] = {
      quarters: p.quarters,
      approach: shareOf(p.approach, p.quarters),
      voice: shareOf(p.voice, p.quarters),
      governance: shareOf(p.governance, p.quarters),
      measure: Object.entries(shareOf(p.measure, p.quarters))
        .slice(0, 3)
        .map(([kpis, share]) => ({ kpis, share })),
    };
  });
  return {
    objective,
    phases,
    moves: [...moves]
      .map(([id, m]) => ({
        id,
        made: r4(m.made / seeds.length),
        meanTurn: Math.round((m.turns / m.made) * 10) / 10,
      }))
      .sort((a, b) => a.meanTurn - b.meanTurn),
    answers: [...answers].map(([event, given]) => {
      const met = [...given.values()].reduce((a, b) => a + b, 0);
      return { event, met, policy: plan.responses?.[event] ?? null, given: shareOf(given, met) };
    }),
  };
}
