// Which stored game this tab is playing, kept in sessionStorage (one per tab, kept across reloads): a reload
// goes on with it, while a new tab opens on the title screen's list. Never required: without it a reload
// shows the list.
const TAB_GAME_KEY = 'social-journey.tab-game';

export function readTabGame(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(TAB_GAME_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeTabGame(id: string | null): void {
  try {
    if (id === null) globalThis.sessionStorage?.removeItem(TAB_GAME_KEY);
    else globalThis.sessionStorage?.setItem(TAB_GAME_KEY, id);
  } catch {
    // A reload then shows the list: nothing is lost.
  }
}

export function forgetTabGame(): void {
  writeTabGame(null);
}
