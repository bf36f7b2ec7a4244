// The facilitator's realtime client, loaded only when the Live tab opens or creates a room (it brings
// socket.io-client). Keeps the live store in step with the server, and hands every team's game to the
// facilitator's store as it arrives, so Compare, Projector, Export and the debriefs need no code to paste.
import { io, type Socket } from 'socket.io-client';
import type { StoreApi } from 'zustand/vanilla';
import { sessionSetup } from '../../analysis/session';
import {
  type Answer,
  type BoardWelcome,
  type ControlAction,
  type ControlState,
  EV,
  PUSH,
  ROOM_PROTOCOL,
  type TeamInfo,
} from '../../room/protocol';
import { encodeResultCode } from '../../sim';
import type { FacilitatorState } from '../../store/facilitator-store';
import { replayOnce } from './live-replay';
import { keepLive, liveStore } from './live-store';

let socket: Socket | null = null;
let facilitator: StoreApi<FacilitatorState> | null = null;

const TIMEOUT_MS = 8000;

function emit<T>(event: string, message: object): Promise<Answer<T>> {
  if (!socket) return Promise.resolve({ ok: false, code: 'busy', message: 'not connected' });
  return socket
    .timeout(TIMEOUT_MS)
    .emitWithAck(event, { v: ROOM_PROTOCOL, ...message })
    .catch(() => ({ ok: false, code: 'busy', message: 'the server did not answer in time' })) as Promise<
    Answer<T>
  >;
}

function setControl(control: ControlState) {
  liveStore.setState({
    control,
    deadline: control.countdown ? Date.now() + control.countdown.remainingMs : null,
  });
}

/** A team's game into the facilitator's store (replayed there through the sim, as a pasted code is). */
function collectTeam(team: TeamInfo) {
  const store = facilitator;
  if (!store || !team.game || team.game.turns.length === 0) return;
  const scenario = store.getState().scenarios.find((s) => s.id === team.game!.scenario.id);
  if (!scenario) return;
  try {
    const code = encodeResultCode(scenario, team.game);
    store.getState().putLiveTeam(team.name, {
      ok: true,
      name: team.name,
      code,
      game: team.game,
      scenario,
      replay: replayOnce(scenario, team.game),
    });
  } catch (e) {
    liveStore.setState({ error: (e as Error).message });
  }
}

function putTeam(team: TeamInfo) {
  const teams = liveStore.getState().teams;
  const i = teams.findIndex((t) => t.id === team.id);
  liveStore.setState({ teams: i < 0 ? [...teams, team] : teams.map((t, j) => (j === i ? team : t)) });
  collectTeam(team);
}

function welcome(answer: BoardWelcome) {
  keepLive({ code: answer.room, secret: answer.secret });
  liveStore.setState({
    phase: 'open',
    code: answer.room,
    secret: answer.secret,
    session: answer.session,
    teams: answer.teams,
    error: null,
  });
  setControl(answer.control);
  for (const team of answer.teams) collectTeam(team);
}

function connect(onConnect: () => void) {
  socket?.disconnect();
  const s = io(location.origin, {
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 2000,
  });
  socket = s;
  s.on('connect', onConnect);
  s.on('disconnect', () => liveStore.setState({ phase: 'offline' }));
  s.on('connect_error', () => {
    if (liveStore.getState().phase !== 'open') liveStore.setState({ phase: 'offline' });
  });
  s.on(PUSH.team, putTeam);
  s.on(PUSH.control, setControl);
}

/** Opens (or, on reconnection, reopens) the room kept in the live store. */
async function reopen() {
  const { code, secret } = liveStore.getState();
  if (!code || !secret) return;
  const answer = await emit<BoardWelcome>(EV.boardOpen, { code, secret });
  if (answer.ok) welcome(answer);
  else if (answer.code === 'unknown-room' || answer.code === 'forbidden') {
    keepLive({ code: '', secret: '' });
    liveStore.setState({ phase: 'idle', code: null, secret: null, error: answer.message });
    socket?.disconnect();
  } else liveStore.setState({ error: answer.message });
}

export function startLive(store: StoreApi<FacilitatorState>): void {
  facilitator = store;
  if (liveStore.getState().code) {
    liveStore.setState({ phase: 'opening' });
    connect(reopen);
  }
}

/** Creates a room with the facilitator's session. */
export function createRoom(store: StoreApi<FacilitatorState>): void {
  facilitator = store;
  const { key } = liveStore.getState();
  if (!key) return;
  const session = store.getState().session;
  liveStore.setState({ phase: 'opening', error: null });
  let created = false;
  connect(async () => {
    if (created) return reopen();
    const answer = await emit<BoardWelcome>(EV.boardCreate, {
      key,
      session: { scenario: session.scenario, seed: session.seed, ...sessionSetupFields(session) },
    });
    if (answer.ok) {
      created = true;
      welcome(answer);
    } else liveStore.setState({ phase: 'idle', error: answer.message });
  });
}

function sessionSetupFields(session: FacilitatorState['session']) {
  const setup = sessionSetup(session);
  return {
    ...(setup.turns !== undefined ? { turns: setup.turns } : {}),
    ...(setup.fixedEvents ? { fixedEvents: setup.fixedEvents } : {}),
  };
}

export async function control(action: ControlAction): Promise<void> {
  const answer = await emit<object>(EV.boardControl, { control: action });
  liveStore.setState({ error: answer.ok ? null : answer.message });
}
