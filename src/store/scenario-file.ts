// Reading a scenario file someone wrote (dropped or picked in the game or the facilitator's page): the
// same loader as the tools, so every problem comes with its JSON path. It needs zod, so like the codec it
// is a chunk of its own, loaded when a file arrives (scenarios.ts).
import { parseScenarioText, type Scenario, ScenarioError, type ScenarioProblem } from '../sim';

export type ScenarioFileResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; file: string; problems: ScenarioProblem[] };

/** A file larger than this is not a scenario (the default one is about 35 kB). */
export const MAX_SCENARIO_FILE = 1_000_000;

/**
 * Checks a file's text as a custom scenario. A custom scenario never takes the place of a built-in one:
 * an id that a built-in scenario has is refused, at $.id.
 */
export function readScenarioFile(
  file: string,
  /** The file's text, or null when it was too large to read. */
  text: string | null,
  builtIn: readonly Pick<Scenario, 'id'>[],
): ScenarioFileResult {
  if (text === null || text.length > MAX_SCENARIO_FILE)
    return {
      ok: false,
      file,
      problems: [{ path: '$', message: 'the file is too large for a scenario (1 MB at most)' }],
    };
  try {
    const scenario = parseScenarioText(text, file);
    if (builtIn.some((s) => s.id === scenario.id))
      return {
        ok: false,
        file,
        problems: [
          {
            path: '$.id',
            message: `"${scenario.id}" is the id of a built-in scenario: give yours an id of its own`,
          },
        ],
      };
    return { ok: true, scenario };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, file, problems: e.problems };
    throw e;
  }
}
