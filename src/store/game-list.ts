// The title screen's list of stored games: each stored save read back through the sim (parseSave replays
// it, so no stored number is trusted), or, when it cannot be read, what is wrong with it, so the players can
// see it and delete it. Part of the codec chunk (it needs zod); the game store asks for it through the codec.
import { type Ending, parseSave, SaveError, type Scenario } from '../sim';
import { MAX_ENTRY_TEXT, type ShelfEntry } from './shelf';

interface ListedBase {
  id: string;
  /** When it was last saved (ISO 8601), '' when unknown. */
  updated: string;
}

export interface ListedGame extends ListedBase {
  ok: true;
  seed: string;
  scenario: Scenario;
  played: number;
  turns: number;
  ending: Ending | null;
  /** A practice branch: the quarter it was tried again from, and how the team's first game ended. */
  branch: { from: number; firstEnding: Ending | null; firstTurn: number } | null;
}

export interface DamagedGame extends ListedBase {
  ok: false;
  /** A SaveError code, or 'too-large' for a text no save can be. */
  code: string;
  message: string;
}

export type GameListEntry = ListedGame | DamagedGame;

/** Reads one stored game for the list. Never throws: a damaged one is listed with its reason. */
export function listEntry(entry: ShelfEntry, scenarios: readonly Scenario[]): GameListEntry {
  const base = { id: entry.id, updated: entry.updated };
  if (entry.text.length > MAX_ENTRY_TEXT)
    return {
      ...base,
      ok: false,
      code: 'too-large',
      message: `This stored game is ${entry.text.length} characters long, more than any game can be.`,
    };
  try {
    const { game, scenario, replay, first } = parseSave(entry.text, scenarios);
    return {
      ...base,
      ok: true,
      seed: game.seed,
      scenario,
      played: game.turns.length,
      turns: game.setup.turns ?? scenario.turns,
      ending: replay.final.ending,
      branch:
        game.branch && first
          ? { from: game.branch.from, firstEnding: first.final.ending, firstTurn: first.final.turn }
          : null,
    };
  } catch (e) {
    if (e instanceof SaveError) return { ...base, ok: false, code: e.code, message: e.message };
    return { ...base, ok: false, code: 'unreadable', message: String((e as Error)?.message ?? e) };
  }
}

/** Lists the games, reusing what was read before for entries (and scenarios) that did not change. */
export function gameLister() {
  const cache = new Map<string, { text: string; scenarios: readonly Scenario[]; listed: GameListEntry }>();
  return (entries: readonly ShelfEntry[], scenarios: readonly Scenario[]): GameListEntry[] => {
    const seen = new Set<string>();
    const list = entries.map((entry) => {
      seen.add(entry.id);
      const hit = cache.get(entry.id);
      if (hit && hit.text === entry.text && hit.scenarios === scenarios)
        return hit.listed.updated === entry.updated ? hit.listed : { ...hit.listed, updated: entry.updated };
      const listed = listEntry(entry, scenarios);
      cache.set(entry.id, { text: entry.text, scenarios, listed });
      return listed;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return list;
  };
}
