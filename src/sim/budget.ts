// The budget left for moves and responses once a change of governance is paid; the fee never takes the
// budget below zero (step.ts applies the same rule).
import { toFixed } from './fixed';
import type { Scenario } from './scenario-schema';
import type { SimState } from './types';

export function budgetAfterGovernance(scenario: Scenario, state: SimState, governance: string): number {
  const fee = governance === state.governance ? 0 : toFixed(scenario.tuning.governanceChange.budget ?? 0);
  return Math.max(0, state.vars.budget + fee);
}
