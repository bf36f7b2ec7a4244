// The facilitator's live room: the connection, the room's pace and every team as the server reports it.
// Plain data in a zustand store of its own (the realtime client writes it, the Live tab draws it); the
// credentials are kept in localStorage so a reload reopens the same room.
import { createStore } from 'zustand/vanilla';
import type { ControlState, SessionMessage, TeamInfo } from '../../room/protocol';

export type LiveSort = 'rank' | 'name' | 'quarter' | 'trust' | 'buyIn';

export interface LiveState {
  phase: 'idle' | 'opening' | 'open' | 'offline';
  /** The server's key for creating rooms (from the facilitator's address). */
  key: string | null;
  code: string | null;
  secret: string | null;
  session: SessionMessage | null;
  control: ControlState | null;
  /** When the countdown ends, on this page's clock. */
  deadline: number | null;
  teams: TeamInfo[];
  anonymised: boolean;
  sort: LiveSort;
  slide: boolean;
  /** The close button asks once more before closing. */
  closeArmed: boolean;
  /** What the facilitator picked in the controls, kept across live updates. */
  pick: { holdAt: number; seconds: number; event: string };
  error: string | null;
}

const LIVE_KEY = 'social-journey.live';

interface Kept {
  key?: string;
  code?: string;
  secret?: string;
}

function readKept(): Kept {
  try {
    const v = JSON.parse(localStorage.getItem(LIVE_KEY) ?? '{}') as Kept;
    return typeof v === 'object' && v ? v : {};
  } catch {
    return {};
  }
}

export function keepLive(patch: Kept): void {
  try {
    const next = { ...readKept(), ...patch };
    for (const k of Object.keys(next) as (keyof Kept)[]) if (!next[k]) delete next[k];
    localStorage.setItem(LIVE_KEY, JSON.stringify(next));
  } catch {
    // Without storage a reload needs the facilitator's address again.
  }
}

export const liveStore = createStore<LiveState>()(() => {
  const kept = readKept();
  return {
    phase: 'idle',
    key: kept.key ?? null,
    code: kept.code ?? null,
    secret: kept.secret ?? null,
    session: null,
    control: null,
    deadline: null,
    teams: [],
    anonymised: false,
    sort: 'rank',
    slide: false,
    closeArmed: false,
    pick: { holdAt: 1, seconds: 120, event: '' },
    error: null,
  };
});

/** Reads the key from the facilitator's address (#live=KEY), keeps it, and takes it out of the address. */
export function takeKeyFromAddress(): boolean {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const key = params.get('live');
  if (!key) return false;
  keepLive({ key });
  liveStore.setState({ key });
  history.replaceState(null, '', location.pathname + location.search);
  return true;
}
