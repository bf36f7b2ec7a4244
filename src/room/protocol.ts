// The live room's protocol, shared by the pages and the server: the events, the shape of every message
// (checked with zod on the server before anything else reads it) and the answers. Versioned: a page and a
// server of different versions refuse each other with a clear reason instead of misreading messages.
// Every message goes with an acknowledgement callback; the answer is always an Answer.
import { z } from 'zod';
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

const id = z.string().min(1).max(64);
const version = z.literal(ROOM_PROTOCOL);

export const sessionSchema = z.strictObject({
  scenario: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .max(64),
  seed: z.string().min(1).max(64),
  turns: z.number().int().min(1).max(24).optional(),
  fixedEvents: z.record(z.string().regex(/^[1-9][0-9]?$/), id).optional(),
});

export const decisionSchema = z.strictObject({
  approach: id,
  voice: id,
  governance: id,
  measure: z.array(id).max(16),
  moves: z.array(id).max(16),
  response: id.optional(),
});

const code = z.string().min(1).max(16);
const token = z.string().min(16).max(64);

export const teamJoinSchema = z.strictObject({ v: version, code, name: z.string().min(1).max(200) });
export const teamResumeSchema = z.strictObject({ v: version, code, team: id, token });
export const teamStartSchema = z.strictObject({ v: version, objective: id });
export const teamDecideSchema = z.strictObject({
  v: version,
  turn: z.number().int().min(1).max(24),
  decision: decisionSchema,
});
export const teamPresenceSchema = z.strictObject({ v: version, view: z.enum(['choosing', 'confirmed']) });
export const boardCreateSchema = z.strictObject({ v: version, key: token, session: sessionSchema });
export const boardOpenSchema = z.strictObject({ v: version, code, secret: token });

export const controlActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('hold'), turn: z.number().int().min(0).max(24) }),
  z.strictObject({ action: z.literal('release') }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('countdown'), seconds: z.number().int().min(10).max(3600) }),
  z.strictObject({ action: z.literal('cancel-countdown') }),
  z.strictObject({ action: z.literal('push-event'), event: id }),
  z.strictObject({ action: z.literal('close') }),
]);
export const boardControlSchema = z.strictObject({ v: version, control: controlActionSchema });

export type SessionMessage = z.infer<typeof sessionSchema>;
export type ControlAction = z.infer<typeof controlActionSchema>;

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

/** Parses a message; a refusal names the first problem (never the whole input back). */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; value: T } | Refusal {
  if (raw && typeof raw === 'object' && 'v' in raw && raw.v !== ROOM_PROTOCOL)
    return {
      ok: false,
      code: 'version',
      message: `this page speaks room protocol ${String(raw.v)}; the server speaks ${ROOM_PROTOCOL}: reload the page`,
    };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'message';
  return { ok: false, code: 'bad-message', message: `${where}: ${issue?.message ?? 'invalid'}` };
}

export type { TurnDecision };
