// When the Phaser world starts. Starting it costs a few long tasks on the page's one thread (evaluating
// Phaser's 1.4 MB module alone takes about 150 ms on a laptop, several times that on a mid-range phone,
// and a key or tap waits until they are over). Nothing on the title screen needs it: the panel is the
// page, and the picture's sky and city are page drawings (drawn here until the world draws its own).
// So the world starts
// - at once when a screen needs it: a game resumed or joined, or the players left the title screen
//   (after that screen has painted; the panel works while the world loads);
// - otherwise once the title screen has been left alone for QUIET_MS (no key, typing, click, tap or
//   wheel) and the browser is idle: a player typing a seed or picking a game never waits for it.
// Its start is cut where the page can cut it: Phaser's module, then the game in a task of its own (the
// title scene then draws its sky first and its crowd a frame later), so input in between is answered.
// Phaser-free: this file is in the page's first load; create-game.ts and Phaser are loaded from here.
import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../store/game-store';
import { titleBackdrop } from './world/title-backdrop';

/** How long the title screen is left alone before the world starts on it by itself. */
export const QUIET_MS = 2500;
/** Input that says a player is using the page now. */
const ACTIVITY = ['keydown', 'input', 'pointerdown', 'wheel'] as const;

interface Stoppable {
  destroy(removeCanvas: boolean): void;
}

/**
 * Starts the world in `parent` when it is wanted (see above); `parent.dataset.world` says where it is
 * ('waiting', 'loading', then the game's own marks: data-renderer, data-scene). Returns a stop function.
 */
export function launchWorld(
  parent: HTMLElement,
  store: StoreApi<GameStore>,
  failed: (error: unknown) => void,
): () => void {
  let stopped = false;
  let started = false;
  let game: Stoppable | null = null;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let idle: (() => void) | null = null;
  // The title's picture (sky and city) until the world draws its own over it, redrawn when the stage
  // changes size (the window, or the dashboard that comes with a game).
  let placeholder: { destroy(): void } | null = null;
  const sizes = new ResizeObserver(() => {
    if (!game && !stopped) placeholder = titleBackdrop(parent);
  });
  sizes.observe(parent);

  const quiet = () => {
    clearTimeout(quietTimer);
    idle?.();
    idle = null;
    quietTimer = setTimeout(() => {
      idle = whenIdle(start);
    }, QUIET_MS);
  };
  const unsubscribe = store.subscribe((s) => {
    if (s.screen !== 'title') start();
  });
  const listening = { capture: true, passive: true } as const;
  const stopListening = () => {
    for (const type of ACTIVITY) window.removeEventListener(type, quiet, listening);
    unsubscribe();
    clearTimeout(quietTimer);
    idle?.();
    idle = null;
  };

  function start() {
    if (started || stopped) return;
    started = true;
    stopListening();
    parent.dataset.world = 'loading';
    boot().catch((e: unknown) => {
      if (!stopped) failed(e);
    });
  }

  async function boot() {
    // The screen that asked for the world paints first.
    await afterPaint();
    const { createGame } = await import('./create-game');
    await afterPaint();
    if (stopped) return;
    sizes.disconnect();
    placeholder = null;
    game = createGame(parent, store);
  }

  parent.dataset.world = 'waiting';
  if (store.getState().screen !== 'title') start();
  else {
    for (const type of ACTIVITY) window.addEventListener(type, quiet, listening);
    quiet();
  }
  return () => {
    stopped = true;
    stopListening();
    sizes.disconnect();
    placeholder?.destroy();
    game?.destroy(true);
  };
}

/** After the next frame has been painted (a timeout queued from the frame runs once it is on screen). */
function afterPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** Runs `f` when the browser is idle (soon in any case); returns a cancel function. */
function whenIdle(f: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(f, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no idle callback: the quiet time before is the main wait anyway.
  const handle = setTimeout(f, 0);
  return () => clearTimeout(handle);
}
