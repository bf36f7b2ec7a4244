// The scenarios bundled with the game. Each file is validated on load like any scenario file.
import defaultScenario from '../../scenarios/default.json';
import { parseScenario, type Scenario } from '../sim';

export function bundledScenarios(): Scenario[] {
  return [parseScenario(defaultScenario, 'scenarios/default.json')];
}
