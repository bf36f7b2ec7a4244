// The scenarios a page offers: those bundled with the game, then any custom file opened in this page. The
// page takes the bundled ones as they are: validating them with zod on every load was the biggest cost of
// the title screen's start-up, so tests/unit/scenario-validation.test.ts checks them instead. A custom file
// goes through the full loader (scenario-file.ts), loaded only when a file arrives.
import type { Scenario } from '../sim';
import { BUNDLED_SCENARIOS } from './bundled-scenarios';
import type { ScenarioFileResult } from './scenario-file';

export function bundledScenarios(): Scenario[] {
  return [...BUNDLED_SCENARIOS];
}

/** The ids of the bundled scenarios: any other scenario in a list is a custom one. */
export function isBuiltIn(id: string): boolean {
  return bundledScenarios().some((s) => s.id === id);
}

/** A dropped or picked file, as the page gets it (a DOM File; tests pass a Blob with a name). */
export interface ScenarioFileInput {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** Checks a custom scenario file (loading the checker first); a file too large is not even read. */
export async function checkScenarioFile(file: ScenarioFileInput): Promise<ScenarioFileResult> {
  const { readScenarioFile, MAX_SCENARIO_FILE } = await import('./scenario-file');
  const text = file.size > MAX_SCENARIO_FILE ? null : await file.text();
  return readScenarioFile(file.name, text, bundledScenarios());
}

/** The list with a custom scenario added; an earlier file with the same id gives way to the newer one. */
export function withScenario(list: readonly Scenario[], scenario: Scenario): Scenario[] {
  return [...list.filter((s) => s.id !== scenario.id), scenario];
}
