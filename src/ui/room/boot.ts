// On the game page's start: a join link (#room=CODE) fills the title screen's join card; a browser that
// joined a room before rejoins it (loading the realtime client). Without either, nothing of the live room
// is loaded and the game runs alone.
import type { StoreApi } from 'zustand/vanilla';
import { freshRoomView } from '../../room/view';
import type { GameStore } from '../../store/game-store';
import { readIdentity, roomFromHash } from './identity';

export function bootRoom(store: StoreApi<GameStore>, hash: string): void {
  const invited = roomFromHash(hash);
  const identity = readIdentity();
  if (identity && (!invited || invited === identity.code)) {
    import('./team-room').then((m) => m.rejoinRoom(store, identity)).catch(() => {});
    return;
  }
  if (invited) store.getState().setRoom(freshRoomView('invited', invited, null));
}
