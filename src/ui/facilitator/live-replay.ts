// One replay per team game the live board receives. The board's cards and the facilitator's store both
// need the replay of each team's log, and each update from the server changes one team only: keyed by the
// game record the server sent (a new object with each decision), an unchanged team is not replayed again
// when another team's card changes.
import { type GameRecord, type Replay, replay, type Scenario } from '../../sim';

const kept = new WeakMap<GameRecord, { scenario: Scenario; result: Replay }>();

/** replay(scenario, game), computed once per game record (and scenario). Throws as replay does. */
export function replayOnce(scenario: Scenario, game: GameRecord): Replay {
  const hit = kept.get(game);
  if (hit?.scenario === scenario) return hit.result;
  const result = replay(scenario, game);
  kept.set(game, { scenario, result });
  return result;
}
