// Which team of which room this browser is, kept in localStorage so a reload rejoins the same team. Small
// and free of the realtime client: the game page reads it on start to know whether to load that client.
import { cleanRoomCode } from '../../room/room-code';

export const ROOM_KEY = 'social-journey.room';

export interface RoomIdentity {
  code: string;
  team: string;
  token: string;
  name: string;
}

export function readIdentity(): RoomIdentity | null {
  try {
    const raw = localStorage.getItem(ROOM_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<RoomIdentity>;
    if (typeof v.code !== 'string' || !cleanRoomCode(v.code)) return null;
    if (typeof v.team !== 'string' || typeof v.token !== 'string' || typeof v.name !== 'string') return null;
    return { code: v.code, team: v.team, token: v.token, name: v.name };
  } catch {
    return null;
  }
}

export function writeIdentity(identity: RoomIdentity | null): void {
  try {
    if (identity) localStorage.setItem(ROOM_KEY, JSON.stringify(identity));
    else localStorage.removeItem(ROOM_KEY);
  } catch {
    // Without storage a reload asks for the team name again; the room still has the team's game.
  }
}

/** The room code of a join link (index.html#room=KX74MQ), or null. */
export function roomFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('room');
  return value ? cleanRoomCode(value) : null;
}
