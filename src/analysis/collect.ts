// Collecting the teams' results: whatever the facilitator pastes, drops or opens is split into inputs,
// each decoded and re-simulated through the sim (a code holds only decisions, so no score can be forged).
// A bad input is refused with its reason; the good ones are kept whatever happens to the others.
import {
  decodeResultCode,
  encodeResultCode,
  firstGameOf,
  type GameRecord,
  parseSave,
  type Replay,
  ResultCodeError,
  SaveError,
  type Scenario,
  type ScenarioCatalog,
} from '../sim';
import type { Session } from './session';

export interface CollectInput {
  /** The code (or save text) as received. */
  text: string;
  /** A team name found beside it ("Team Lyon: SJ3-..."), or the dropped file's name. */
  name: string | null;
}

export interface AcceptedTeam {
  ok: true;
  name: string | null;
  /** The canonical result code (a save is re-encoded), the key teams are stored and compared by. */
  code: string;
  game: GameRecord;
  scenario: Scenario;
  replay: Replay;
  notes?: string;
  /**
   * Set when what was handed in is a practice branch (tried again after a failed game): the team's first
   * game is what is accepted, since it is the team's result; this says which quarter the branch started
   * from, and its own code.
   */
  practice?: { from: number; code: string };
}

export interface Refusal {
  ok: false;
  name: string | null;
  /** The input, shortened for display. */
  input: string;
  /** Why, in plain words (from the sim's own error messages). */
  reason: string;
  /** A stable id for the interface: a ResultCodeError or SaveError code, 'duplicate' or 'unreadable'. */
  code: string;
  /** For a duplicate: the name of the team already holding that game. */
  other?: string;
  /** For a practice branch: the quarter it was tried again from. */
  from?: number;
}

export type CollectResult = AcceptedTeam | Refusal;

/** Shortens an input for display: the start and end of a long code. */
export function shorten(text: string, max = 40): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 12)}…${one.slice(-10)}`;
}

/** Codes carried by a facilitator link: "#codes=CODE,CODE" or "?codes=...". */
export function codesFromLink(url: string): string[] {
  const found: string[] = [];
  const hashAt = url.indexOf('#');
  const queryAt = url.indexOf('?');
  for (const part of [
    hashAt >= 0 ? url.slice(hashAt + 1) : '',
    queryAt >= 0 ? url.slice(queryAt + 1, hashAt > queryAt ? hashAt : undefined) : '',
  ]) {
    const value = new URLSearchParams(part).get('codes');
    if (value) for (const c of value.split(/[,\s]+/)) if (c) found.push(c);
  }
  return found;
}

function refusal(input: CollectInput, e: unknown): Refusal {
  const known = e instanceof ResultCodeError || e instanceof SaveError;
  return {
    ok: false,
    name: input.name,
    input: shorten(input.text),
    reason: known ? (e as Error).message : `This could not be read: ${String((e as Error)?.message ?? e)}`,
    code: known ? (e as ResultCodeError | SaveError).code : 'unreadable',
  };
}

/**
 * The team's game as collected: the game itself, or for a practice branch the team's first game (its
 * result), with the branch noted. The code is the game's own, written again: the same game pasted in
 * another format, case or grouping is recognised as the same team.
 */
function accepted(
  name: string | null,
  scenario: Scenario,
  game: GameRecord,
  played: Replay,
  first: Replay | undefined,
): AcceptedTeam {
  const firstGame = firstGameOf(game);
  if (!firstGame || !first)
    return { ok: true, name, code: encodeResultCode(scenario, game), game, scenario, replay: played };
  return {
    ok: true,
    name,
    code: encodeResultCode(scenario, firstGame),
    game: firstGame,
    scenario,
    replay: first,
    practice: { from: game.branch!.from, code: encodeResultCode(scenario, game) },
  };
}

/** Decodes and replays one result code. */
export function checkCode(input: CollectInput, scenarios: ScenarioCatalog): CollectResult {
  try {
    const decoded = decodeResultCode(input.text, scenarios);
    return accepted(input.name, decoded.scenario, decoded.game, decoded.replay, decoded.first);
  } catch (e) {
    return refusal(input, e);
  }
}

/** Loads a save file (JSON) and replays it; its notes come along. */
export function checkSaveText(input: CollectInput, scenarios: ScenarioCatalog): CollectResult {
  try {
    const save = parseSave(input.text, scenarios);
    return {
      ...accepted(input.name, save.scenario, save.game, save.replay, save.first),
      ...(save.notes ? { notes: save.notes } : {}),
    };
  } catch (e) {
    return refusal({ ...input, text: shorten(input.text) }, e);
  }
}

export type MismatchField = 'scenario' | 'seed' | 'turns' | 'events';

/** What makes a team's game differ from the session every team was meant to play (empty: it matches). */
export function sessionMismatch(game: GameRecord, session: Session): MismatchField[] {
  const out: MismatchField[] = [];
  if (game.scenario.id !== session.scenario) out.push('scenario');
  if (game.seed !== session.seed) out.push('seed');
  if ((game.setup.turns ?? null) !== (session.turns ?? null)) out.push('turns');
  const a = JSON.stringify(Object.entries(game.setup.fixedEvents ?? {}).sort());
  const b = JSON.stringify(Object.entries(session.fixedEvents ?? {}).sort());
  if (a !== b) out.push('events');
  return out;
}
