// The game page's reading and writing of saves and result codes: the part of it that needs zod. A first
// visit's title screen needs none of it, so it is a chunk of its own (load-codec.ts says when it loads).
import { type LoadedSave, parseSave, SaveError, type Scenario } from '../sim';

export { decodeResultCode, encodeResultCode, ResultCodeError, serializeSave } from '../sim';
export { gameLister } from './game-list';

export type LoadResult = { kind: 'ok'; save: LoadedSave } | { kind: 'error'; code: string; message: string };

/** Reads a stored save back through the sim; what is wrong with it, in the save reader's words, if not. */
export function readSave(text: string, scenarios: readonly Scenario[]): LoadResult {
  try {
    return { kind: 'ok', save: parseSave(text, scenarios) };
  } catch (e) {
    if (e instanceof SaveError) return { kind: 'error', code: e.code, message: e.message };
    return { kind: 'error', code: 'unreadable', message: String((e as Error)?.message ?? e) };
  }
}
