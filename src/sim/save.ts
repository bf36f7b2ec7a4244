// Saves: a game in progress as versioned JSON. Loading checks the envelope, the game's shape, the
// scenario it names, then replays every decision, so a save that breaks the rules never loads.

import { replayFirstGame } from './branch';
import { checkGameSetup, contextOf, GameError, initialState, playTurn, type Replay, replay } from './game';
import { checkGameRecord, type GameProblem } from './game-schema';
import { scenarioHash } from './hash';
import { findScenario, type ScenarioCatalog } from './scenario-catalog';
import { scenarioMismatch } from './scenario-match';
import type { Scenario } from './scenario-schema';
import type { GameRecord } from './types';
import { validateDecision } from './validate';
import { z } from './zod';

export const SAVE_FORMAT = 'social-journey-save';
export const SAVE_VERSION = 2;
/** Format 1 had no scenario version; it is still read when its scenario is the one available here. */
const LEGACY_SAVE_VERSION = 1;

export type SaveErrorCode =
  | 'not-json'
  | 'not-a-save'
  | 'newer-version'
  | 'old-version'
  | 'unknown-scenario'
  | 'scenario-older'
  | 'scenario-newer'
  | 'scenario-changed'
  | 'invalid-setup'
  | 'invalid-game';

/** A save that cannot be loaded. `message` is for people; `code` is for the interface to act on. */
export class SaveError extends Error {
  constructor(
    readonly code: SaveErrorCode,
    message: string,
    readonly problems: GameProblem[] = [],
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

export interface SaveExtras {
  /** When the game was saved, as ISO 8601 text chosen by the caller: the sim never reads a clock. */
  savedAt?: string;
  /** Free text from the players or the facilitator. */
  notes?: string;
}

export interface SaveFile extends SaveExtras {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  /** The scenario's own version number, so an old save can say it was made with an earlier one. */
  scenarioVersion: number;
  game: GameRecord;
}

export interface LoadedSave extends SaveExtras {
  game: GameRecord;
  scenario: Scenario;
  replay: Replay;
  /** For a practice branch (game.branch): the replay of the team's first game. */
  first?: Replay;
}

const MAX_NOTES = 2000;

const extrasSchema = z
  .object({
    savedAt: z.iso.datetime({ offset: true }).optional(),
    notes: z.string().max(MAX_NOTES).optional(),
  })
  .strict();

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function listProblems(problems: GameProblem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) shown.push(`and ${problems.length - max} more`);
  return shown.join('; ');
}

/**
 * The save file's text for a game of this scenario. Throws SaveError('invalid-game') if the game is not
 * well formed, and 'scenario-changed' if it was not played with this scenario.
 */
export function serializeSave(scenario: Scenario, game: GameRecord, extras: SaveExtras = {}): string {
  const checked = checkGameRecord(game);
  if (!checked.ok)
    throw new SaveError(
      'invalid-game',
      `This game cannot be saved: ${listProblems(checked.problems)}.`,
      checked.problems,
    );
  const extra = extrasSchema.safeParse(extras);
  if (!extra.success)
    throw new SaveError(
      'invalid-game',
      `This game cannot be saved: ${extra.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.`,
    );
  if (game.scenario.id !== scenario.id || game.scenario.hash !== scenarioHash(scenario))
    throw new SaveError(
      'scenario-changed',
      'This game was played with another scenario or scenario version.',
    );
  const save: SaveFile = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioVersion: scenario.version,
    ...extra.data,
    game: checked.game,
  };
  return `${JSON.stringify(save, null, 2)}\n`;
}

