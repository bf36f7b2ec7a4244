// The game page: the shelf (the games kept in this browser), the store, the DOM shell, then Phaser in the
// shell's stage.
// Phaser is most of the page's bytes and nothing on the title screen needs it: the page paints its title
// screen first, and the world starts later, by dynamic import, when a screen needs it or the title screen
// is left alone (src/game/launch.ts); the panels work without it.
import { initDisplay } from './ui/design';
import './ui/styles.css';
import { parseSessionLink } from './analysis/session';
import { launchWorld } from './game/launch';
import { detectLanguage, t, takeLanguageFrom } from './i18n';
import { findScormApi } from './scorm/api';
import { readResultCodeFragment } from './sim';
import { bootStore, createGameStore } from './store/game-store';
import { openBrowserShelf } from './store/idb-shelf';
import { loadCodec } from './store/load-codec';
import { askPersistentStorage, browserStorage, firstLanguage } from './store/persist';
import { bundledScenarios } from './store/scenarios';
import { forgetTabGame, readTabGame, writeTabGame } from './store/tab-game';
import { mountApp } from './ui/app';
import { h } from './ui/dom';
import { mountUpdateOffer } from './ui/offline/update-offer';
import { bootRoom } from './ui/room/boot';

async function start(root: HTMLElement) {
  initDisplay();
  // Inside a learning platform (SCORM 1.2), the platform keeps the game, not this browser (src/scorm/).
  const lmsApi = findScormApi(window);
  const lms = lmsApi ? (await import('./scorm/connect')).openLms(lmsApi, bundledScenarios()) : null;
  const settings = lms ? lms.settings : browserStorage();
  const shelf = lms ? await lms.shelf : await openBrowserShelf({ legacy: browserStorage() });
  const language = firstLanguage(settings, navigator.languages ?? [navigator.language]);
  const code = readResultCodeFragment(location.hash);
  // Stored games or a code are read before the title screen shows, so load the codec first (if it cannot
  // load, the store tries again and says so); a first visit's title screen needs none of it.
  if (code !== null || shelf.list('games').length > 0) await loadCodec().catch(() => {});
  const store = createGameStore({ scenarios: bundledScenarios(), shelf, settings, language });
  // The game store owns this page's language: every text of the page, the world and the debrief reads it.
  const releaseLanguage = takeLanguageFrom(store);
  // Before the first render, so a join link's room code is in the join card from the start.
  bootRoom(store, location.hash);
  const shell = mountApp(root, store);
  // A reload goes on with the game this tab was playing; a new tab shows the list.
  const tabGame = readTabGame();
  const resumeId = tabGame !== null && shelf.get('games', tabGame) ? tabGame : shelf.handedOver;
  bootStore(store, code, parseSessionLink(location.hash), resumeId);
  writeTabGame(store.getState().gameId);
  const rememberTabGame = store.subscribe((s, prev) => {
    if (s.gameId !== prev.gameId) writeTabGame(s.gameId);
  });
  // A platform serves the game itself: no service worker there, and it is told of every quarter.
  const removeUpdateOffer = lms ? lms.connect(store) : mountUpdateOffer(root, store);
  // A reload or a link followed while Phaser loads cancels its request: not an error to show.
  let leaving = false;
  const onLeave = () => {
    leaving = true;
  };
  window.addEventListener('pagehide', onLeave);
  // The world starts when a screen needs it or when the title screen is left alone (src/game/launch.ts).
  const stopWorld = launchWorld(shell.world, store, (e) => {
    if (!leaving) store.getState().reportUnexpected(t('app.worldFailed', { message: String(e) }));
  });
  // Anything that still goes wrong is said on screen; the game is saved after every quarter.
  const unexpected = (e: ErrorEvent | PromiseRejectionEvent) => {
    const reason = 'reason' in e ? e.reason : e.error;
    store.getState().reportUnexpected(reason instanceof Error ? reason.message : String(reason ?? e));
  };
  window.addEventListener('error', unexpected);
  window.addEventListener('unhandledrejection', unexpected);
  // Another tab of this site saved a game: the store refreshes the list, or stops this tab overwriting it.
  const stopListening = shelf.onChange((kind) => {
    if (kind === 'games') store.getState().storageChanged();
  });
  askPersistentStorage((granted) => store.getState().setStoragePersisted(granted));
  import.meta.hot?.dispose(() => {
    stopListening();
    rememberTabGame();
    window.removeEventListener('error', unexpected);
    window.removeEventListener('unhandledrejection', unexpected);
    window.removeEventListener('pagehide', onLeave);
    stopWorld();
    removeUpdateOffer();
    shell.destroy();
    releaseLanguage();
  });
}

/** If even starting fails, say so and offer a way out, rather than a blank page. */
function showCrash(root: HTMLElement, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  // The store may never have been made: the browser's language, without reading anything stored.
  const lang = detectLanguage(navigator.languages ?? [navigator.language]);
  root.replaceChildren(
    h(
      'div',
      { class: 'panel card', role: 'alert' },
      h('p', null, t('app.crash', { message }, lang)),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-primary',
          onclick: () => {
            // Stored games are left alone (the list shows a damaged one): only this tab's resume is dropped.
            forgetTabGame();
            location.hash = '';
            location.reload();
          },
        },
        t('app.crashReset', undefined, lang),
      ),
    ),
  );
}

const root = document.getElementById('app');
if (root) start(root).catch((e: unknown) => showCrash(root, e));
