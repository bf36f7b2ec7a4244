// The live room's protocol, shared by the pages and the server: the events, the messages and the answers
// (schemas.ts checks every message with zod on the server; kept apart so the pages load no zod).
// Versioned: a page and a server of different versions refuse each other with a clear reason instead of
// misreading messages. Every message goes with an acknowledgement callback; the answer is always an Answer.
import type { GameRecord, TurnDecision } from '../sim';

export const ROOM_PROTOCOL = 1;
/** Socket.IO's maxHttpBufferSize: no message of this protocol comes near it. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
export const MAX_TEAM_NAME = 40;

// Client -> server events.
export const EV = {
  teamJoin: 'team:join',
  teamResume: 'team:resume',
  teamStart: 'team:start',
  teamDecide: 'team:decide',
  teamPresence: 'team:presence',
  boardCreate: 'board:create',
  boardOpen: 'board:open',
  boardControl: 'board:control',
} as const;

// Server -> client events.
export const PUSH = {
  /** The room's pace (ControlState), to every team and board of the room. */
  control: 'room:control',
  /** A team's own game as the server has it (after a pushed event changed its setup). */
  game: 'team:game',
  /** One team's card data (TeamInfo), to the room's boards. */
  team: 'board:team',
} as const;

/** The session a room plays: the facilitator's session (scenario, seed, length, fixed events). */
export interface SessionMessage {
  scenario: string;
  seed: string;
  turns?: number;
  fixedEvents?: Record<string, string>;
}

/** What a facilitator can do to the room's pace. */
export type ControlAction =
  | { action: 'hold'; turn: number }
  | { action: 'release' }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'countdown'; seconds: number }
  | { action: 'cancel-countdown' }
  | { action: 'push-event'; event: string }
  | { action: 'close' };

/** The room's pace as every page sees it. */
export interface ControlState {
  paused: boolean;
  /** Teams may play up to this quarter, then wait; null when no hold. */
  holdAt: number | null;
  /** A countdown for the quarter: its length and the time left when this message was sent. */
  countdown: { seconds: number; remainingMs: number } | null;
  closed: boolean;
  /** The last event pushed to the room, shown as a notice. */
  pushed: { event: string; serial: number } | null;
}

/** Why the server said no. The page shows `room.refused.<code>` and, folded, the message. */
export type RefusalCode =
  | 'bad-message'
  | 'version'
  | 'rate-limited'
  | 'unknown-room'
  | 'forbidden'
  | 'name-taken'
  | 'not-joined'
  | 'not-started'
  | 'already-started'
  | 'out-of-turn'
  | 'illegal'
  | 'paused'
  | 'held'
  | 'closed'
  | 'ended'
  | 'busy';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  /** The team's game as the server has it, so the page can return to it. */
  game?: GameRecord | null;
}

export type Answer<T> = ({ ok: true } & T) | Refusal;

/** What a team learns when it joins or comes back. */
export interface TeamWelcome {
  room: string;
  team: string;
  token: string;
  name: string;
  session: SessionMessage;
  control: ControlState;
  game: GameRecord | null;
}

/** A team as the board shows it: the server's facts; the figures come from replaying `game`. */
export interface TeamInfo {
  id: string;
  name: string;
  /** Join order, 1-based: the anonymised view calls the team "Team n". */
  rank: number;
  online: boolean;
  view: 'choosing' | 'confirmed';
  game: GameRecord | null;
}

export interface BoardWelcome {
  room: string;
  secret: string;
  session: SessionMessage;
  control: ControlState;
  teams: TeamInfo[];
}

export type { TurnDecision };
