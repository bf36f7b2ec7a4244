// A room's state as the fold of its log, and the checks that turn a request into a log entry or a refusal.
// Every rule of the game is asked of the sim: a decision is legal when validateDecision finds no problem,
// and a team's state is always the server's own replay of its decisions, never anything a page sent.
import { sessionSetup } from '../analysis/session';
import type { ControlAction, ControlState, Refusal, SessionMessage, TurnDecision } from '../room/protocol';
import { MAX_TEAM_NAME } from '../room/protocol';
import { sameDecision } from '../room/reconcile';
import {
  contextOf,
  GameError,
  type GameRecord,
  initialState,
  newGame,
  replay,
  type Scenario,
  type SimState,
  step,
  validateDecision,
} from '../sim';
import type { LogEntry } from './room-log';

export interface TeamState {
  id: string;
  name: string;
  rank: number;
  /** sha256 of the team's token. */
  token: string;
  /** Events pushed to this team before its game started (turn -> event). */
  pushed: Record<string, string>;
  game: GameRecord | null;
  state: SimState | null;
}

export interface RoomState {
  code: string;
  /** sha256 of the facilitator's secret. */
  secret: string;
  session: SessionMessage;
  scenario: Scenario;
  createdAt: number;
  updatedAt: number;
  paused: boolean;
  holdAt: number | null;
  countdown: { seconds: number; endsAt: number } | null;
  closed: boolean;
  pushed: { event: string; serial: number } | null;
  teams: Map<string, TeamState>;
  /** Lower-cased name -> team id: names are unique in a room whatever their case. */
  names: Map<string, string>;
  /** Entries folded so far: the log's length this state reflects. */
  length: number;
}

export class RoomError extends Error {}

export function gameLength(room: RoomState): number {
  return room.session.turns ?? room.scenario.turns;
}

/** A room from its first entry. */
export function openRoom(first: LogEntry, scenarios: readonly Scenario[]): RoomState {
  if (first.k !== 'room') throw new RoomError('a room log must start with the room entry');
  const scenario = scenarios.find((s) => s.id === first.session.scenario);
  if (!scenario) throw new RoomError(`room ${first.code}: no scenario "${first.session.scenario}" here`);
  return {
    code: first.code,
    secret: first.secret,
    session: first.session,
    scenario,
    createdAt: first.at,
    updatedAt: first.at,
    paused: false,
    holdAt: null,
    countdown: null,
    closed: false,
    pushed: null,
    teams: new Map(),
    names: new Map(),
    length: 1,
  };
}

/** Folds one more entry into the room (in place: rooms are big and folded often). */
export function applyEntry(room: RoomState, entry: LogEntry): void {
  room.length++;
  room.updatedAt = entry.at;
  switch (entry.k) {
    case 'room':
      throw new RoomError(`room ${room.code}: a second room entry`);
    case 'join': {
      const team: TeamState = {
        id: entry.team,
        name: entry.name,
        rank: room.teams.size + 1,
        token: entry.token,
        pushed: {},
        game: null,
        state: null,
      };
      room.teams.set(team.id, team);
      room.names.set(entry.name.toLowerCase(), team.id);
      return;
    }
    case 'start': {
      const team = teamOf(room, entry.team);
      const setup = sessionSetup(room.session);
      if (Object.keys(team.pushed).length > 0) setup.fixedEvents = { ...setup.fixedEvents, ...team.pushed };
      team.game = newGame(room.scenario, room.session.seed, entry.objective, setup);
      team.state = initialState(contextOf(room.scenario, team.game), team.game.seed);
      return;
    }
    case 'turn': {
      const team = teamOf(room, entry.team);
      if (!team.game || !team.state) throw new RoomError(`team ${team.id} played before starting`);
      team.state = step(contextOf(room.scenario, team.game), team.state, entry.decision).state;
      team.game = { ...team.game, turns: [...team.game.turns, entry.decision] };
      return;
    }
    case 'control':
      applyControl(room, entry.control, entry.at);
      return;
  }
}

function applyControl(room: RoomState, c: ControlAction, at: number): void {
  switch (c.action) {
    case 'hold':
      room.holdAt = c.turn;
      return;
    case 'release':
      room.holdAt = null;
      return;
    case 'pause':
      room.paused = true;
      return;
    case 'resume':
      room.paused = false;
      return;
    case 'countdown':
      room.countdown = { seconds: c.seconds, endsAt: at + c.seconds * 1000 };
      return;
    case 'cancel-countdown':
      room.countdown = null;
      return;
    case 'close':
      room.closed = true;
      room.countdown = null;
      return;
    case 'push-event':
      room.pushed = { event: c.event, serial: (room.pushed?.serial ?? 0) + 1 };
      for (const team of room.teams.values()) pushEvent(room, team, c.event);
      return;
  }
}

