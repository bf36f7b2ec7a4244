// The search (npm run search): deterministic for a given search seed, and every plan it returns is a valid
// plan file whose games the sim accepts turn by turn. Small budgets: this checks the machinery, not
// what it finds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanChoices } from '../../src/sim';
import { contextOf, parsePlan, parseScenarioText, playPlan, replay, validateDecision } from '../../src/sim';
import { seedRng } from '../../src/sim/rng';
import { seedList } from '../../tools/balance-core';
import { fitnessOf, gameScore, runSearch } from '../../tools/search-core';
import { type Choices, genomeOf, mutate, planOf, randomGenome, searchSpace } from '../../tools/search-genome';
import { compareOnFresh, planHabits } from '../../tools/search-report';

/** A genome layer written out in full, redundant choices included (what planOf leaves out). */
function layer(space: ReturnType<typeof searchSpace>, c: Choices): PlanChoices {
  const out: PlanChoices = {};
  if (c.approach !== null) out.approach = space.approaches[c.approach]!;
  if (c.voice !== null) out.voice = space.voices[c.voice]!;
  if (c.governance !== null) out.governance = space.governances[c.governance]!;
  if (c.measure !== null) out.measure = c.measure.map((k) => space.kpis[k]!);
  return out;
}

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const reference = (name: string) =>
  parsePlan(JSON.parse(readFileSync(`scenarios/plans/${name}.json`, 'utf8')), scenario);
const starts = [reference('continuity-dialogue'), reference('campaign-broadcast')];
const seeds = seedList(4, 'train-');
const small = (rng: string) => runSearch({ scenario, seeds, budget: 40, population: 8, rng, starts });

describe('the search', () => {
  const a = small('unit');
  const b = small('unit');

  it('is deterministic for a given search seed', () => {
    expect(a.evaluations).toBe(40);
    expect(b.best.map((f) => f.plan)).toEqual(a.best.map((f) => f.plan));
    expect(b.best.map((f) => f.fitness)).toEqual(a.best.map((f) => f.fitness));
    expect(b.history).toEqual(a.history);
    expect(a.generations).toBeGreaterThan(1);
  });

  it('returns valid plan files, best first, scored as their games say', () => {
    expect(a.best).toHaveLength(3);
    for (let i = 1; i < a.best.length; i++)
      expect(a.best[i - 1]!.fitness).toBeGreaterThanOrEqual(a.best[i]!.fitness);
    for (const found of a.best) {
      const plan = parsePlan(JSON.parse(JSON.stringify(found.plan)), scenario);
      const scores = seeds.map((seed) => gameScore(playPlan(scenario, seed, plan).final));
      expect(found.fitness).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / seeds.length, 9);
    }
    // It never does worse than the plans it started from.
    expect(a.best[0]!.fitness).toBeGreaterThanOrEqual(fitnessOf(scenario, starts[0]!, seeds));
  });

  it('makes plans whose every decision the sim accepts, on seeds it never trained on', () => {
    const space = searchSpace(scenario, scenario.turns);
    const rng = seedRng('legal');
    const plans = [...a.best.map((f) => f.plan)];
    for (let i = 0; i < 20; i++)
      plans.push(planOf(space, mutate(space, randomGenome(space, rng), rng), `random ${i}`));
    for (const plan of plans)
      for (const seed of seedList(3, 'fresh-')) {
        const played = playPlan(scenario, seed, parsePlan(JSON.parse(JSON.stringify(plan)), scenario));
        const ctx = contextOf(scenario, played.game);
        const again = replay(scenario, played.game);
        played.game.turns.forEach((d, t) => {
          const state = t === 0 ? again.initial : again.records[t - 1]!.state;
          expect(validateDecision(ctx, state, d)).toEqual([]);
        });
      }
  });

  it('writes a genome as a plan file that reads back as the same plan, and plays alike', () => {
    const space = searchSpace(scenario, scenario.turns);
    const rng = seedRng('round-trip');
    for (let i = 0; i < 50; i++) {
      const g = mutate(space, randomGenome(space, rng), rng);
      const plan = planOf(space, g, 'x');
      expect(planOf(space, genomeOf(space, plan), 'x')).toEqual(plan);
      // A choice said again by a quarter is left out of the file, never changed.
      if (i < 10) {
        const played = (p: Plan) => playPlan(scenario, 'round-trip', p).game.turns;
        const full = {
          ...plan,
          turns: Object.fromEntries(g.turns.map((c, t) => [String(t + 1), layer(space, c)])),
        };
        expect(played(plan)).toEqual(played(full));
      }
    }
  });

  it('reads every reference plan into a genome that plays exactly like it', () => {
    const space = searchSpace(scenario, scenario.turns);
    for (const name of ['continuity-dialogue', 'campaign-then-drop', 'viral-gambler', 'vanity-metrics']) {
      const plan = reference(name);
      const again = planOf(space, genomeOf(space, plan), name);
      for (const seed of seedList(3, 'same-'))
        expect(playPlan(scenario, seed, again).game.turns).toEqual(playPlan(scenario, seed, plan).game.turns);
    }
  });

  it('compares the best plans with the references on fresh seeds and says what they do', () => {
    const fresh = seedList(6, 'fresh-');
    const best = [{ file: 'best-1.json', plan: a.best[0]!.plan }];
    const refs = starts.map((plan, i) => ({ file: `ref-${i}.json`, plan }));
    const c = compareOnFresh({ scenario, best, references: refs, seeds: fresh });
    expect(c.references.map((r) => r.file)).toEqual(['ref-0.json', 'ref-1.json']);
    const top = [...c.references].sort((x, y) => y.score - x.score)[0]!;
    expect(c.bestReference).toBe(top.file);
    const v = c.best[0]!.vsBestReference;
    expect(v.beats + v.ties + v.loses).toBeCloseTo(1, 9);
    // The mean score from the balance tallies is the mean of the games' own scores.
    const scores = fresh.map((seed) => gameScore(playPlan(scenario, seed, starts[1]!).final));
    expect(c.references[1]!.score).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / fresh.length, 1);
    const habits = planHabits(scenario, starts[0]!, fresh);
    expect(habits.objective).toBe('retention');
    expect(habits.phases.experimentation!.approach).toEqual({ continuity: 1 });
    expect(habits.moves[0]).toEqual({ id: 'evangelist-team', made: 1, meanTurn: 1 });
  });
});
