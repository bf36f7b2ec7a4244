// The service worker that keeps the whole site (every page, every chunk) in this browser, so it works
// offline after one visit (vite-plugin-pwa, generateSW; see vite.config.ts). A new version waits: a page
// calls the returned `apply` when it is safe to reload (the game only on its title screen); until then the
// new version starts the next time every page of the game is closed.
import { registerSW } from 'virtual:pwa-register';

export interface OfflineEvents {
  /** A new version is downloaded and waiting; `apply` switches to it and reloads this page. */
  onUpdateReady?: (apply: () => Promise<void>) => void;
  /** The site is now kept in this browser: it will open without a network. */
  onOfflineReady?: () => void;
}

/** Registers the service worker where the browser has them (not from file://, not in old browsers). */
export function registerOffline(events: OfflineEvents = {}): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const apply = registerSW({
    immediate: true,
    onNeedRefresh: () => events.onUpdateReady?.(() => switchNow(apply)),
    onOfflineReady: () => events.onOfflineReady?.(),
    onRegisterError: () => {
      // Without a service worker the site still works online; nothing to tell the players.
    },
  });
}

/**
 * Lets the waiting version take over, then reloads into it. A page that no version controls (the very
 * first visit) has nothing to wait for: the new version is already active, and a reload gets it.
 */
async function switchNow(skipWaiting: (reload: boolean) => Promise<void>): Promise<void> {
  if (!navigator.serviceWorker.controller) location.reload();
  else await skipWaiting(true);
}
