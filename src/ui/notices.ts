// Messages about the game itself (a save that cannot be read, a refused turn): shown on top, never a
// blank page. A facilitator can unfold the exact technical reason.
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n';
import type { GameStore, Notice } from '../store/game-store';
import { h } from './dom';

export function noticeList(store: StoreApi<GameStore>, notices: readonly Notice[]): HTMLElement {
  return h(
    'div',
    { class: 'notice-list', role: 'alert' },
    notices.map((n) =>
      h(
        'div',
        { class: `notice notice-${n.kind}`, 'data-testid': 'notice', 'data-notice': n.key },
        h('p', null, t(n.key, n.params)),
        n.detail &&
          h('details', null, h('summary', null, t('notice.details')), h('p', { class: 'detail' }, n.detail)),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: `notice-close-${n.id}`,
            onclick: () => store.getState().dismissNotice(n.id),
          },
          t('notice.close'),
        ),
      ),
    ),
  );
}
