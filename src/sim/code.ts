// Result codes: a finished or unfinished game as short URL-safe text ("SJ3-" + the read-aloud base32 of
// code-spoken.ts) that a facilitator can paste, hear read aloud or show as a QR code. The code holds only the decisions, as indices into the
// scenario's lists; decoding replays them, so scores are always recomputed and a team cannot forge one.
// The byte layout is described in docs/result-codes.md.
import { fromBase64Url, isBase64UrlChar } from './base64url';
import { BitReadError, BitReader, BitWriter, widthFor } from './bits';
import { replayFirstGame, sameDecision, sharedTurns } from './branch';
import { fromSpoken, isSpokenChar, toSpoken } from './code-spoken';
import { crc32 } from './crc32';
import { checkGameSetup, contextOf, GameError, initialState, playTurn, type Replay, replay } from './game';
import { checkGameRecord, type GameProblem } from './game-schema';
import { scenarioHash } from './hash';
import { lookup } from './lookup';
import { findScenario, type ScenarioCatalog } from './scenario-catalog';
import { scenarioMismatch } from './scenario-match';
import type { Scenario } from './scenario-schema';
import type { GameRecord, GameSetup, SimState, TurnDecision, TurnRecord } from './types';

/**
 * Format 3: the payload carries the scenario's version. Formats 1 (base64url) and 2 (read-aloud base32)
 * had none; their codes are still recognised, to be refused with a clear reason (a game has one code).
 */
export const RESULT_CODE_VERSION = 3;
const LEGACY_FORMATS = [1, 2];
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
  | 'scenario-older'
  | 'scenario-newer'
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
  /** For a practice branch (game.branch): the replay of the team's first game, its result. */
  first?: Replay;
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

function withVersion(payload: Uint8Array, format = RESULT_CODE_VERSION): Uint8Array {
  const out = new Uint8Array(payload.length + 1);
  out[0] = format;
  out.set(payload, 1);
  return out;
}

const malformed = (why: string) => new ResultCodeError('malformed', `This result code is damaged: ${why}.`);

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
  // The encoder always writes an unchanged list as the one "same" bit: a spelled-out copy is a second code.
  if (!same && sameList(prev?.measure, measure))
    throw malformed("it spells out the same KPIs as the turn before instead of saying 'same'");
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
      if (turn <= last) throw malformed('its fixed events are out of order');
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

const listed = (problems: readonly GameProblem[]) =>
  problems.map((p) => `${p.path}: ${p.message}`).join('; ');

/** A decoded game must be one the game could have made: the same schema as saves (seed, setup, turns). */
function checkDecoded(game: GameRecord): void {
  const checked = checkGameRecord(game);
  if (!checked.ok)
    throw new ResultCodeError(
      'invalid-game',
      `This result code holds a game that Social Journey cannot make: ${listed(checked.problems)}.`,
    );
}

/**
 * A practice branch, after the last turn: a 1 bit (an ordinary game has only zero padding there), the
 * quarter it starts from, how many leading turns the first game shares with the branch (always the most),
 * and the first game's turns after those.
 */
function writeBranch(w: BitWriter, scenario: Scenario, game: GameRecord, first: Replay) {
  const { from, first: turns } = game.branch!;
  const shared = sharedTurns(game.turns, turns);
  w.write(1, 1);
  w.write(from - 1, MAX_TURNS_WIDTH);
  w.write(shared, MAX_TURNS_WIDTH);
  w.write(turns.length, MAX_TURNS_WIDTH);
  for (let i = shared; i < turns.length; i++) {
    const before = i === 0 ? first.initial : first.records[i - 1]!.state;
    writeTurn(w, scenario, before, turns[i]!, turns[i - 1]);
  }
}

/** Reads what writeBranch wrote, replaying the first game as it goes (its turns' widths depend on it). */
function readBranch(r: BitReader, scenario: Scenario, game: GameRecord, played: Replay): Replay {
  const from = r.read(MAX_TURNS_WIDTH) + 1;
  const shared = r.read(MAX_TURNS_WIDTH);
  const count = r.read(MAX_TURNS_WIDTH);
  if (count === 0 || shared > count || shared > game.turns.length)
    throw malformed('its practice branch does not fit its game');
  const turns = game.turns.slice(0, shared);
  const ctx = contextOf(scenario, game);
  const records = played.records.slice(0, shared);
  let state = records.at(-1)?.state ?? played.initial;
  for (let i = shared; i < count; i++) {
    const decision = readTurn(r, scenario, state, turns[i - 1]);
    // The encoder always counts every shared turn: a shorter count is a second code for the same game.
    if (i === shared && i < game.turns.length && sameDecision(decision, game.turns[i]!))
      throw malformed('its practice branch repeats a turn it shares with its first game');
    turns.push(decision);
    const record = playTurn(ctx, state, decision);
    records.push(record);
    state = record.state;
  }
  game.branch = { from, first: turns };
  if (from > (game.setup.turns ?? scenario.turns))
    throw new ResultCodeError(
      'invalid-game',
      `This result code's practice branch starts in quarter ${from}, after the game's last quarter.`,
    );
  return { initial: played.initial, records, final: state };
}

