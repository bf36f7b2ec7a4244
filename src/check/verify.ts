// Replays the golden games and compares every state hash with the one recorded in Node when they were made.
// No DOM here, so the same check runs in a unit test and in the device check page.
import {
  findScenario,
  type GameRecord,
  replay,
  type Scenario,
  type ScenarioCatalog,
  stateHash,
} from '../sim';

export interface GoldenGame {
  name: string;
  game: GameRecord;
  hashes: string[];
}

export interface CheckResult {
  name: string;
  turns: number;
  /** Hashes computed here: the start state, then the state after each turn. Empty if the replay failed. */
  hashes: string[];
  match: boolean;
  /** First state that differs: 0 is the start, k the state after turn k. */
  firstMismatch: number | null;
  /** Why the game could not be replayed at all (for example, the scenario changed since it was recorded). */
  error: string | null;
}

export function checkGame(scenario: Scenario, golden: GoldenGame): CheckResult {
  const base = { name: golden.name, turns: golden.game.turns.length };
  let hashes: string[];
  try {
    const r = replay(scenario, golden.game);
    hashes = [r.initial, ...r.records.map((x) => x.state)].map(stateHash);
  } catch (e) {
    return { ...base, hashes: [], match: false, firstMismatch: null, error: (e as Error).message };
  }
  const length = Math.max(hashes.length, golden.hashes.length);
  let firstMismatch: number | null = null;
  for (let i = 0; i < length && firstMismatch === null; i++) {
    if (hashes[i] !== golden.hashes[i]) firstMismatch = i;
  }
  return { ...base, hashes, match: firstMismatch === null, firstMismatch, error: null };
}

/** Each game replayed with the scenario it names; a game of a scenario not at hand says so. */
export function checkGames(scenarios: ScenarioCatalog, games: GoldenGame[]): CheckResult[] {
  return games.map((g) => {
    const scenario = findScenario(scenarios, g.game.scenario.id);
    if (scenario) return checkGame(scenario, g);
    const error = `no scenario "${g.game.scenario.id}" in this build`;
    return { name: g.name, turns: g.game.turns.length, hashes: [], match: false, firstMismatch: null, error };
  });
}
