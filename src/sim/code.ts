// Result codes: a finished or unfinished game as short URL-safe text that a facilitator can paste, hear
// read aloud or show as a QR code: "SJ2-" + the read-aloud base32 of code-spoken.ts (format 1, "SJ1-" +
// base64url, is still read). The code holds only the decisions, as indices into the
// scenario's lists; decoding replays them, so scores are always recomputed and a team cannot forge one.
// The byte layout is described in docs/result-codes.md.
import { fromBase64Url, isBase64UrlChar } from './base64url';
import { BitReadError, BitReader, BitWriter, widthFor } from './bits';
import { fromSpoken, isSpokenChar, toSpoken } from './code-spoken';
import { crc32 } from './crc32';
import { checkGameSetup, contextOf, GameError, initialState, playTurn, type Replay, replay } from './game';
import { checkGameRecord } from './game-schema';
import { scenarioHash } from './hash';
import { lookup } from './lookup';
import { findScenario, type ScenarioCatalog } from './scenario-catalog';
import type { Scenario } from './scenario-schema';
import type { GameRecord, GameSetup, SimState, TurnDecision, TurnRecord } from './types';

/** The format new codes are written in; READ_VERSIONS are the formats still read. */
export const RESULT_CODE_VERSION = 2;
const READ_VERSIONS = [1, 2];
const PREFIX = 'SJ';
/** Hex digits of the scenario's content hash kept in a code: 32 bits. */
const HASH_DIGITS = 8;
const CHECKSUM_BYTES = 4;
const MAX_TURNS_WIDTH = 5;

export type ResultCodeErrorCode =
  | 'malformed'
  | 'bad-checksum'
  | 'unknown-version'
  | 'unknown-scenario'
  | 'scenario-changed'
  | 'invalid-game';

/** A code that cannot be read (or a game that cannot be written as one). `code` is for the interface. */
export class ResultCodeError extends Error {
  constructor(
    readonly code: ResultCodeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ResultCodeError';
  }
}

export interface DecodedResult {
  game: GameRecord;
  scenario: Scenario;
  /** Recomputed from the decisions: nothing in a code says how well a team did. */
  replay: Replay;
}

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text from a code; bytes that are not UTF-8 make the code unreadable, not a strange seed. */
function readText(bytes: Uint8Array): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    throw new BitReadError('not UTF-8');
  }
}

function indexIn(list: readonly { id: string }[], id: string): number {
  return list.findIndex((item) => item.id === id);
}

function idAt(list: readonly { id: string }[], index: number, what: string): string {
  const item = list[index];
  if (!item)
    throw new ResultCodeError(
      'invalid-game',
      `This result code names ${what} that the scenario does not have.`,
    );
  return item.id;
}

function withVersion(payload: Uint8Array, version: number): Uint8Array {
  const out = new Uint8Array(payload.length + 1);
  out[0] = version;
  out.set(payload, 1);
  return out;
}

function writeList(w: BitWriter, ids: readonly string[], list: readonly { id: string }[], max: number) {
  w.write(ids.length, widthFor(max + 1));
  const width = widthFor(list.length);
  for (const id of ids) w.write(indexIn(list, id), width);
}

