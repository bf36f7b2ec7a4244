// Turning points: the turns where trust or buy-in moved most, each with the model's own causes.
// The deltas and causes come straight from the turn records, so "why did trust drop in Q3?" is answered
// by the same ledger that made it drop.
import type { Contribution, EventOutcome, Replay, TurnDecision } from '../sim';
import { topCauses } from './causes';

export type TurningVariable = 'trust' | 'buyIn';

export interface TurningPoint {
  turn: number;
  variable: TurningVariable;
  /** Values before and after the turn, and the change, in hundredths. */
  before: number;
  after: number;
  delta: number;
  /** The largest causes, largest first; `otherCauses` is the sum of all the smaller ones. */
  causes: Contribution[];
  otherCauses: number;
  event: EventOutcome | null;
  decision: TurnDecision;
}

export interface TurningOptions {
  /** How many turning points to keep (default 4). */
  count?: number;
  /** How many causes to name for each (default 3). */
  causes?: number;
  /** Moves smaller than this (hundredths) are not turning points (default 100 = one point). */
  minDelta?: number;
}

/** Every per-turn move of trust and buy-in, largest first (ties: earlier turn, then trust before buy-in). */
export function allMoves(played: Pick<Replay, 'initial' | 'records'>, causeCount = 3): TurningPoint[] {
  const out: TurningPoint[] = [];
  let prev = played.initial;
  for (const r of played.records) {
    for (const variable of ['trust', 'buyIn'] as const) {
      const before = prev.vars[variable];
      const after = r.state.vars[variable];
      const { top, rest } = topCauses(r.explanation[variable] ?? [], causeCount);
      out.push({
        turn: r.turn,
        variable,
        before,
        after,
        delta: after - before,
        causes: top,
        otherCauses: rest,
        event: r.event,
        decision: r.decision,
      });
    }
    prev = r.state;
  }
  return out.sort(
    (a, b) =>
      Math.abs(b.delta) - Math.abs(a.delta) ||
      a.turn - b.turn ||
      (a.variable === b.variable ? 0 : a.variable === 'trust' ? -1 : 1),
  );
}

/** The largest moves of trust or buy-in, in the order of the game. */
export function turningPoints(
  played: Pick<Replay, 'initial' | 'records'>,
  options: TurningOptions = {},
): TurningPoint[] {
  const { count = 4, causes = 3, minDelta = 100 } = options;
  return allMoves(played, causes)
    .filter((m) => Math.abs(m.delta) >= minDelta)
    .slice(0, count)
    .sort((a, b) => a.turn - b.turn || (a.variable === b.variable ? 0 : a.variable === 'trust' ? -1 : 1));
}
