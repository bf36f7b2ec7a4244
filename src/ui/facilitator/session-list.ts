// The prepare step's list of the other sessions kept in this browser (scenario, seed, teams, date): open one
// in place of the session on screen, which stays kept, or delete one (after asking). And a way to start
// another session without losing this one.
import type { StoreApi } from 'zustand/vanilla';
import { getLanguage, pick, t, tn } from '../../i18n';
import type { SessionSummary } from '../../store/facilitator-persist';
import type { FacilitatorState } from '../../store/facilitator-store';
import { h } from '../dom';

function when(updated: string): string {
  const date = new Date(updated);
  if (updated === '' || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function sessionItem(store: StoreApi<FacilitatorState>, s: FacilitatorState, x: SessionSummary): HTMLElement {
  const title = x.ok ? s.scenarios.find((sc) => sc.id === x.scenario) : undefined;
  const name = x.ok ? t('facilitator.sessions.seed', { seed: x.seed }) : t('facilitator.sessions.damaged');
  const date = when(x.updated);
  return h(
    'li',
    { class: 'entry-item', 'data-testid': 'session-item', 'data-session-id': x.id },
    h(
      'p',
      null,
      x.ok
        ? h('strong', null, title ? pick(title.title) : x.scenario)
        : h('strong', { class: 'warning' }, name),
      x.ok && ` · ${name} · ${tn('facilitator.sessions.teams', x.teams)}`,
      date && ` · ${date}`,
    ),
    !x.ok && h('p', { class: 'hint' }, x.message),
    h(
      'div',
      { class: 'row' },
      x.ok &&
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            'data-action': 'open',
            'aria-label': t('facilitator.sessions.openOne', { seed: x.seed }),
            onclick: () => store.getState().openSession(x.id),
          },
          t('facilitator.sessions.open'),
        ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-small',
          'data-action': 'delete',
          'aria-label': x.ok
            ? t('facilitator.sessions.deleteOne', { seed: x.seed })
            : t('facilitator.sessions.delete'),
          onclick: () => {
            if (window.confirm(t('facilitator.sessions.deleteConfirm'))) store.getState().deleteSession(x.id);
          },
        },
        t('facilitator.sessions.delete'),
      ),
    ),
  );
}

export function sessionList(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  return h(
    'div',
    { class: 'card stack', id: 'sessions', 'data-testid': 'sessions' },
    h('h3', null, t('facilitator.sessions.title')),
    s.sessions.length > 0
      ? h(
          'ul',
          { class: 'entry-list', id: 'session-list' },
          s.sessions.map((x) => sessionItem(store, s, x)),
        )
      : h('p', { class: 'hint' }, t('facilitator.sessions.none')),
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        id: 'new-session',
        disabled: s.otherTab || undefined,
        onclick: () => store.getState().newSession(),
      },
      t('facilitator.sessions.new'),
    ),
  );
}
