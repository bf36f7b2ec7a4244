// Stored teams that no longer decode (made with an earlier version of a scenario, for instance): each is
// shown with its reason and its full code, ready to copy, and stays stored until the facilitator removes it.
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../../i18n';
import type { FacilitatorState } from '../../store/facilitator-store';
import { h } from '../dom';

export function staleTeams(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  return h(
    'section',
    { class: 'banner warn-banner stale-teams', 'data-testid': 'stale-teams', 'aria-labelledby': 'stale-h' },
    h('h2', { id: 'stale-h', class: 'card-title' }, t('facilitator.stale.heading', { n: s.stale.length })),
    h('p', null, t('facilitator.stale.intro')),
    h(
      'ul',
      { class: 'stale-list' },
      s.stale.map((team, i) =>
        h(
          'li',
          { class: 'stale-item', 'data-testid': 'stale-team' },
          h('strong', null, team.name),
          h('p', { class: 'stale-reason' }, team.reason),
          h('label', { for: `stale-code-${i}` }, t('facilitator.stale.code')),
          h('textarea', { id: `stale-code-${i}`, class: 'raw', readonly: true, rows: 2 }, team.code),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small',
              onclick: () => store.getState().removeStale(team.code),
            },
            t('facilitator.stale.remove', { name: team.name }),
          ),
        ),
      ),
    ),
  );
}
