// How two games compare, for win rates and "which plan did better on this seed": the phase reached
// first, then the end state. A programme that was cancelled or lost its community ranks below any
// programme still running, whatever its numbers.
import { ONE } from './fixed';
import type { SimState } from './types';

/** A single number that orders outcomes: ending, then phase, then trust + buy-in. */
export function outcomeScore(final: SimState): number {
  const alive = final.ending === 'completed' || final.ending === null ? 1 : 0;
  return (
    alive * 100_000 + final.phase * 10_000 + Math.round((final.vars.trust + final.vars.buyIn) / ONE) * 10
  );
}

/** 1 if a did better than b, 0 if worse, 0.5 for a tie. */
export function compareOutcomes(a: SimState, b: SimState): number {
  const sa = outcomeScore(a);
  const sb = outcomeScore(b);
  return sa > sb ? 1 : sa < sb ? 0 : 0.5;
}
