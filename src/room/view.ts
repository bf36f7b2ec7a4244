// What the game page knows of its live room, as plain data in the game's store: the room bar and the
// title screen's join card draw it, and a quarter cannot be confirmed while `lock` is set.
import type { Params } from '../i18n';
import type { ControlState, RefusalCode } from './protocol';

export interface RoomView {
  /** invited: a room code came in the address; joining: asked the server; connected/offline: a team. */
  phase: 'invited' | 'joining' | 'connected' | 'offline';
  code: string;
  name: string | null;
  control: ControlState | null;
  /** When the countdown ends, on this page's clock (ms). */
  deadline: number | null;
  /** Why no quarter can be confirmed now (held, paused, closed), as an i18n key. */
  lock: { key: string; params?: Params } | null;
  /** Quarters played here and not yet acknowledged by the server. */
  queued: number;
  /** The server's last refusal, shown until the next accepted quarter. */
  refusal: { code: RefusalCode | 'offline'; message: string } | null;
  /** The event the facilitator revealed last. */
  revealed: string | null;
}

/** A room's view before the server has said anything. */
export function freshRoomView(phase: RoomView['phase'], code: string, name: string | null): RoomView {
  return {
    phase,
    code,
    name,
    control: null,
    deadline: null,
    lock: null,
    queued: 0,
    refusal: null,
    revealed: null,
  };
}

/** Why a team that has played `played` quarters cannot confirm the next one, or null. */
export function roomLock(control: ControlState | null, played: number): RoomView['lock'] {
  if (!control) return null;
  if (control.closed) return { key: 'room.lock.closed' };
  if (control.paused) return { key: 'room.lock.paused' };
  if (control.holdAt !== null && played >= control.holdAt)
    return { key: 'room.lock.held', params: { turn: control.holdAt } };
  return null;
}
