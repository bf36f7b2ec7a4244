// "Try again from quarter N": for a game that failed, the quarter a practice branch starts from, and why
// that one. A game fails when management cancels the programme or the community walks away (the sim's
// endings), or when it is played to the end without reaching the last phase (a gate it never passed).
// The branch itself is the sim's (branchGame, replay); this only reads the game's states.
import type { Ending, Replay, Scenario } from '../sim';

export type RetryReason =
  /** The game ended early: `turn` is the quarter that ended it. */
  | { kind: 'ended'; ending: Exclude<Ending, 'completed'>; turn: number }
  /**
   * Played to the end short of the last phase: it stayed in `phase` from quarter `since` (1 when it never
   * left the first phase), held back by the gate of `phase + 1`.
   */
  | { kind: 'stuck'; phase: number; since: number };

export interface RetryPoint {
  /** The quarter to play again from: the decisions before it are replayed. */
  from: number;
  reason: RetryReason;
}

/**
 * Where a failed game can be tried again; null for a game still being played or one that reached the last
 * phase. An early end is tried again from the quarter before the one that ended it, so the team has two
 * quarters to turn it around; a game stuck below the last phase from its first quarter in that phase (none
 * when it reached that phase in its last quarter: no gate held it back, there was no time left).
 */
export function retryPoint(scenario: Scenario, played: Replay): RetryPoint | null {
  const final = played.final;
  if (final.ending === null || final.turn === 0) return null;
  if (final.ending !== 'completed')
    return {
      from: Math.max(1, final.turn - 1),
      reason: { kind: 'ended', ending: final.ending, turn: final.turn },
    };
  if (final.phase >= scenario.phases.length - 1) return null;
  // The quarter after the one that reached the phase the game stayed in.
  let since = 1;
  for (const r of played.records) if (r.phaseAfter > r.phaseBefore) since = r.turn + 1;
  // A phase reached in the very last quarter: no gate held the team back, time ran out.
  if (since > final.turn) return null;
  return { from: since, reason: { kind: 'stuck', phase: final.phase, since } };
}
