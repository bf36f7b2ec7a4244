// The team's side of the live room, loaded only when a team joins (it brings socket.io-client). It keeps
// the server and the page's game in step: each confirmed quarter goes out as a decision, in order, and a
// page that was offline sends what it played when it is back. A refusal is shown and the page returns to
// the game the server holds. The room's pace (held, paused, countdown) locks the confirm button.
import { io, type Socket } from 'socket.io-client';
import type { StoreApi } from 'zustand/vanilla';
import {
  type Answer,
  type ControlState,
  EV,
  PUSH,
  type Refusal,
  ROOM_PROTOCOL,
  type TeamWelcome,
} from '../../room/protocol';
import { reconcile } from '../../room/reconcile';
import { freshRoomView, type RoomView, roomLock } from '../../room/view';
import { GameError, type GameRecord, replay } from '../../sim';
import type { GameStore } from '../../store/game-store';
import { type RoomIdentity, writeIdentity } from './identity';

const TIMEOUT_MS = 8000;

export interface TeamRoom {
  leave(): void;
}

let current: TeamRoomClient | null = null;

/** Joins `code` as a new team named `name`; the answer's refusal (if any) is shown on the title screen. */
export function joinRoom(store: StoreApi<GameStore>, code: string, name: string): TeamRoom {
  current?.leave();
  current = new TeamRoomClient(store, { code, name });
  return current;
}

/** Comes back to the room this browser joined before (a reload). */
export function rejoinRoom(store: StoreApi<GameStore>, identity: RoomIdentity): TeamRoom {
  current?.leave();
  current = new TeamRoomClient(store, identity);
  return current;
}

export function leaveRoom(): void {
  current?.leave();
  current = null;
}

