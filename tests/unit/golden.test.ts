import { describe, expect, it } from 'vitest';
import { replay, stateHash } from '../../src/sim';
import { BUNDLED_SCENARIOS } from '../../src/store/bundled-scenarios';
import { goldenFile, goldenGames, loadScenario } from '../../tools/load';

// If the model changes on purpose, regenerate with `npm run golden` and say so in the commit.
describe.each(BUNDLED_SCENARIOS.map((s) => s.id))('golden replays of %s', (id) => {
  const golden = goldenGames(id);
  const scenario = loadScenario(id);

  it(`has games to check in ${goldenFile(id)}`, () => expect(golden.length).toBeGreaterThanOrEqual(3));
  for (const g of golden) {
    it(`replays ${g.name} to the recorded state hashes`, () => {
      expect(g.game.scenario.id).toBe(id);
      const r = replay(scenario, g.game);
      expect([r.initial, ...r.records.map((x) => x.state)].map(stateHash)).toEqual(g.hashes);
    });
  }
});
