// What a room is made of on disk or in Redis: an append-only log of entries. The room's state is the fold
// of its log (room-state.ts), so a restarted server, or another process, rebuilds every room by reading it.
import type { ControlAction, SessionMessage, TurnDecision } from '../room/protocol';

export type LogEntry =
  | { k: 'room'; code: string; secret: string; session: SessionMessage; at: number }
  | { k: 'join'; team: string; name: string; token: string; at: number }
  | { k: 'start'; team: string; objective: string; at: number }
  | { k: 'turn'; team: string; turn: number; decision: TurnDecision; at: number }
  | { k: 'control'; control: ControlAction; at: number };

/** Where logs are kept. Every method resolves only once the storage has the data (fsync, or Redis' reply). */
export interface RoomLog {
  /** True when other processes may append to the same logs (then a room is re-read before each change). */
  readonly shared: boolean;
  /** The entries from index `from` on; null when the room does not exist. */
  read(code: string, from: number): Promise<LogEntry[] | null>;
  /** Appends if the log still has `length` entries (else false: someone else wrote first). */
  append(code: string, length: number, entry: LogEntry): Promise<boolean>;
  /** Every room's code with the time of its last change (ms since 1970). */
  list(): Promise<{ code: string; updatedAt: number }[]>;
  remove(code: string): Promise<void>;
  close(): Promise<void>;
}
