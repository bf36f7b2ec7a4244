// Why a game (from a save, a code or a store) cannot be replayed with the scenario available here. Games
// carry the scenario's own version number: an older one is told apart from a newer one and from an edit.
import type { Scenario } from './scenario-schema';

export type ScenarioMismatch = 'scenario-older' | 'scenario-newer' | 'scenario-changed';

/**
 * The scenario a code or a save names, or the reason it cannot be replayed here: not available, an
 * earlier or a newer version (the scenario's own `version`), or another edit of the same version.
 */
export function scenarioMismatch(
  scenario: Scenario,
  version: number,
  hashMatches: boolean,
  what: string,
): { code: ScenarioMismatch; message: string } | null {
  const id = scenario.id;
  if (version < scenario.version)
    return {
      code: 'scenario-older',
      message: `${what} was made with an earlier version of the scenario "${id}" (version ${version}; this is version ${scenario.version}), so it cannot be replayed with this one.`,
    };
  if (version > scenario.version)
    return {
      code: 'scenario-newer',
      message: `${what} was made with a newer version of the scenario "${id}" (version ${version}; this page has version ${scenario.version}): open it with a newer Social Journey.`,
    };
  if (!hashMatches)
    return {
      code: 'scenario-changed',
      message: `${what} was made with another edit of version ${version} of the scenario "${id}", so it cannot be replayed with this one.`,
    };
  return null;
}