/** Reads a save file's text; throws SaveError with a message a player can act on. */
export function parseSave(text: string, scenarios: ScenarioCatalog): LoadedSave {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new SaveError(
      'not-json',
      `This file is not a Social Journey save: it is not valid JSON, perhaps cut short or edited by hand (${(e as Error).message}).`,
    );
  }
  if (!isRecord(json) || json.format !== SAVE_FORMAT)
    throw new SaveError('not-a-save', 'This file is not a Social Journey save.');
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw new SaveError('not-a-save', 'This file is not a Social Journey save: it has no format version.');
  if (version > SAVE_VERSION)
    throw new SaveError(
      'newer-version',
      `This save was made by a newer version of Social Journey (save format ${version}; this version reads format ${SAVE_VERSION}). Open it with the newer version.`,
    );
  if (version < LEGACY_SAVE_VERSION)
    throw new SaveError(
      'old-version',
      `This save uses an old format (version ${version}) that this version of Social Journey no longer reads.`,
    );

  const { format: _format, version: _version, game: rawGame, scenarioVersion, ...rest } = json;
  const problems: GameProblem[] = [];
  if (
    version === SAVE_VERSION &&
    !(Number.isSafeInteger(scenarioVersion) && (scenarioVersion as number) >= 1)
  )
    problems.push({ path: '$.scenarioVersion', message: 'the scenario version, a whole number from 1' });
  if (version === LEGACY_SAVE_VERSION && scenarioVersion !== undefined)
    problems.push({ path: '$.scenarioVersion', message: `unknown field in a format ${version} save` });
  const extra = extrasSchema.safeParse(rest);
  if (!extra.success)
    for (const issue of extra.error.issues)
      problems.push({
        path: issue.path.length ? `$.${issue.path.join('.')}` : '$',
        message:
          issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message,
      });
  const checked = checkGameRecord(rawGame);
  if (!checked.ok)
    for (const p of checked.problems) problems.push({ ...p, path: p.path.replace(/^\$/, '$.game') });
  if (problems.length > 0 || !checked.ok || !extra.success)
    throw new SaveError('invalid-game', `This save is damaged: ${listProblems(problems)}.`, problems);

  const game = checked.game;
  const scenario = findScenario(scenarios, game.scenario.id);
  if (!scenario)
    throw new SaveError(
      'unknown-scenario',
      `This save was played with the scenario "${game.scenario.id}", which is not available here.`,
    );
  const hashMatches = scenarioHash(scenario) === game.scenario.hash;
  if (version === LEGACY_SAVE_VERSION && !hashMatches)
    throw new SaveError(
      'scenario-older',
      `This save (format ${version}) was made with an earlier version of Social Journey and of the scenario "${game.scenario.id}", so its decisions cannot be replayed with this one.`,
    );
  const mismatch = scenarioMismatch(
    scenario,
    version === LEGACY_SAVE_VERSION ? scenario.version : (scenarioVersion as number),
    hashMatches,
    'This save',
  );
  if (mismatch) throw new SaveError(mismatch.code, mismatch.message);
  try {
    checkGameSetup(scenario, game.objective, game.setup);
  } catch (e) {
    if (!(e instanceof GameError)) throw e;
    throw new SaveError(
      'invalid-setup',
      `This save's setup does not fit the scenario "${scenario.id}": ${e.message}.`,
      [{ path: /objective/.test(e.message) ? '$.game.objective' : '$.game.setup', message: e.message }],
    );
  }
  let played: Replay;
  try {
    played = replay(scenario, game);
  } catch (e) {
    if (!(e instanceof GameError)) throw e;
    throw new SaveError(
      'invalid-game',
      `This save's decisions break the rules of the game: ${e.message}.`,
      ruleProblems(scenario, game, e),
    );
  }
  let first: Replay | null;
  try {
    first = replayFirstGame(scenario, game);
  } catch (e) {
    if (!(e instanceof GameError)) throw e;
    throw new SaveError('invalid-game', `This save's practice branch cannot be replayed: ${e.message}.`, [
      { path: '$.game.branch', message: e.message },
    ]);
  }
  return { ...extra.data, game, scenario, replay: played, ...(first ? { first } : {}) };
}

/** Where a replay failed, as paths into the save: the turn that broke a rule, or the game's setup. */
function ruleProblems(scenario: Scenario, game: GameRecord, error: GameError): GameProblem[] {
  if (error.problems.length === 0) return [{ path: '$.game', message: error.message }];
  const ctx = contextOf(scenario, game);
  let state = initialState(ctx, game.seed);
  for (const [i, d] of game.turns.entries()) {
    const found = validateDecision(ctx, state, d);
    if (found.length > 0)
      return found.map((p) => ({ path: `$.game.turns[${i}].${p.field}`, message: p.message }));
    state = playTurn(ctx, state, d).state;
  }
  return [{ path: '$.game', message: error.message }];
}
