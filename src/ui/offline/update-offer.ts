// The game's offer to update: shown only on the title screen, so a new version never reloads a page in the
// middle of a game. Also says once that the game now works offline on this device.
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../../i18n';
import type { GameStore } from '../../store/game-store';
import { h } from '../dom';
import { registerOffline } from './register';

export function mountUpdateOffer(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const box = h('div', { id: 'update-offer', class: 'update-offer', role: 'status' });
  root.append(box);
  let apply: (() => Promise<void>) | null = null;
  let offlineNews = false;

  const render = () => {
    const s = store.getState();
    const onTitle = s.screen === 'title';
    const content: HTMLElement[] = [];
    if (onTitle && apply) {
      const update = apply;
      content.push(
        h(
          'div',
          { class: 'card update-card', 'data-testid': 'update-offer' },
          h('p', null, t('update.ready')),
          h(
            'button',
            { id: 'update-now', type: 'button', class: 'btn btn-primary', onclick: () => void update() },
            t('update.apply'),
          ),
        ),
      );
    } else if (onTitle && offlineNews) {
      content.push(
        h(
          'div',
          { class: 'card update-card', 'data-testid': 'offline-ready' },
          h('p', null, t('update.offlineReady')),
          h(
            'button',
            {
              id: 'offline-ok',
              type: 'button',
              class: 'btn btn-small',
              onclick: () => {
                offlineNews = false;
                render();
              },
            },
            t('update.ok'),
          ),
        ),
      );
    }
    box.replaceChildren(...content);
    box.hidden = content.length === 0;
  };

  registerOffline({
    onUpdateReady: (f) => {
      apply = f;
      render();
    },
    onOfflineReady: () => {
      offlineNews = true;
      render();
    },
  });
  render();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.screen !== prev.screen || s.language !== prev.language) render();
  });
  return () => {
    unsubscribe();
    box.remove();
  };
}
