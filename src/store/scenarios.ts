// The scenarios bundled with the game. The page takes them as they are: validating them with zod on every
// load was the biggest cost of the title screen's start-up, so tests/unit/scenario-validation.test.ts checks
// them instead. Any other scenario file still goes through parseScenario.
import defaultScenario from '../../scenarios/default.json';
import type { Scenario } from '../sim';

export function bundledScenarios(): Scenario[] {
  return [defaultScenario as Scenario];
}
