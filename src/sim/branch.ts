// Practice branches: a team whose game failed tries again from an earlier quarter. The branch is a game of
// its own whose first quarters are the replay of the decisions it was branched from (same scenario, seed,
// setup and objective, so the states are bit-identical), and which carries the team's first game, so that
// game stays the team's result whatever the branch becomes.
import { GameError, type Replay, replay } from './game';
import type { Scenario } from './scenario-schema';
import { totalTurns } from './step';
import type { GameRecord, TurnDecision } from './types';

/** The team's first game of a branch (the one that counts as its result); null for an ordinary game. */
export function firstGameOf(game: GameRecord): GameRecord | null {
  if (!game.branch) return null;
  const { branch: _branch, ...rest } = game;
  return { ...rest, turns: game.branch.first };
}

/**
 * The branch of a game that plays again from quarter `from` (1-based): the game's decisions before it are
 * kept, the rest is for the team to decide anew. A branch of a branch still names the team's first game.
 * Throws GameError when `from` is not a quarter the game has played.
 */
export function branchGame(game: GameRecord, from: number): GameRecord {
  if (!Number.isInteger(from) || from < 1 || from > game.turns.length)
    throw new GameError(
      `a branch starts at a quarter the game has played (1 to ${game.turns.length}), not ${from}`,
    );
  return {
    scenario: game.scenario,
    seed: game.seed,
    setup: game.setup,
    objective: game.objective,
    turns: game.turns.slice(0, from - 1),
    branch: { from, first: game.branch?.first ?? game.turns },
  };
}

/**
 * Checks a branch's record and replays its first game; null for an ordinary game. Throws GameError when
 * the branch starts after the game's last quarter or its first game breaks the rules.
 */
export function replayFirstGame(scenario: Scenario, game: GameRecord): Replay | null {
  const first = firstGameOf(game);
  if (!first) return null;
  const last = totalTurns({ scenario, objective: game.objective, setup: game.setup });
  if (game.branch!.from > last)
    throw new GameError(`the branch starts in quarter ${game.branch!.from}, after the last one (${last})`);
  try {
    return replay(scenario, first);
  } catch (e) {
    if (!(e instanceof GameError)) throw e;
    throw new GameError(`the first game of this branch: ${e.message}`, e.problems);
  }
}

/** Whether two decisions are the same choice (measure and moves in the same order). */
export function sameDecision(a: TurnDecision, b: TurnDecision): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.approach === b.approach &&
    a.voice === b.voice &&
    a.governance === b.governance &&
    a.response === b.response &&
    same(a.measure, b.measure) &&
    same(a.moves, b.moves)
  );
}

/** How many leading decisions two games share. */
export function sharedTurns(a: readonly TurnDecision[], b: readonly TurnDecision[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameDecision(a[n]!, b[n]!)) n++;
  return n;
}
