// Which scenario a refused result code or save needs, so that the facilitator's page can ask for its file.
// The decoders look the scenario up by id before anything else that depends on it: a catalog that holds
// nothing but remembers what it was asked for learns that id, through the decoders' own reading.
import { decodeResultCode, parseSave } from '../sim';

/** The id of the scenario a code (or a save's text) names, or null when it cannot even be read that far. */
export function neededScenario(text: string, kind: 'code' | 'save'): string | null {
  let asked: string | null = null;
  const remember = (id: string) => {
    asked = id;
    return undefined;
  };
  try {
    if (kind === 'save') parseSave(text, remember);
    else decodeResultCode(text, remember);
  } catch {
    // Expected: nothing is found in an empty catalog.
  }
  return asked;
}
