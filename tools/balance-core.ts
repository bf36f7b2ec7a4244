// The balance lab's engine: every plan on the same seeds, then the distribution of outcomes per plan and
// how often each plan beats each other one. Pure apart from playing the games; the timing is the caller's.
import {
  compareOutcomes,
  type GameSetup,
  PHASE_IDS,
  type Plan,
  playPlan,
  type Scenario,
  type SimState,
  toPoints,
} from '../src/sim';
import { countBy, mean, roundSummary, type Summary, shares, summarize } from './stats';

export interface BalancePlan {
  /** Where the plan came from (a file path), to tell plans with the same name apart. */
  file: string;
  plan: Plan;
}

export interface BalanceInput {
  scenario: Scenario;
  plans: BalancePlan[];
  seeds: string[];
  setup?: GameSetup;
}

export interface PlanOutcomes {
  file: string;
  name: string;
  games: number;
  trust: Summary;
  buyIn: Summary;
  reach: Summary;
  phase: { counts: Record<string, number>; shares: Record<string, number> };
  endings: { counts: Record<string, number>; shares: Record<string, number> };
  /** Mean dissonance incidents per game. */
  incidents: number;
}

/** Plan a against plan b on the same seeds; a tie counts half to each, so aWins + bWins = 1. */
export interface PairResult {
  a: string;
  b: string;
  aWins: number;
  bWins: number;
  ties: number;
}

export interface BalanceReport {
  scenario: { id: string; version: number };
  seeds: { count: number; first: string; last: string };
  setup: GameSetup;
  games: number;
  plans: PlanOutcomes[];
  pairs: PairResult[];
}

export const ENDINGS = ['completed', 'cancelled', 'community-lost'] as const;

/** seed-1 .. seed-N, or with another prefix. */
export function seedList(count: number, prefix = 'seed-'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}

/** Per plan, the raw numbers of each game, in points. */
interface Tally {
  trust: number[];
  buyIn: number[];
  reach: number[];
  phase: string[];
  ending: string[];
  incidents: number[];
}

export function runBalance({ scenario, plans, seeds, setup = {} }: BalanceInput): BalanceReport {
  const tallies: Tally[] = plans.map(() => ({
    trust: [],
    buyIn: [],
    reach: [],
    phase: [],
    ending: [],
    incidents: [],
  }));
  // wins[i][j]: points plan i scored against plan j (1 a win, 0.5 a tie); ties[i][j] counts ties.
  const wins = plans.map(() => plans.map(() => 0));
  const ties = plans.map(() => plans.map(() => 0));
  const finals: SimState[] = [];
  for (const seed of seeds) {
    plans.forEach((p, i) => {
      // Outcomes only: explanations are not needed here, and skipping them changes no number.
      const final = playPlan(scenario, seed, p.plan, setup, { explain: false }).final;
      finals[i] = final;
      const t = tallies[i]!;
      t.trust.push(toPoints(final.vars.trust));
      t.buyIn.push(toPoints(final.vars.buyIn));
      t.reach.push(toPoints(final.reach));
      t.phase.push(PHASE_IDS[final.phase]!);
      t.ending.push(final.ending ?? 'unfinished');
      t.incidents.push(final.incidents);
    });
    for (let i = 0; i < plans.length; i++)
      for (let j = i + 1; j < plans.length; j++) {
        const score = compareOutcomes(finals[i]!, finals[j]!);
        wins[i]![j]! += score;
        wins[j]![i]! += 1 - score;
        if (score === 0.5) {
          ties[i]![j]!++;
          ties[j]![i]!++;
        }
      }
  }
  const n = seeds.length;
  const outcomes = plans.map((p, i): PlanOutcomes => {
    const t = tallies[i]!;
    const phaseCounts = countBy(t.phase, PHASE_IDS);
    const endingCounts = countBy(t.ending, ENDINGS);
    return {
      file: p.file,
      name: p.plan.name,
      games: n,
      trust: roundSummary(summarize(t.trust)),
      buyIn: roundSummary(summarize(t.buyIn)),
      reach: roundSummary(summarize(t.reach)),
      phase: { counts: phaseCounts, shares: roundShares(shares(phaseCounts)) },
      endings: { counts: endingCounts, shares: roundShares(shares(endingCounts)) },
      incidents: Math.round(mean(t.incidents) * 1000) / 1000,
    };
  });
  const pairs: PairResult[] = [];
  for (let i = 0; i < plans.length; i++)
    for (let j = i + 1; j < plans.length; j++) {
      // Unrounded shares, so that the two sides of a pair add up to exactly 1.
      pairs.push({
        a: plans[i]!.file,
        b: plans[j]!.file,
        aWins: wins[i]![j]! / n,
        bWins: wins[j]![i]! / n,
        ties: ties[i]![j]! / n,
      });
    }
  return {
    scenario: { id: scenario.id, version: scenario.version },
    seeds: { count: n, first: seeds[0] ?? '', last: seeds[n - 1] ?? '' },
    setup,
    games: n * plans.length,
    plans: outcomes,
    pairs,
  };
}

function roundShares(s: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(s)) out[k] = Math.round(v * 10_000) / 10_000;
  return out;
}
