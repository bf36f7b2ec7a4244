// Entry of facilitator.html: the facilitator's view. Everything runs in this page; nothing is sent
// anywhere. Codes can arrive in the address (#codes=CODE,CODE or ?codes=...): they are collected once and
// removed from the address so a reload does not add them again.
import { codesFromLink } from '../analysis/collect';
import { parseSessionLink } from '../analysis/session';
import { t, takeLanguageFrom } from '../i18n';
import { createFacilitatorStore } from '../store/facilitator-store';
import { openBrowserShelf } from '../store/idb-shelf';
import { askPersistentStorage, browserStorage, firstLanguage } from '../store/persist';
import { bundledScenarios } from '../store/scenarios';
import { initDisplay } from '../ui/design';
import { mountFacilitator } from '../ui/facilitator/app';
import { resumeLive } from '../ui/facilitator/live-board';
import { liveStore, takeKeyFromAddress } from '../ui/facilitator/live-store';
import { registerOffline } from '../ui/offline/register';

initDisplay();
// Kept for offline use; a new version starts when every page of the game is closed.
registerOffline();
async function start(app: HTMLElement) {
  {
    const storage = browserStorage();
    const shelf = await openBrowserShelf({ legacy: storage });
    const random = () => crypto.getRandomValues(new Uint32Array(1))[0]!;
    const store = createFacilitatorStore(
      bundledScenarios(),
      shelf,
      random,
      (n, lang) => t('facilitator.teamN', { n }, lang),
      undefined,
      { first: firstLanguage(storage, navigator.languages ?? [navigator.language]), settings: storage },
    );
    // The facilitator store owns this page's language: its texts and the team debriefs read it.
    const releaseLanguage = takeLanguageFrom(store);
    const incoming = codesFromLink(window.location.href);
    const linked = parseSessionLink(window.location.hash);
    const inputs = incoming.map((text) => ({ text, name: null }));
    if (linked?.ok) {
      // A link that carries its session restores it, unless this page holds other teams to keep.
      const here = store.getState();
      const same = JSON.stringify(here.session) === JSON.stringify(linked.session);
      if (same) here.collect(inputs, 'code');
      else if (here.teams.length === 0 || window.confirm(t('facilitator.collect.replaceConfirm')))
        here.restoreSession({
          session: linked.session,
          notes: here.teams.length === 0 ? here.notes : '',
          teams: incoming.map((code) => ({ code, name: '', notes: '' })),
        });
      else here.collect(inputs, 'code');
    } else if (incoming.length > 0) store.getState().collect(inputs, 'code');
    if (linked || incoming.length > 0) {
      if (store.getState().teams.length > 0) store.getState().setView('compare');
      history.replaceState(null, '', window.location.pathname);
    }
    // The room server's facilitator address carries its key (#live=KEY); a room opened before reopens.
    if (takeKeyFromAddress() || liveStore.getState().code) store.getState().setView('live');
    resumeLive(store);
    // Another tab changed the stored session: this one is told and stops writing over it.
    const stopListening = shelf.onChange((kind) => {
      if (kind === 'sessions') store.getState().storageChanged();
    });
    askPersistentStorage((granted) => store.setState({ storagePersisted: granted }));
    const unmount = mountFacilitator(app, store);
    import.meta.hot?.dispose(() => {
      stopListening();
      unmount();
      releaseLanguage();
    });
  }
}

const app = document.getElementById('app');
// Never a blank page: say what broke.
if (app)
  start(app).catch((e: unknown) => {
    app.textContent = `The facilitator's view could not start: ${String((e as Error)?.message ?? e)}`;
  });