class TeamRoomClient implements TeamRoom {
  private readonly socket: Socket;
  private identity: RoomIdentity | null;
  private server: GameRecord | null = null;
  private session: TeamWelcome['session'] | null = null;
  private busy = false;
  private again = false;
  private lastView: string | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: StoreApi<GameStore>,
    private readonly wanted: { code: string; name: string } | RoomIdentity,
  ) {
    this.identity = 'token' in wanted ? wanted : null;
    store.getState().setRoom(freshRoomView('joining', wanted.code, wanted.name));
    this.socket = io(location.origin, {
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 2000,
      timeout: TIMEOUT_MS,
    });
    this.socket.on('connect', () => this.hello());
    this.socket.on('disconnect', () => this.update({ phase: 'offline' }));
    this.socket.on('connect_error', () => {
      if (this.view()?.phase !== 'joining' || this.identity) this.update({ phase: 'offline' });
      else this.fail({ ok: false, code: 'busy', message: 'no live room answers at this address' });
    });
    this.socket.on(PUSH.control, (control: ControlState) => this.control(control));
    this.socket.on(PUSH.game, (game: GameRecord | null) => {
      this.server = game;
      this.sync();
    });
    this.unsubscribe = store.subscribe((s, prev) => {
      if (s.game !== prev.game) this.sync();
      if (s.view !== prev.view || s.game !== prev.game) this.presence();
    });
  }

  private view(): RoomView | null {
    return this.store.getState().room;
  }

  private update(patch: Partial<RoomView>) {
    const before = this.view();
    if (!before) return;
    const next = { ...before, ...patch };
    const played = this.store.getState().game?.turns.length ?? 0;
    next.lock = roomLock(next.control, played);
    this.store.getState().setRoom(next);
  }

  private emit<T>(event: string, message: object): Promise<Answer<T>> {
    return this.socket
      .timeout(TIMEOUT_MS)
      .emitWithAck(event, { v: ROOM_PROTOCOL, ...message })
      .catch(
        (): Refusal => ({ ok: false, code: 'busy', message: 'the server did not answer in time' }),
      ) as Promise<Answer<T>>;
  }

  private async hello() {
    const answer = this.identity
      ? await this.emit<TeamWelcome>(EV.teamResume, {
          code: this.identity.code,
          team: this.identity.team,
          token: this.identity.token,
        })
      : await this.emit<TeamWelcome>(EV.teamJoin, { code: this.wanted.code, name: this.wanted.name });
    if (!answer.ok) {
      if (answer.code === 'busy' || answer.code === 'rate-limited') return; // Socket.IO tries again.
      return this.fail(answer);
    }
    const fresh = !this.identity;
    this.identity = { code: answer.room, team: answer.team, token: answer.token, name: answer.name };
    writeIdentity(this.identity);
    this.server = answer.game;
    this.session = answer.session;
    const s = this.store.getState();
    // A new team (or a page that lost its game) starts from the room's session, on the title screen.
    if (fresh || (!answer.game && !s.game)) {
      s.joinSession({ ok: true, session: answer.session });
      if (s.screen !== 'title' && !answer.game) s.toTitle();
    }
    this.update({ phase: 'connected', code: answer.room, name: answer.name });
    this.control(answer.control);
    this.lastView = null;
    this.sync();
    this.presence();
  }

  /** A refusal of the join itself: the team is not in the room. */
  private fail(answer: Refusal) {
    writeIdentity(null);
    this.update({ phase: 'invited', refusal: { code: answer.code, message: answer.message } });
    this.stop();
  }

  private control(control: ControlState) {
    const before = this.view()?.control;
    const pushed =
      control.pushed && control.pushed.serial !== before?.pushed?.serial ? control.pushed.event : undefined;
    this.update({
      control,
      deadline: control.countdown ? Date.now() + control.countdown.remainingMs : null,
      ...(pushed && before ? { revealed: pushed } : {}),
    });
  }

  /** Sends what the server lacks, one message at a time, until both agree. */
  private async sync() {
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    try {
      do {
        this.again = false;
        await this.step();
      } while (this.again);
    } finally {
      this.busy = false;
    }
  }

  private async step() {
    const s = this.store.getState();
    const local = s.source === 'play' ? s.game : null;
    const queued = Math.max(0, (local?.turns.length ?? 0) - (this.server?.turns.length ?? 0));
    this.update({ queued });
    if (!this.session || !this.socket.connected) return;
    const next = reconcile(local, this.server, this.session);
    if (next.kind === 'idle' || next.kind === 'foreign') return;
    if (next.kind === 'adopt') {
      this.adopt(next.game);
      this.update({ queued: 0 });
      return;
    }
    const answer =
      next.kind === 'start'
        ? await this.emit<{ game: GameRecord }>(EV.teamStart, { objective: next.objective })
        : await this.emit<{ game: GameRecord }>(EV.teamDecide, { turn: next.turn, decision: next.decision });
    if (answer.ok) {
      this.server = answer.game;
      this.update({ refusal: null });
    } else if (answer.code === 'busy' || answer.code === 'rate-limited') {
      return; // Tried again on the next change or reconnection.
    } else {
      this.update({ refusal: { code: answer.code, message: answer.message } });
      if (answer.game !== undefined) this.server = answer.game;
      if (this.server) this.adopt(this.server);
      return;
    }
    this.again = true;
  }

  /** Shows the server's game; one that does not replay here (another version of the game) is said. */
  private adopt(game: GameRecord) {
    const s = this.store.getState();
    const scenario = s.scenarios.find((x) => x.id === game.scenario.id);
    try {
      if (!scenario) throw new GameError(`this page has no scenario "${game.scenario.id}"`);
      s.adoptGame(game, replay(scenario, game));
    } catch (e) {
      if (!(e instanceof GameError)) throw e;
      this.update({ refusal: { code: 'version', message: e.message } });
    }
  }

  private presence() {
    const s = this.store.getState();
    const view = s.view === 'report' ? 'confirmed' : 'choosing';
    if (!this.socket.connected || !this.identity || view === this.lastView) return;
    this.lastView = view;
    this.emit(EV.teamPresence, { view }).catch(() => {});
  }

  private stop() {
    this.unsubscribe();
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  leave() {
    this.stop();
    writeIdentity(null);
    this.store.getState().setRoom(null);
  }
}