function readList(r: BitReader, list: readonly { id: string }[], max: number, what: string): string[] {
  const count = r.read(widthFor(max + 1));
  if (count > max)
    throw new ResultCodeError('invalid-game', `This result code lists more ${what} than a turn allows.`);
  const width = widthFor(list.length);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(idAt(list, r.read(width), `a ${what.replace(/s$/, '')}`));
  return ids;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

function writeTurn(w: BitWriter, scenario: Scenario, before: SimState, d: TurnDecision, prev?: TurnDecision) {
  w.write(indexIn(scenario.approaches, d.approach), widthFor(scenario.approaches.length));
  w.write(indexIn(scenario.voices, d.voice), widthFor(scenario.voices.length));
  w.write(indexIn(scenario.governances, d.governance), widthFor(scenario.governances.length));
  // Teams rarely change what they measure, so "same KPIs as last turn" is one bit.
  if (prev) w.write(sameList(prev.measure, d.measure) ? 1 : 0, 1);
  if (!sameList(prev?.measure, d.measure))
    writeList(w, d.measure, scenario.measure.kpis, scenario.measure.max);
  writeList(w, d.moves, scenario.moves, scenario.maxMovesPerTurn);
  const responses = pendingResponses(scenario, before);
  if (responses.length > 0) {
    const index = d.response === undefined ? 0 : indexIn(responses, d.response) + 1;
    w.write(index, widthFor(responses.length + 1));
  }
}

function readTurn(r: BitReader, scenario: Scenario, before: SimState, prev?: TurnDecision): TurnDecision {
  const approach = idAt(scenario.approaches, r.read(widthFor(scenario.approaches.length)), 'an approach');
  const voice = idAt(scenario.voices, r.read(widthFor(scenario.voices.length)), 'a voice');
  const governance = idAt(
    scenario.governances,
    r.read(widthFor(scenario.governances.length)),
    'a governance',
  );
  const same = prev !== undefined && r.read(1) === 1;
  const measure =
    same && prev ? [...prev.measure] : readList(r, scenario.measure.kpis, scenario.measure.max, 'KPIs');
  const moves = readList(r, scenario.moves, scenario.maxMovesPerTurn, 'moves');
  const decision: TurnDecision = { approach, voice, governance, measure, moves };
  const responses = pendingResponses(scenario, before);
  if (responses.length > 0) {
    const index = r.read(widthFor(responses.length + 1));
    if (index > 0) decision.response = idAt(responses, index - 1, 'an event response');
  }
  return decision;
}

/** The answers the coming turn's event offers (none when there is no event or it asks nothing). */
function pendingResponses(scenario: Scenario, state: SimState): readonly { id: string }[] {
  return state.pendingEvent ? (lookup(scenario).event.get(state.pendingEvent)?.responses ?? []) : [];
}

function writeSetup(w: BitWriter, scenario: Scenario, setup: GameSetup) {
  w.write(setup.turns === undefined ? 0 : 1, 1);
  if (setup.turns !== undefined) w.write(setup.turns - 1, MAX_TURNS_WIDTH);
  w.write(setup.fixedEvents === undefined ? 0 : 1, 1);
  if (setup.fixedEvents === undefined) return;
  // Turn-number keys enumerate in ascending order in every engine, so this order is the decoded one too.
  const entries = Object.entries(setup.fixedEvents);
  w.writeVarUint(entries.length);
  for (const [turn, id] of entries) {
    w.writeVarUint(Number(turn));
    w.write(indexIn(scenario.events, id), widthFor(scenario.events.length));
  }
}

function readSetup(r: BitReader, scenario: Scenario): GameSetup {
  const setup: GameSetup = {};
  if (r.read(1)) setup.turns = r.read(MAX_TURNS_WIDTH) + 1;
  if (r.read(1)) {
    const fixedEvents: Record<string, string> = {};
    const count = r.readVarUint();
    let last = 0;
    for (let i = 0; i < count; i++) {
      const turn = r.readVarUint();
      if (turn <= last)
        throw new ResultCodeError(
          'malformed',
          'This result code is damaged: its fixed events are out of order.',
        );
      last = turn;
      fixedEvents[String(turn)] = idAt(scenario.events, r.read(widthFor(scenario.events.length)), 'an event');
    }
    setup.fixedEvents = fixedEvents;
  }
  return setup;
}

function invalidGame(e: unknown): ResultCodeError {
  if (e instanceof GameError)
    return new ResultCodeError(
      'invalid-game',
      `This result code's decisions break the rules of the game: ${e.message}.`,
    );
  throw e;
}

/** The result code of a game, finished or not. Throws ResultCodeError if the game is not legal. */
export function encodeResultCode(scenario: Scenario, game: GameRecord): string {
  const checked = checkGameRecord(game);
  if (!checked.ok)
    throw new ResultCodeError(
      'invalid-game',
      `This game cannot be written as a result code: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}.`,
    );
  if (game.scenario.id !== scenario.id || game.scenario.hash !== scenarioHash(scenario))
    throw new ResultCodeError(
      'scenario-changed',
      'This game was played with another scenario or scenario version.',
    );
  let played: Replay;
  try {
    played = replay(scenario, game);
  } catch (e) {
    throw invalidGame(e);
  }
  const seed = utf8.encode(game.seed);
  if (utf8Strict.decode(seed) !== game.seed || seed.length > 255)
    throw new ResultCodeError('invalid-game', 'This seed has characters a result code cannot carry.');

  const w = new BitWriter();
  const id = utf8.encode(scenario.id);
  w.writeVarUint(id.length);
  w.writeBytes(id);
  const hash = scenarioHash(scenario);
  for (let i = 0; i < HASH_DIGITS; i += 2) w.write(Number.parseInt(hash.slice(i, i + 2), 16), 8);
  w.write(seed.length, 8);
  w.writeBytes(seed);
  w.write(indexIn(scenario.objectives, game.objective), widthFor(scenario.objectives.length));
  writeSetup(w, scenario, game.setup);
  w.write(game.turns.length, MAX_TURNS_WIDTH);
  game.turns.forEach((d, i) => {
    const before = i === 0 ? played.initial : played.records[i - 1]!.state;
    writeTurn(w, scenario, before, d, game.turns[i - 1]);
  });
  const payload = w.finish();
  const sum = crc32(withVersion(payload, RESULT_CODE_VERSION));
  const bytes = new Uint8Array(payload.length + CHECKSUM_BYTES);
  bytes.set(payload);
  // Little-endian, so payload and checksum together form one CRC codeword (see docs/result-codes.md).
  for (let i = 0; i < CHECKSUM_BYTES; i++) bytes[payload.length + i] = (sum >>> (8 * i)) & 0xff;
  return `${PREFIX}${RESULT_CODE_VERSION}-${toSpoken(bytes)}`;
}

/** The checked payload bytes of a code (without its checksum). */
function unpack(code: string): Uint8Array {
  const text = code.replace(/\s+/g, '');
  // Format 1 is case-sensitive base64url; format 2 is read in any case.
  const head = /^SJ([1-9][0-9]*)-/.exec(text) ?? /^sj(2)-/i.exec(text);
  if (!head)
    throw new ResultCodeError(
      'malformed',
      `This is not a Social Journey result code: a code starts with "SJ${RESULT_CODE_VERSION}-".`,
    );
  const version = Number(head[1]);
  if (!READ_VERSIONS.includes(version))
    throw new ResultCodeError(
      'unknown-version',
      `This result code has format ${head[1]}, which this version of Social Journey cannot read (it reads formats ${READ_VERSIONS.join(' and ')}).`,
    );
  const body = text.slice(head[0].length);
  const spoken = version === 2;
  const stray = [...body].find((ch) => !(spoken ? isSpokenChar(ch) || ch === '-' : isBase64UrlChar(ch)));
  if (stray !== undefined)
    throw new ResultCodeError(
      'malformed',
      `This result code contains "${stray}", which cannot be part of a code.`,
    );
  const bytes = spoken ? fromSpoken(body) : fromBase64Url(body);
  if (!bytes || bytes.length <= CHECKSUM_BYTES)
    throw new ResultCodeError(
      'malformed',
      'This result code is incomplete or mistyped: copy it again exactly.',
    );
  const payload = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  let stored = 0;
  for (let i = CHECKSUM_BYTES - 1; i >= 0; i--) stored = stored * 256 + bytes[payload.length + i]!;
  if (crc32(withVersion(payload, version)) !== stored)
    throw new ResultCodeError(
      'bad-checksum',
      'This result code is incomplete or has a typo: its check digits do not match. Copy it again exactly, to the last character.',
    );
  return payload;
}

/**
 * True when the text is a whole, intact code (format, symbols and checksum), whatever it decodes to: a
 * chat transcript reader uses it to find where a code wrapped over lines ends.
 */
export function resultCodeIntact(code: string): boolean {
  try {
    unpack(code);
    return true;
  } catch (e) {
    if (e instanceof ResultCodeError) return false;
    throw e;
  }
}

/** Reads a result code and replays its decisions. Throws ResultCodeError saying what is wrong. */
export function decodeResultCode(code: string, scenarios: ScenarioCatalog): DecodedResult {
  const r = new BitReader(unpack(code));
  try {
    const idBytes = r.readBytes(r.readVarUint());
    const id = readText(idBytes);
    let hashPrefix = '';
    for (let i = 0; i < HASH_DIGITS; i += 2) hashPrefix += r.read(8).toString(16).padStart(2, '0');
    const scenario = findScenario(scenarios, id);
    if (!scenario)
      throw new ResultCodeError(
        'unknown-scenario',
        `This result code is for the scenario "${id}", which is not available here.`,
      );
    const hash = scenarioHash(scenario);
    if (!hash.startsWith(hashPrefix))
      throw new ResultCodeError(
        'scenario-changed',
        `This result code was made with another version of the scenario "${id}", so it cannot be replayed with this one.`,
      );
    const seed = readText(r.readBytes(r.read(8)));
    const objective = idAt(scenario.objectives, r.read(widthFor(scenario.objectives.length)), 'an objective');
    const setup = readSetup(r, scenario);
    const game: GameRecord = { scenario: { id, hash }, seed, setup, objective, turns: [] };
    const count = r.read(MAX_TURNS_WIDTH);
    try {
      checkGameSetup(scenario, objective, setup);
      // Turn by turn: the bits of a turn's response depend on the event the previous turns led to.
      const ctx = contextOf(scenario, game);
      const initial = initialState(ctx, seed);
      const records: TurnRecord[] = [];
      let state = initial;
      for (let i = 0; i < count; i++) {
        const decision = readTurn(r, scenario, state, game.turns[i - 1]);
        game.turns.push(decision);
        const record = playTurn(ctx, state, decision);
        records.push(record);
        state = record.state;
      }
      if (!r.atPaddedEnd())
        throw new ResultCodeError(
          'malformed',
          'This result code is damaged: it has data after the last turn.',
        );
      return { game, scenario, replay: { initial, records, final: state } };
    } catch (e) {
      throw e instanceof ResultCodeError ? e : invalidGame(e);
    }
  } catch (e) {
    if (e instanceof BitReadError)
      throw new ResultCodeError(
        'malformed',
        'This result code is damaged: it ends too early or holds unreadable data.',
      );
    throw e;
  }
}
