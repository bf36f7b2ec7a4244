import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GameRecord, parseScenarioText, replay, stateHash } from '../../src/sim';

// If the model changes on purpose, regenerate with `npm run golden` and say so in the commit.
const golden: { name: string; game: GameRecord; hashes: string[] }[] = JSON.parse(
  readFileSync('tests/golden/games.json', 'utf8'),
);
const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));

describe('golden replays', () => {
  it('has games to check', () => expect(golden.length).toBeGreaterThanOrEqual(3));
  for (const g of golden) {
    it(`replays ${g.name} to the recorded state hashes`, () => {
      const r = replay(scenario, g.game);
      expect([r.initial, ...r.records.map((x) => x.state)].map(stateHash)).toEqual(g.hashes);
    });
  }
});
