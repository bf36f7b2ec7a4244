// The search's engine: a genetic search over whole plans (tools/search-genome.ts), each scored by playing
// it on the training seeds with explanations off. Deterministic: the same scenario, seeds, budget and
// search seed give the same plans, whatever the machine.
import { type GameSetup, ONE, type Plan, playPlan, type Scenario, type SimState } from '../src/sim';
import { nextInt, seedRng } from '../src/sim/rng';
import {
  crossover,
  type Genome,
  genomeKey,
  genomeOf,
  mutate,
  planOf,
  randomGenome,
  type Space,
  searchSpace,
} from './search-genome';

/**
 * A game's score: 100 per phase reached, plus the mean of final trust and buy-in (0 to 100), minus 100
 * when the programme did not last to the end. A phase outweighs any trust and buy-in, and a programme
 * cancelled or lost loses what a phase is worth, so the order is that of compareOutcomes (alive, phase,
 * trust + buy-in) while a mean over seeds still rewards every point.
 */
export function gameScore(final: SimState): number {
  const alive = final.ending === 'completed' || final.ending === null;
  return 100 * final.phase + (final.vars.trust + final.vars.buyIn) / (2 * ONE) - (alive ? 0 : 100);
}

export const SCORE_FORMULA =
  'mean over seeds of 100 x phase reached (0-2) + (final trust + final buy-in) / 2 - 100 if cancelled or community lost';

export interface SearchInput {
  scenario: Scenario;
  setup?: GameSetup;
  /** The training seeds every plan is scored on. */
  seeds: string[];
  /** How many plans to score in all. */
  budget: number;
  /** The search's own seed. */
  rng: string;
  /** Plans the first generation starts from (the reference plans), besides random ones. */
  starts?: Plan[];
  population?: number;
  /** How many of the best distinct plans to return. */
  keep?: number;
  /** Told after each generation, for a progress line. */
  onGeneration?: (stat: GenerationStat) => void;
}

export interface Found {
  genome: Genome;
  plan: Plan;
  /** Mean game score on the training seeds. */
  fitness: number;
  /** The game scores seed by seed: two plans with the same ones play alike (the best are told apart by it). */
  scores: number[];
}

export interface GenerationStat {
  generation: number;
  evaluations: number;
  best: number;
  mean: number;
}

export interface SearchResult {
  best: Found[];
  evaluations: number;
  generations: number;
  history: GenerationStat[];
  space: Space;
}

/** A plan's game score on each seed; the plan runner makes every decision legal (src/sim/plan.ts). */
export function scoresOf(
  scenario: Scenario,
  plan: Plan,
  seeds: readonly string[],
  setup: GameSetup = {},
): number[] {
  return seeds.map((seed) => gameScore(playPlan(scenario, seed, plan, setup, { explain: false }).final));
}

/** Mean game score of a plan on the seeds. */
export function fitnessOf(
  scenario: Scenario,
  plan: Plan,
  seeds: readonly string[],
  setup: GameSetup = {},
): number {
  const scores = scoresOf(scenario, plan, seeds, setup);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function runSearch(input: SearchInput): SearchResult {
  const { scenario, seeds, budget } = input;
  const setup = input.setup ?? {};
  const space = searchSpace(scenario, setup.turns ?? scenario.turns);
  const rng = seedRng(`search:${input.rng}`);
  const size = Math.max(4, Math.min(input.population ?? 40, budget));
  const keep = input.keep ?? 3;

  // Each distinct plan is played once; a repeated child costs nothing but is not counted as new.
  const scored = new Map<string, Found>();
  let evaluations = 0;
  const score = (genome: Genome): Found => {
    const key = genomeKey(space, genome);
    let found = scored.get(key);
    if (!found) {
      const plan = planOf(space, genome, 'search');
      const scores = scoresOf(scenario, plan, seeds, setup);
      found = { genome, plan, fitness: scores.reduce((a, b) => a + b, 0) / scores.length, scores };
      scored.set(key, found);
      evaluations++;
    }
    return found;
  };

  let population: Found[] = [];
  for (const plan of input.starts ?? []) {
    if (population.length >= size || evaluations >= budget) break;
    population.push(score(genomeOf(space, plan)));
  }
  while (population.length < size && evaluations < budget) population.push(score(randomGenome(space, rng)));

  const byFitness = (a: Found, b: Found) => b.fitness - a.fitness;
  const history: GenerationStat[] = [];
  const note = (generation: number) => {
    const fits = population.map((f) => f.fitness);
    history.push({
      generation,
      evaluations,
      best: round(Math.max(...fits)),
      mean: round(fits.reduce((a, b) => a + b, 0) / fits.length),
    });
    input.onGeneration?.(history[history.length - 1]!);
  };
  population.sort(byFitness);
  note(0);
  const tournament = () => {
    let best = population[nextInt(rng, population.length)]!;
    for (let i = 0; i < 2; i++) {
      const other = population[nextInt(rng, population.length)]!;
      if (other.fitness > best.fitness) best = other;
    }
    return best;
  };
  const elite = Math.max(1, Math.round(size / 10));
  let generations = 0;
  // A cap on tries, so a search that only finds plans it has already scored still ends.
  let tries = 0;
  while (evaluations < budget && tries < budget * 20) {
    const next = population.slice(0, elite);
    const seen = new Set(next.map((f) => genomeKey(space, f.genome)));
    while (next.length < size && evaluations < budget && tries < budget * 20) {
      tries++;
      const a = tournament();
      const child =
        nextInt(rng, 10) < 7
          ? mutate(space, crossover(space, a.genome, tournament().genome, rng), rng)
          : mutate(space, a.genome, rng);
      const key = genomeKey(space, child);
      if (seen.has(key)) continue;
      seen.add(key);
      next.push(score(child));
    }
    population = next.sort(byFitness);
    generations++;
    note(generations);
  }

  // The best plans that play differently: a plan scoring exactly like a better one on every seed is left out.
  const best: Found[] = [];
  const outcomes = new Set<string>();
  for (const found of [...scored.values()].sort(byFitness)) {
    if (best.length >= keep) break;
    const key = found.scores.join(',');
    if (outcomes.has(key)) continue;
    outcomes.add(key);
    best.push(found);
  }
  return { best, evaluations, generations, history, space };
}
