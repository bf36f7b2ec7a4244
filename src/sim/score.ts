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

/**
 * The score a learning platform records (SCORM cmi.core.score.raw), 0 to 100, documented in docs/lms.md:
 * 30 points for each phase reached beyond the first (0, 30, 60), plus up to 40 points for where the
 * programme stands, the mean of true trust and buy-in (each 0-100) times 0.4; a programme cancelled or
 * whose community was lost keeps its phase points and gets no standing points. Whole points, rounded
 * half up.
 */
export function platformScore(final: SimState): number {
  const phasePoints = 30 * Math.min(2, Math.max(0, final.phase));
  const failed = final.ending === 'cancelled' || final.ending === 'community-lost';
  // (trust + buyIn) / 2 points * 0.4 = (trust + buyIn) / 5 points, in hundredths: divide by 5 * ONE.
  const standing = failed
    ? 0
    : Math.floor(((final.vars.trust + final.vars.buyIn) * 2 + 5 * ONE) / (10 * ONE));
  return Math.min(100, Math.max(0, phasePoints + Math.min(40, standing)));
}
