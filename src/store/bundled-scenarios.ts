// The scenarios bundled with the game, in the order the title screen and the facilitator's session offer
// them. Explicit JSON imports (not import.meta.glob) so the same list also runs under Node for tests and
// tools. To add a scenario: import its file below and add it to the list, one line each; its reference
// plans go in src/analysis/reference-plans.ts, and tests/unit/library.test.ts checks the rest.
import bank from '../../scenarios/bank.json';
import classroom from '../../scenarios/classroom.json';
import consumer from '../../scenarios/consumer.json';
import defaultScenario from '../../scenarios/default.json';
import industrial from '../../scenarios/industrial.json';
import telecom from '../../scenarios/telecom.json';
import type { Scenario } from '../sim';

// Validated by tests/unit/scenario-validation.test.ts, not on every page load (see scenarios.ts).
export const BUNDLED_SCENARIOS = [
  defaultScenario,
  industrial,
  telecom,
  consumer,
  bank,
  classroom,
] as unknown as readonly Scenario[];
