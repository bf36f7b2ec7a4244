// What a per-scenario lesson test needs, so that tests/unit/scenario-lessons/<scenario id>.test.ts says
// only what it proves: load a bundled scenario and its reference plans (scenarios/plans/<id>/), play a
// plan on the lesson seeds once (cached), and compare plans seed by seed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  compareOutcomes,
  type Explanation,
  type GameSetup,
  outcomeScore,
  type Plan,
  type PlayedPlan,
  parsePlan,
  playPlan,
  type Scenario,
  toPoints,
} from '../../../src/sim';
import { loadScenario, referencePlanFiles } from '../../../tools/load';

/** The issue asks every lesson to hold over at least 500 seeds. */
export const LESSON_SEEDS = 500;

export interface LessonBench {
  scenario: Scenario;
  seeds: string[];
  /** The scenario's reference plans by id (the file name without .json). */
  plans: Record<string, Plan>;
  /** A reference plan by id; throws naming the plans there are when it is missing. */
  plan(id: string): Plan;
  /**
   * A plan played on every seed with this setup, computed once per key (the plan's name by default:
   * give a key when two plans of a test share a name, or the same plan is played with two setups).
   */
  games(plan: Plan, setup?: GameSetup, key?: string): PlayedPlan[];
}

/**
 * Loads scenarios/<id>.json and its reference plans, with `count` seeds named `${prefix}-1`, `-2`...
 * Seeds differ from the default lesson tests' only by their prefix: pick one per scenario.
 */
export function lessonBench(id: string, count = LESSON_SEEDS, prefix = `${id}-lesson`): LessonBench {
  const scenario = loadScenario(id);
  const seeds = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
  const plans: Record<string, Plan> = {};
  for (const file of referencePlanFiles(id))
    plans[basename(file, '.json')] = parsePlan(JSON.parse(readFileSync(file, 'utf8')), scenario);
  const cache = new Map<string, PlayedPlan[]>();
  const games = (plan: Plan, setup: GameSetup = {}, key = plan.name) => {
    let found = cache.get(key);
    if (!found) {
      found = seeds.map((seed) => playPlan(scenario, seed, plan, setup));
      cache.set(key, found);
    }
    return found;
  };
  return {
    scenario,
    seeds,
    plans,
    plan(planId) {
      const found = plans[planId];
      if (!found)
        throw new Error(`no plan "${planId}" for ${id} (there are: ${Object.keys(plans).join(', ')})`);
      return found;
    },
    games,
  };
}

/** A plan with some of its fields changed and a new name (so its games are cached apart). */
export function variant(plan: Plan, name: string, changes: Partial<Plan>): Plan {
  return { ...plan, ...changes, name };
}

/** The share of true flags. */
export const share = (flags: boolean[]) => flags.filter(Boolean).length / flags.length;
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const trust = (g: PlayedPlan) => toPoints(g.final.vars.trust);
export const buyIn = (g: PlayedPlan) => toPoints(g.final.vars.buyIn);
export const participation = (g: PlayedPlan) => toPoints(g.final.vars.participation);
/** The phase reached (0 experimentation, 1 social marketing, 2 social business). */
export const phase = (g: PlayedPlan) => g.final.phase;
export const score = (g: PlayedPlan) => outcomeScore(g.final);
/** A variable in points after turn `turn` (1-based; the last state reached if the game ended sooner). */
export function after(g: PlayedPlan, turn: number, v: keyof PlayedPlan['final']['vars']): number {
  const r = g.records[Math.min(turn, g.records.length) - 1];
  return toPoints((r ? r.state : g.initial).vars[v]);
}

/** Seed by seed: the share of seeds where `a` beats `b` on the measure (strictly more). */
export function beats(a: PlayedPlan[], b: PlayedPlan[], measure: (g: PlayedPlan) => number): number {
  return share(a.map((g, i) => measure(g) > measure(b[i]!)));
}

/** Seed by seed, by the outcome order of src/sim/score.ts: wins, ties and losses of `a` against `b`. */
export function headToHead(a: PlayedPlan[], b: PlayedPlan[]): { wins: number; ties: number; losses: number } {
  const out = { wins: 0, ties: 0, losses: 0 };
  a.forEach((g, i) => {
    const c = compareOutcomes(g.final, b[i]!.final);
    if (c === 1) out.wins++;
    else if (c === 0) out.losses++;
    else out.ties++;
  });
  return out;
}

/** The same head to head as shares of the seeds: how often `a` ends better than `b`, and how often worse. */
export function winsAndLosses(a: PlayedPlan[], b: PlayedPlan[]): { wins: number; losses: number } {
  const { wins, losses } = headToHead(a, b);
  return { wins: wins / a.length, losses: losses / a.length };
}

/**
 * In how many turns a cause (such as `promise:broken`) is booked to a variable. Reading a record's
 * explanation replays its turn with the ledger on (docs/model.md): use it on a few hundred games, not more.
 */
export function causeCount(g: PlayedPlan, variable: keyof Explanation, cause: string): number {
  return g.records.filter((r) => (r.explanation[variable] ?? []).some((c) => c.cause === cause)).length;
}

/**
 * L1 seed by seed, for a steady plan against a campaign plan: the shares of seeds where the steady one
 * ends with more trust, where it ends in a later phase, and where the campaign leads on reach after each
 * of the first two quarters (the temptation is real).
 */
export function steadyVersusCampaign(
  steady: PlayedPlan[],
  campaign: PlayedPlan[],
): { trust: number; phase: number; campaignLeadsReach: [number, number] } {
  const reachLead = (q: number) =>
    share(steady.map((g, i) => campaign[i]!.records[q]!.state.reach > g.records[q]!.state.reach));
  return {
    trust: beats(steady, campaign, (g) => g.final.vars.trust),
    phase: beats(steady, campaign, phase),
    campaignLeadsReach: [reachLead(0), reachLead(1)],
  };
}

/** The best plan `npm run search` found for a scenario, kept in tests/fixtures/search/<id>-best.json. */
export function searchBest(b: LessonBench): Plan {
  const file = `tests/fixtures/search/${b.scenario.id}-best.json`;
  return parsePlan(JSON.parse(readFileSync(file, 'utf8')), b.scenario);
}

/** Whether a played game showed only goal KPIs on its dashboard, never a vanity number. */
export function goalKpisOnly(b: LessonBench, g: PlayedPlan): boolean {
  const vanity = new Set<string>(b.scenario.measure.kpis.filter((k) => k.kind === 'vanity').map((k) => k.id));
  return g.records.every((r) => r.decision.measure.every((k) => !vanity.has(k)));
}
