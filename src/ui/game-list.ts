// The title screen's list of the games stored in this browser: scenario, seed, quarter or ending, date;
// resume, see the result and open the debrief, delete (with an undo). A stored game that cannot be read is
// listed with its reason and can be deleted. New games never replace one of these.
import type { StoreApi } from 'zustand/vanilla';
import { getLanguage, hasKey, pick, t, tn } from '../i18n';
import type { GameListEntry, GameStore } from '../store/game-store';
import { h } from './dom';
import { openDebrief } from './open-debrief';

/** The date and time a game was last saved, as this language writes them; '' when unknown. */
function savedWhen(updated: string): string {
  const date = new Date(updated);
  if (updated === '' || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function openDebriefOf(store: StoreApi<GameStore>, id: string) {
  if (!store.getState().resume(id)) return;
  const s = store.getState();
  if (!s.game || !s.initial) return;
  void openDebrief({
    scenario: s.scenario,
    game: s.game,
    initial: s.initial,
    records: s.records,
    returnFocus: document.getElementById('open-debrief'),
    notes: s.readNotes(),
    onNotesChange: (notes) => store.getState().writeNotes(notes),
  });
}

/**
 * Once the store has done what was asked (`done`), puts focus on an element of the rebuilt list: the button
 * that was clicked is gone, and focus must not fall back to the page's start.
 */
function focusWhen(
  store: StoreApi<GameStore>,
  done: (s: GameStore) => boolean,
  target: () => HTMLElement | null,
) {
  const stop = store.subscribe((s) => {
    if (!done(s)) return;
    stop();
    // The app's own listener, registered first, has rebuilt the panel by now.
    target()?.focus();
  });
}

/** The label of a listed game's buttons: its seed, and for a practice branch the quarter it starts from. */
function named(g: GameListEntry, game: string, branch: string): string {
  if (!g.ok) return t('games.deleteDamaged');
  return g.branch ? t(branch, { seed: g.seed, from: g.branch.from }) : t(game, { seed: g.seed });
}

function gameItem(store: StoreApi<GameStore>, g: GameListEntry): HTMLElement {
  const act = () => store.getState();
  const when = savedWhen(g.updated);
  const remove = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      'data-action': 'delete',
      'aria-label': named(g, 'games.deleteOne', 'games.deleteBranch'),
      onclick: () => {
        focusWhen(
          store,
          (s) => s.deleted?.entry.id === g.id,
          () => document.getElementById('undo-delete'),
        );
        act().deleteGame(g.id);
      },
    },
    t('games.delete'),
  );
  if (!g.ok)
    return h(
      'li',
      {
        class: 'entry-item game-damaged',
        'data-testid': 'game-item',
        'data-game-id': g.id,
        'data-ok': 'false',
      },
      h('p', { class: 'warning' }, t('games.damaged')),
      h('p', null, t(hasKey(`notice.save.${g.code}`) ? `notice.save.${g.code}` : 'notice.save.unreadable')),
      h('details', null, h('summary', null, t('notice.details')), h('p', { class: 'detail' }, g.message)),
      h('div', { class: 'row' }, when && h('span', { class: 'hint' }, when), remove),
    );
  const progress = g.ending
    ? t(`ending.${g.ending}.title`)
    : tn('games.progress', g.played, { turns: g.turns });
  return h(
    'li',
    {
      class: 'entry-item',
      'data-testid': 'game-item',
      'data-game-id': g.id,
      'data-ok': 'true',
      'data-ended': g.ending ? 'true' : 'false',
      'data-branch-from': g.branch ? g.branch.from : null,
    },
    h(
      'p',
      { class: 'game-item-title' },
      h('strong', null, pick(g.scenario.title)),
      ' · ',
      t('games.seed', { seed: g.seed }),
      g.branch && [
        ' · ',
        h('span', { class: 'branch-title' }, t('games.branchTitle', { from: g.branch.from })),
      ],
    ),
    g.branch && h('p', { class: 'hint' }, t('games.branchOf', { turn: g.branch.firstTurn })),
    h('p', { class: 'hint' }, progress, when && ` · ${when}`),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-small',
          'data-action': 'resume',
          'aria-label': g.ending
            ? named(g, 'games.resultOne', 'games.resultBranch')
            : named(g, 'games.resumeOne', 'games.resumeBranch'),
          onclick: () => act().resume(g.id),
        },
        t(g.ending ? 'games.result' : 'games.resume'),
      ),
      g.ending &&
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            'data-action': 'debrief',
            'aria-label': named(g, 'games.debriefOne', 'games.debriefBranch'),
            onclick: () => openDebriefOf(store, g.id),
          },
          t('games.debrief'),
        ),
      remove,
    ),
  );
}

export function gameListCard(store: StoreApi<GameStore>, s: GameStore): HTMLElement | null {
  if (s.library.length === 0 && !s.deleted) return null;
  const deleted = s.deleted;
  return h(
    'div',
    { class: 'card stack', id: 'games', 'data-testid': 'games' },
    h('h2', { class: 'card-title' }, tn('games.heading', s.library.length)),
    deleted &&
      h(
        'div',
        { class: 'row game-deleted', role: 'status' },
        h(
          'span',
          null,
          deleted.entry.ok
            ? named(deleted.entry, 'games.deletedOne', 'games.deletedBranch')
            : t('games.deletedDamaged'),
        ),
        h(
          'button',
          {
            id: 'undo-delete',
            type: 'button',
            class: 'btn btn-small',
            onclick: () => {
              const id = deleted.entry.id;
              focusWhen(
                store,
                (s) => s.library.some((g) => g.id === id),
                () => document.querySelector<HTMLElement>(`[data-game-id="${CSS.escape(id)}"] button`),
              );
              store.getState().undoDelete();
            },
          },
          t('games.undo'),
        ),
      ),
    s.library.length > 0 &&
      h(
        'ul',
        { class: 'entry-list', id: 'game-list' },
        s.library.map((g) => gameItem(store, g)),
      ),
  );
}