/**
 * The pushed event becomes the event of the team's next quarter: the one it is deciding now, or its first.
 * The sim draws the same random number whether an event is fixed or not, so the quarters before stay as
 * they were and the replay of the team's log gives the new pending event.
 */
function pushEvent(room: RoomState, team: TeamState, event: string): void {
  const length = gameLength(room);
  if (!team.game || !team.state) {
    team.pushed[String(1)] = event;
    return;
  }
  if (team.state.ending) return;
  const turn = team.game.turns.length + 1;
  if (turn > length) return;
  const fixedEvents = { ...team.game.setup.fixedEvents, [String(turn)]: event };
  team.game = { ...team.game, setup: { ...team.game.setup, fixedEvents } };
  team.state = replay(room.scenario, team.game).final;
}

function teamOf(room: RoomState, id: string): TeamState {
  const team = room.teams.get(id);
  if (!team) throw new RoomError(`room ${room.code}: no team ${id}`);
  return team;
}

export function controlState(room: RoomState, now: number): ControlState {
  return {
    paused: room.paused,
    holdAt: room.holdAt,
    countdown: room.countdown
      ? { seconds: room.countdown.seconds, remainingMs: Math.max(0, room.countdown.endsAt - now) }
      : null,
    closed: room.closed,
    pushed: room.pushed,
  };
}

type Checked<T> = { ok: true; value: T } | Refusal;
const refuse = (code: Refusal['code'], message: string, game?: GameRecord | null): Refusal => ({
  ok: false,
  code,
  message,
  ...(game !== undefined ? { game } : {}),
});

/** A team name as shown: trimmed, spaces collapsed, no control characters; null when none is left. */
export function cleanTeamName(typed: string): string | null {
  const name = typed
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length === 0) return null;
  return name.slice(0, MAX_TEAM_NAME).trim();
}

export function checkJoin(room: RoomState, typed: string): Checked<string> {
  if (room.closed) return refuse('closed', 'this room is closed');
  const name = cleanTeamName(typed);
  if (!name) return refuse('bad-message', 'the team name is empty');
  if (room.names.has(name.toLowerCase())) return refuse('name-taken', `"${name}" is taken in this room`);
  return { ok: true, value: name };
}

export function checkStart(room: RoomState, team: TeamState, objective: string): Checked<string> {
  if (room.closed) return refuse('closed', 'this room is closed', team.game);
  if (team.game) return refuse('already-started', 'this team has started its game', team.game);
  if (!room.scenario.objectives.some((o) => o.id === objective))
    return refuse('illegal', `"${objective}" is not an objective of this scenario`, null);
  return { ok: true, value: objective };
}

export type DecisionCheck = { ok: true; duplicate: boolean } | Refusal;

/** Whether the team may play `turn` with `decision` now; a decision already in the log is a duplicate. */
export function checkDecision(
  room: RoomState,
  team: TeamState,
  turn: number,
  decision: TurnDecision,
): DecisionCheck {
  const game = team.game;
  if (!game || !team.state) return refuse('not-started', 'this team has not started its game', null);
  const played = game.turns.length;
  if (turn <= played) {
    // A page that lost the acknowledgement sends the same decision again: accepted once, answered twice.
    if (sameDecision(game.turns[turn - 1]!, decision)) return { ok: true, duplicate: true };
    return refuse('out-of-turn', `quarter ${turn} is already played`, game);
  }
  if (turn > played + 1)
    return refuse('out-of-turn', `quarter ${turn} comes after quarter ${played + 1}`, game);
  if (team.state.ending) return refuse('ended', `the game has ended (${team.state.ending})`, game);
  if (room.closed) return refuse('closed', 'this room is closed', game);
  if (room.paused) return refuse('paused', 'the facilitator has paused the room', game);
  if (room.holdAt !== null && turn > room.holdAt)
    return refuse('held', `the room is held at the end of quarter ${room.holdAt}`, game);
  const problems = validateDecision(contextOf(room.scenario, game), team.state, decision);
  if (problems.length > 0)
    return refuse(
      'illegal',
      new GameError(`quarter ${turn}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`).message,
      game,
    );
  return { ok: true, duplicate: false };
}

export function checkControl(room: RoomState, c: ControlAction): Checked<ControlAction> {
  if (room.closed) return refuse('closed', 'this room is closed');
  if (c.action === 'push-event' && !room.scenario.events.some((e) => e.id === c.event))
    return refuse('illegal', `"${c.event}" is not an event of this scenario`);
  if (c.action === 'hold' && c.turn > gameLength(room))
    return refuse('illegal', `the game has ${gameLength(room)} quarters`);
  return { ok: true, value: c };
}
