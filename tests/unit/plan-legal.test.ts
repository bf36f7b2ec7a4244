// The plan runner builds every decision through the sim's legality query (options.ts), so playPlan plays
// them without checking each again (the balance lab and the search play millions). This guards that
// shortcut: on random plans of every bundled case, and on the reference plans, each decision the runner
// made is one validateDecision accepts; replay() checks every turn, so it throws on the first that is not.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playPlan, replay } from '../../src/sim';
import { stateHash } from '../../src/sim/golden';
import { seedRng } from '../../src/sim/rng';
import { loadPlan, loadScenario, referencePlanFiles } from '../../tools/load';
import { planOf, randomGenome, searchSpace } from '../../tools/search-genome';

const CASES = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''));

describe('the plan runner makes only decisions the sim accepts', () => {
  for (const id of CASES) {
    it(`${id}: random plans and reference plans replay turn for turn`, () => {
      const scenario = loadScenario(id);
      const space = searchSpace(scenario, scenario.turns);
      const rng = seedRng(`plan-legal-${id}`);
      const plans = [
        ...referencePlanFiles(id).map((file) => loadPlan(file, scenario)),
        ...Array.from({ length: 40 }, (_, i) => planOf(space, randomGenome(space, rng), `random-${i}`)),
      ];
      let turns = 0;
      plans.forEach((plan, i) => {
        for (const seed of [`a-${i}`, `b-${i}`]) {
          const played = playPlan(scenario, seed, plan);
          const again = replay(scenario, played.game);
          expect(stateHash(again.final)).toBe(stateHash(played.final));
          turns += played.records.length;
        }
      });
      expect(turns).toBeGreaterThan(plans.length * 2);
    });
  }
});
