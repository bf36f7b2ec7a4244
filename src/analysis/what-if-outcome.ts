// The what-if's outcome set against a prediction: before replaying, a player says whether trust will end
// higher, about the same or lower than as played, and whether the brand reaches a phase; after, the debrief
// shows both side by side. Every figure comes from the two replays.
import { ONE, type Scenario } from '../sim';
import type { WhatIfResult } from './what-if';

export type Direction = 'higher' | 'same' | 'lower';

/** Final trust less than this apart (hundredths: one point) reads as "about the same". */
export const SAME_TRUST = ONE;

export interface Prediction {
  trust?: Direction;
  /** Whether the brand reaches the phase phaseAskedAbout names. */
  reached?: boolean;
}

export interface WhatIfOutcome {
  trust: Direction;
  /** Final trust of the what-if minus final trust as played, in hundredths. */
  trustDelta: number;
  /** The phase (index) the prediction asks about. */
  phase: number;
  reached: boolean;
}

/**
 * The phase a prediction asks about: the one after the phase the team reached, or the last phase when the
 * team reached it (will the brand still get there?).
 */
export function phaseAskedAbout(scenario: Scenario, reached: number): number {
  return Math.min(reached + 1, scenario.phases.length - 1);
}

export function directionOf(delta: number): Direction {
  if (delta >= SAME_TRUST) return 'higher';
  if (delta <= -SAME_TRUST) return 'lower';
  return 'same';
}

export function outcomeOf(scenario: Scenario, r: WhatIfResult): WhatIfOutcome {
  const trustDelta = r.changed.final.vars.trust - r.original.final.vars.trust;
  const phase = phaseAskedAbout(scenario, r.original.final.phase);
  return { trust: directionOf(trustDelta), trustDelta, phase, reached: r.changed.final.phase >= phase };
}