/** The result code of a game, finished or not. Throws ResultCodeError if the game is not legal. */
export function encodeResultCode(scenario: Scenario, game: GameRecord): string {
  const checked = checkGameRecord(game);
  if (!checked.ok)
    throw new ResultCodeError(
      'invalid-game',
      `This game cannot be written as a result code: ${listed(checked.problems)}.`,
    );
  if (game.scenario.id !== scenario.id || game.scenario.hash !== scenarioHash(scenario))
    throw new ResultCodeError(
      'scenario-changed',
      'This game was played with another scenario or scenario version.',
    );
  let played: Replay;
  let first: Replay | null;
  try {
    played = replay(scenario, game);
    first = replayFirstGame(scenario, game);
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
  w.writeVarUint(scenario.version);
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
  if (game.branch && first) writeBranch(w, scenario, game, first);
  const payload = w.finish();
  const sum = crc32(withVersion(payload));
  const bytes = new Uint8Array(payload.length + CHECKSUM_BYTES);
  bytes.set(payload);
  // Little-endian, so payload and checksum together form one CRC codeword (see docs/result-codes.md).
  for (let i = 0; i < CHECKSUM_BYTES; i++) bytes[payload.length + i] = (sum >>> (8 * i)) & 0xff;
  return `${PREFIX}${RESULT_CODE_VERSION}-${WRITTEN.write(bytes)}`;
}

/**
 * One way of writing a code's bytes as text, for the formats listed. `isChar` says which characters may
 * appear after the "SJ<n>-" head, `read` gives the bytes or null when the text is not canonical. Every
 * spelling then goes through the same checks (checksum, strict layout), so another spelling is one more
 * entry in SPELLINGS and nothing else.
 */
export interface CodeSpelling {
  name: string;
  formats: readonly number[];
  /** Whether "sj" in lower case is the same head (base64url is case-sensitive, so it is not). */
  anyCase: boolean;
  isChar(ch: string): boolean;
  read(body: string): Uint8Array | null;
  write?(bytes: Uint8Array): string;
}

const SPELLINGS: readonly CodeSpelling[] = [
  { name: 'base64url', formats: [1], anyCase: false, isChar: isBase64UrlChar, read: fromBase64Url },
  {
    name: 'read-aloud base32',
    formats: [2, RESULT_CODE_VERSION],
    anyCase: true,
    isChar: (ch) => isSpokenChar(ch) || ch === '-',
    read: fromSpoken,
    write: toSpoken,
  },
];
/** The spelling new codes are written in. */
const WRITTEN = SPELLINGS.find(
  (s) => s.formats.includes(RESULT_CODE_VERSION) && s.write,
) as Required<CodeSpelling>;

/** The checked payload of a code (without its checksum), and its format. */
function unpack(code: string): { format: number; payload: Uint8Array } {
  const text = code.replace(/\s+/g, '');
  const head = /^(SJ|sj)([0-9]+)-/i.exec(text);
  if (!head)
    throw new ResultCodeError(
      'malformed',
      `This is not a Social Journey result code: a code starts with "${PREFIX}${RESULT_CODE_VERSION}-".`,
    );
  // "SJ03-" would be a second spelling of "SJ3-".
  if (!/^[1-9][0-9]*$/.test(head[2]!))
    throw new ResultCodeError(
      'malformed',
      `This is not a Social Journey result code: a code starts with exactly "${PREFIX}${RESULT_CODE_VERSION}-", not "${head[0]}".`,
    );
  const format = Number(head[2]);
  const spelling = SPELLINGS.find((s) => s.formats.includes(format));
  if (!spelling)
    throw new ResultCodeError(
      'unknown-version',
      `This result code has format ${format}, which this version of Social Journey cannot read (it reads format ${RESULT_CODE_VERSION}).`,
    );
  if (!spelling.anyCase && head[1] !== PREFIX)
    throw new ResultCodeError(
      'malformed',
      `This is not a Social Journey result code: a code starts with "${PREFIX}${RESULT_CODE_VERSION}-".`,
    );
  const body = text.slice(head[0].length);
  const stray = [...body].find((ch) => !spelling.isChar(ch));
  if (stray !== undefined)
    throw new ResultCodeError(
      'malformed',
      `This result code contains "${stray}", which cannot be part of a code.`,
    );
  const bytes = spelling.read(body);
  if (!bytes || bytes.length <= CHECKSUM_BYTES)
    throw new ResultCodeError(
      'malformed',
      'This result code is incomplete or mistyped: copy it again exactly.',
    );
  const payload = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  let stored = 0;
  for (let i = CHECKSUM_BYTES - 1; i >= 0; i--) stored = stored * 256 + bytes[payload.length + i]!;
  if (crc32(withVersion(payload, format)) !== stored)
    throw new ResultCodeError(
      'bad-checksum',
      'This result code is incomplete or has a typo: its check digits do not match. Copy it again exactly, to the last character.',
    );
  return { format, payload };
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

function readScenarioId(r: BitReader, scenarios: ScenarioCatalog): { id: string; scenario: Scenario } {
  const id = readText(r.readBytes(r.readVarUint()));
  const scenario = findScenario(scenarios, id);
  if (!scenario)
    throw new ResultCodeError(
      'unknown-scenario',
      `This result code is for the scenario "${id}", which is not available here.`,
    );
  return { id, scenario };
}

function readHashPrefix(r: BitReader): string {
  let hashPrefix = '';
  for (let i = 0; i < HASH_DIGITS; i += 2) hashPrefix += r.read(8).toString(16).padStart(2, '0');
  return hashPrefix;
}

/**
 * A format 1 or 2 code (id, hash, no scenario version) is never replayed: a game has one code, the current
 * format's. Its header still says why: an earlier scenario, or only an earlier code format.
 */
function refuseLegacy(format: number, r: BitReader, scenarios: ScenarioCatalog): ResultCodeError {
  const { id, scenario } = readScenarioId(r, scenarios);
  if (!scenarioHash(scenario).startsWith(readHashPrefix(r)))
    return new ResultCodeError(
      'scenario-older',
      `This result code (format ${format}) was made with an earlier version of Social Journey and of the scenario "${id}", so it cannot be replayed with this one.`,
    );
  return new ResultCodeError(
    'unknown-version',
    `This result code has format ${format}, from an earlier version of Social Journey; this version reads format ${RESULT_CODE_VERSION}. The team's end screen shows the game's new code.`,
  );
}

/** Reads a result code and replays its decisions. Throws ResultCodeError saying what is wrong. */
export function decodeResultCode(code: string, scenarios: ScenarioCatalog): DecodedResult {
  const { format, payload } = unpack(code);
  const r = new BitReader(payload);
  try {
    if (LEGACY_FORMATS.includes(format)) throw refuseLegacy(format, r, scenarios);
    const { id, scenario } = readScenarioId(r, scenarios);
    const version = r.readVarUint();
    const hash = scenarioHash(scenario);
    const mismatch = scenarioMismatch(
      scenario,
      version,
      hash.startsWith(readHashPrefix(r)),
      'This result code',
    );
    if (mismatch) throw new ResultCodeError(mismatch.code, mismatch.message);
    const seed = readText(r.readBytes(r.read(8)));
    const objective = idAt(scenario.objectives, r.read(widthFor(scenario.objectives.length)), 'an objective');
    const setup = readSetup(r, scenario);
    const game: GameRecord = { scenario: { id, hash }, seed, setup, objective, turns: [] };
    checkDecoded(game);
    const count = r.read(MAX_TURNS_WIDTH);
    try {
      checkGameSetup(scenario, objective, setup);
    } catch (e) {
      if (!(e instanceof GameError)) throw e;
      throw new ResultCodeError(
        'invalid-game',
        `This result code's setup does not fit the scenario "${id}": ${e.message}.`,
      );
    }
    try {
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
      const played = { initial, records, final: state };
      // A whole byte or more after the last turn can only be a practice branch, which starts with a 1 bit.
      let first: Replay | undefined;
      if (r.bitsLeft() >= 8) {
        if (r.read(1) !== 1) throw malformed('it has data after the last turn');
        first = readBranch(r, scenario, game, played);
      }
      if (!r.atPaddedEnd())
        throw malformed(first ? 'it has data after its practice branch' : 'it has data after the last turn');
      checkDecoded(game);
      return { game, scenario, replay: played, ...(first ? { first } : {}) };
    } catch (e) {
      throw e instanceof ResultCodeError ? e : invalidGame(e);
    }
  } catch (e) {
    if (e instanceof BitReadError) throw malformed('it ends too early or holds unreadable data');
    throw e;
  }
}
